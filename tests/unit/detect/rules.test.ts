import { describe, expect, it } from 'vitest';
import { judgementRules } from '../../../lib/detect/detect-judgements';
import { headingRules } from '../../../lib/detect/recommendation-rules';

// Every rule carries its own evidence: what it must find and what it must leave alone.
describe.each(judgementRules.map((r) => [r.id, r] as const))('judgement rule %s', (_id, rule) => {
  it.each(rule.examples.match)('finds %j', (example) => {
    expect(rule.find(example).length).toBeGreaterThan(0);
  });
  it.each(rule.examples.miss)('leaves %j alone', (example) => {
    expect(rule.find(example)).toEqual([]);
  });
});

describe.each(headingRules.map((r) => [r.id, r] as const))('recommendation heading %s', (_id, rule) => {
  it.each(rule.examples.match)('opens a list at %j', (example) => {
    expect(rule.pattern.test(example)).toBe(true);
  });
  it.each(rule.examples.miss)('does not open a list at %j', (example) => {
    expect(rule.pattern.test(example)).toBe(false);
  });
});
