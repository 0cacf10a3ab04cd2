// A SIF report's list under "What does the local authority need to improve?" may open with a
// statement that there is nothing of one kind ("The inspection did not find any areas for priority
// and immediate action."): that statement is no recommendation. Three invented variants of the shape.
import { describe, expect, it } from 'vitest';
import { detectListRecommendations } from '../../../lib/detect/detect-recommendations';

const detectRecommendations = (text: string) => detectListRecommendations(text, { kind: 'inspection' });

const sif = (first: string) =>
  [
    'What does the local authority need to improve?',
    'Priority and immediate action',
    `1. ${first}`,
    'Areas for improvement',
    '2. Ensure that the thresholds for access to children’s social care services are clear and consistently applied.',
  ].join('\n');

describe('a statement that there are none is not a recommendation', () => {
  it.each([
    'The inspection did not find any areas for priority and immediate action.',
    'Inspectors did not identify any areas for priority action.',
    'The inspection found no areas for priority and immediate action.',
    'There are no areas for priority and immediate action.',
  ])('%s', (first) => {
    const quotes = detectRecommendations(sif(first)).map((r) => r.quote);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatch(/^Ensure that the thresholds/);
  });

  it('keeps a recommendation that speaks of areas for priority action', () => {
    const quotes = detectRecommendations(sif('Ensure that there are no delays in acting on areas for priority action.')).map((r) => r.quote);
    expect(quotes).toHaveLength(2);
  });
});
