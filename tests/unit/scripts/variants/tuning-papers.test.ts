import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedHalves, inPart, type PaperPart } from '../../../../scripts/eval-papers';
import { detectRewritten, TUNABLE_PARTS, tuningPapers } from '../../../../scripts/variants/tuning-papers';

const dir = path.resolve(import.meta.dirname, '../../../../eval/papers');
const papers = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
// The held-out part since the twelfth session; the earlier -check batches and fresh4 to fresh6 are tuning data now.
const HELD_OUT: PaperPart[] = ['fresh7'];

describe('tuningPapers (the labelled papers the variant checks rewrite)', () => {
  it('reads every paper of the tuning parts, with its text and gold, and none of a held-out part', () => {
    const read = tuningPapers<{ judgements: unknown[] }>();
    const fixed = fixedHalves(dir, papers);
    const held = papers.filter((f) => HELD_OUT.some((p) => inPart(f, p, papers, fixed)));
    expect(read.length).toBeGreaterThan(100);
    expect(held.length).toBeGreaterThanOrEqual(38);
    expect(read.map((p) => p.file).filter((f) => held.includes(f))).toEqual([]);
    expect(read.map((p) => p.file)).toEqual(papers.filter((f) => TUNABLE_PARTS.some((p) => inPart(f, p, papers, fixed))));
    expect(read.every((p) => p.text.length > 0 && Array.isArray(p.gold.judgements))).toBe(true);
  });

  it('reads only the parts asked for, and refuses a held-out part by name', () => {
    const dev = tuningPapers(['dev']).map((p) => p.file);
    const fixed = fixedHalves(dir, papers);
    expect(dev).toEqual(papers.filter((f) => inPart(f, 'dev', papers, fixed)));
    for (const part of HELD_OUT) expect(() => tuningPapers(['dev', part])).toThrow(/--part takes only tuning parts: dev, check/);
  });
});

describe('detectRewritten (one variant, detected)', () => {
  it('detects the document with the sentence replaced, the rest in place', () => {
    const text = 'The council met in May. Nothing was judged. The agenda closed.';
    const at = { start: 24, end: 43 };
    expect(text.slice(at.start, at.end)).toBe('Nothing was judged.');
    const piece = 'Ofsted judged children’s services in Anyshire to be good overall.';
    const found = detectRewritten(text, at, piece).judgements;
    expect(found.length).toBeGreaterThan(0);
    for (const j of found) expect(j.start).toBeGreaterThanOrEqual(at.start);
    expect(found.every((j) => j.end <= at.start + piece.length)).toBe(true);
  });
});
