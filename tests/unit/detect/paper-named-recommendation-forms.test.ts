import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// One recommendation named in a sentence of a paper or news item: "In response to Ofsted’s recommendation
// that the council should …", "The report’s only recommendation is that …", "Inspectors recommended
// improvements in …" (invented wording, the shapes of real council reports and news).
const PAPER = 'Anyshire County Council\nScrutiny Committee\n12 March 2024\n\nOfsted inspected children’s services in January 2024.\n\n';
const found = (body: string) => detectReport(PAPER + body).recommendations.map((r) => [r.quote, r.source]);

describe('a recommendation named in a sentence', () => {
  it.each([
    [
      'In response to Ofsted’s recommendation that the council should improve the quality of pathway plans, a new template has been introduced.\n',
      'the council should improve the quality of pathway plans',
    ],
    [
      'The report’s only recommendation is that the council improves the quality of pathway plans for care leavers.\n',
      'that the council improves the quality of pathway plans for care leavers',
    ],
    [
      'Inspectors recommended improvements in the quality of supervision and the timeliness of health assessments.\n',
      'recommended improvements in the quality of supervision and the timeliness of health assessments',
    ],
  ])('%j gives it', (body, quote) => {
    expect(found(body)).toEqual([[quote, 'inspection']]);
  });

  it.each([
    'Members supported the recommendation that the Cabinet approves the improvement plan.\n',
    'The only recommendation is that the Committee notes the report.\n',
  ])('%j gives no inspection recommendation', (body) => {
    expect(found(body).filter(([, s]) => s === 'inspection')).toEqual([]);
  });
});

describe('the report quoted after a colon: "The report said: “Leaders should ensure …”"', () => {
  it.each([
    ['The report said: “Leaders should ensure that all care leavers have an up-to-date pathway plan.”\n', 'ensure that all care leavers have an up-to-date pathway plan'],
    ['Inspectors said: "The local authority needs to improve the quality of plans for children in need."\n', 'improve the quality of plans for children in need'],
  ])('%j gives the demand', (body, quote) => {
    expect(found(body).map(([q]) => q)).toEqual([expect.stringContaining(quote)]);
  });

  it.each([
    'The report said: “Children are safe and well cared for.”\n',
    'The report said: “Senior leaders have continued to develop practice and strengthen management oversight, to support timelier permanence.”\n',
  ])('%j, a quoted finding with no should, must or needs to, is none', (body) => {
    expect(found(body)).toEqual([]);
  });
});
