import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evalPapers } from '../../../scripts/eval-papers';

// Two invented papers: one of a tuning part, one of the held-out batch. Each misses one labelled grade.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-held-out-papers-'));
const TEXT = 'Ofsted judged Anyshire children’s services to be good overall.\nThe committee noted something spectacular.\n';
const gold = (half: string) => ({
  document: 'x',
  authority: 'Anyshire',
  framework: null,
  half,
  judgements: [{ quote: 'something spectacular', grade: 'Outstanding', area: 'overall', inspection: null, offset: 80 }],
  recommendations: [],
  distractors: [],
});
fs.mkdirSync(path.join(dir, 'gold'));
for (const [name, half] of [
  ['anyshire-2020-news', 'fresh6'],
  ['otherton-2021-news', 'fresh7'],
] as const) {
  fs.writeFileSync(path.join(dir, `${name}.txt`), TEXT);
  fs.writeFileSync(path.join(dir, 'gold', `${name}.json`), JSON.stringify(gold(half)));
}
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('evalPapers on the held-out batch', () => {
  it('scores a held-out paper but never prints it, not even with --verbose; a tuning paper is printed with its misses', () => {
    const lines: string[] = [];
    const scores = evalPapers(dir, (l) => lines.push(l), true);
    expect(scores!.judgements.fn).toBe(2);
    const out = lines.join('\n');
    expect(out).toMatch(/anyshire-2020-news/);
    expect(out).toMatch(/FN j Outstanding/);
    expect(out).not.toMatch(/otherton/);
    expect(out.match(/FN j/g)).toHaveLength(1);
  });
});
