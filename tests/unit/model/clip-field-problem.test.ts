import { describe, expect, it } from 'vitest';
import { clipFieldProblem } from '../../../lib/model/clip-edit';

const fields = (patch: Partial<{ note: string; tags: string; status: 'to raise'; due: string }>) => ({
  note: '',
  tags: '',
  status: 'to raise' as const,
  due: '',
  ...patch,
});

describe('clipFieldProblem', () => {
  it('accepts ordinary fields', () => {
    expect(clipFieldProblem(fields({ note: 'Ask at committee', tags: 'care leavers, PLO', due: '2027-03-01' }))).toBeNull();
  });
  it('names a tag over 60 characters and says what to do, instead of a storage error', () => {
    const problem = clipFieldProblem(fields({ tags: `short, ${'x'.repeat(400)}` }));
    expect(problem).toMatch(/^The tag “x{20}…” is 400 characters long: a tag can have at most 60\. Shorten it/);
  });
  it('refuses a follow-up date outside 2000–2100 (a typing slip such as 1900)', () => {
    expect(clipFieldProblem(fields({ due: '1900-01-01' }))).toMatch(/follow-up date 1 January 1900/i);
  });
});
