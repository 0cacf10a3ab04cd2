import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedHalves, inPart, paperHalf, type PaperHalf } from '../../../scripts/eval-papers';

const dir = path.resolve(import.meta.dirname, '../../../eval/papers');
const papers = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('paperHalf (which part of the paper set a document is scored in)', () => {
  it('keeps a gold file’s own "new" half and leaves the alternating dev/check split of the others as it was', () => {
    const all = ['alpha-2015-news.txt', 'beta-2016-news.txt', 'gamma-2017-news.txt', 'delta-2020-news.txt'];
    const without = all.filter((f) => f !== 'beta-2016-news.txt');
    const fixed = new Map<string, PaperHalf>([['beta-2016-news.txt', 'new']]);
    expect(paperHalf('beta-2016-news.txt', all, fixed)).toBe('new');
    for (const f of without) expect(paperHalf(f, all, fixed)).toBe(paperHalf(f, without));
    // Authorities in name order (alpha, delta, gamma) alternate dev, check, dev.
    expect(without.map((f) => paperHalf(f, all, fixed))).toEqual(['dev', 'dev', 'check']);
  });

  it('puts exactly the gold files marked "half": "new" in the new part, and every other paper where it was before', () => {
    const fixed = fixedHalves(dir, papers);
    const marked = papers.filter((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold', f.replace(/\.txt$/, '.json')), 'utf8')) as { half?: string };
      return gold.half === 'new';
    });
    expect(marked.length).toBeGreaterThanOrEqual(18);
    expect(papers.filter((f) => paperHalf(f, papers, fixed) === 'new')).toEqual(marked);
    const before = papers.filter((f) => !marked.includes(f));
    const fixedBefore = new Map([...fixed].filter(([f]) => !marked.includes(f)));
    for (const f of before) expect(paperHalf(f, papers, fixed)).toBe(paperHalf(f, before, fixedBefore));
  });

  it.each(['new', 'fresh'] as const)(
    'splits the %s set by authority into a tuning half and a held-out half, every paper in exactly one',
    (set) => {
      const fixed = fixedHalves(dir, papers);
      const fresh = papers.filter((f) => fixed.get(f) === set);
      const tuning = fresh.filter((f) => inPart(f, `${set}-dev`, papers, fixed));
      const held = fresh.filter((f) => inPart(f, `${set}-check`, papers, fixed));
      expect(tuning.length).toBeGreaterThan(fresh.length / 4);
      expect(held.length).toBeGreaterThan(fresh.length / 4);
      expect([...tuning, ...held].sort()).toEqual(fresh);
      expect(tuning.filter((f) => held.includes(f))).toEqual([]);
      const authority = (f: string) => f.replace(/-\d{4}-.*$/, '');
      expect(tuning.some((f) => held.some((g) => authority(f) === authority(g)))).toBe(false);
      expect(papers.filter((f) => inPart(f, 'dev', papers, fixed) && fixed.get(f) === set)).toEqual([]);
    },
  );

  it('puts exactly the gold files marked "half": "fresh" in the fresh part, and leaves dev, check and new as they were without them', () => {
    const fixed = fixedHalves(dir, papers);
    const marked = papers.filter((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold', f.replace(/\.txt$/, '.json')), 'utf8')) as { half?: string };
      return gold.half === 'fresh';
    });
    expect(marked.length).toBeGreaterThanOrEqual(24);
    expect(papers.filter((f) => inPart(f, 'fresh', papers, fixed))).toEqual(marked);
    const before = papers.filter((f) => !marked.includes(f));
    const fixedBefore = new Map([...fixed].filter(([f]) => !marked.includes(f)));
    for (const f of before) expect(paperHalf(f, papers, fixed)).toBe(paperHalf(f, before, fixedBefore));
    for (const part of ['dev', 'check', 'new', 'new-dev', 'new-check'] as const)
      expect(marked.filter((f) => inPart(f, part, papers, fixed))).toEqual([]);
  });

  it('keeps the seventh session batches apart: a file marked "fresh2-dev" or "fresh2-check" is in its own batch and in fresh2, never in another part', () => {
    const all = ['alpha-2019-news.txt', 'beta-2020-minutes.txt', 'gamma-2021-report.txt', 'delta-2018-news.txt'];
    const fixed = new Map<string, PaperHalf>([
      ['beta-2020-minutes.txt', 'fresh2-dev'],
      ['gamma-2021-report.txt', 'fresh2-check'],
    ]);
    expect(all.filter((f) => inPart(f, 'fresh2-dev', all, fixed))).toEqual(['beta-2020-minutes.txt']);
    expect(all.filter((f) => inPart(f, 'fresh2-check', all, fixed))).toEqual(['gamma-2021-report.txt']);
    expect(all.filter((f) => inPart(f, 'fresh2', all, fixed))).toEqual(['beta-2020-minutes.txt', 'gamma-2021-report.txt']);
    for (const part of ['dev', 'check', 'new', 'fresh', 'fresh-dev', 'fresh-check'] as const)
      expect(all.filter((f) => fixed.has(f) && inPart(f, part, all, fixed))).toEqual([]);
  });

  it('keeps the eighth session batches apart: a file marked "fresh3-dev" or "fresh3-check" is in its own batch and in fresh3, never in another part', () => {
    const all = ['alpha-2019-news.txt', 'beta-2020-minutes.txt', 'gamma-2021-report.txt', 'delta-2018-news.txt'];
    const fixed = new Map<string, PaperHalf>([
      ['alpha-2019-news.txt', 'fresh2-dev'],
      ['beta-2020-minutes.txt', 'fresh3-dev'],
      ['gamma-2021-report.txt', 'fresh3-check'],
    ]);
    expect(all.filter((f) => inPart(f, 'fresh3-dev', all, fixed))).toEqual(['beta-2020-minutes.txt']);
    expect(all.filter((f) => inPart(f, 'fresh3-check', all, fixed))).toEqual(['gamma-2021-report.txt']);
    expect(all.filter((f) => inPart(f, 'fresh3', all, fixed))).toEqual(['beta-2020-minutes.txt', 'gamma-2021-report.txt']);
    for (const part of ['dev', 'check', 'fresh2', 'fresh2-dev', 'fresh2-check', 'fresh-check'] as const)
      expect(['beta-2020-minutes.txt', 'gamma-2021-report.txt'].filter((f) => inPart(f, part, all, fixed))).toEqual([]);
  });

  it('keeps the ninth session batch apart: a file marked "fresh4" is in fresh4 only, never in another part', () => {
    const all = ['alpha-2019-news.txt', 'beta-2020-minutes.txt', 'gamma-2021-report.txt', 'delta-2018-news.txt'];
    const fixed = new Map<string, PaperHalf>([
      ['alpha-2019-news.txt', 'fresh3-check'],
      ['beta-2020-minutes.txt', 'fresh4'],
    ]);
    expect(all.filter((f) => inPart(f, 'fresh4', all, fixed))).toEqual(['beta-2020-minutes.txt']);
    for (const part of ['dev', 'check', 'new', 'fresh', 'fresh-check', 'fresh2', 'fresh3', 'fresh3-check'] as const)
      expect(inPart('beta-2020-minutes.txt', part, all, fixed)).toBe(false);
  });

  it('puts exactly the gold files marked "half": "fresh4" in fresh4, and leaves every other paper where it was without them', () => {
    const fixed = fixedHalves(dir, papers);
    const marked = papers.filter((f) => fixed.get(f) === 'fresh4');
    expect(marked.length).toBeGreaterThanOrEqual(24);
    expect(papers.filter((f) => inPart(f, 'fresh4', papers, fixed))).toEqual(marked);
    const before = papers.filter((f) => !marked.includes(f));
    const fixedBefore = new Map([...fixed].filter(([f]) => !marked.includes(f)));
    for (const f of before) expect(paperHalf(f, papers, fixed)).toBe(paperHalf(f, before, fixedBefore));
  });

  it('keeps the tenth session batch apart: a file marked "fresh5" is in fresh5 only, never in another part', () => {
    const all = ['alpha-2019-news.txt', 'beta-2020-minutes.txt', 'gamma-2021-report.txt', 'delta-2018-news.txt'];
    const fixed = new Map<string, PaperHalf>([
      ['alpha-2019-news.txt', 'fresh4'],
      ['beta-2020-minutes.txt', 'fresh5'],
    ]);
    expect(all.filter((f) => inPart(f, 'fresh5', all, fixed))).toEqual(['beta-2020-minutes.txt']);
    expect(all.filter((f) => inPart(f, 'fresh4', all, fixed))).toEqual(['alpha-2019-news.txt']);
    for (const part of ['dev', 'check', 'new', 'fresh', 'fresh-check', 'fresh2', 'fresh3', 'fresh3-check', 'fresh4'] as const)
      expect(inPart('beta-2020-minutes.txt', part, all, fixed)).toBe(false);
  });

  it('puts exactly the gold files marked "half": "fresh5" in fresh5, and leaves every other paper where it was without them', () => {
    const fixed = fixedHalves(dir, papers);
    const marked = papers.filter((f) => fixed.get(f) === 'fresh5');
    expect(marked.length).toBeGreaterThanOrEqual(45);
    expect(papers.filter((f) => inPart(f, 'fresh5', papers, fixed))).toEqual(marked);
    const before = papers.filter((f) => !marked.includes(f));
    const fixedBefore = new Map([...fixed].filter(([f]) => !marked.includes(f)));
    for (const f of before) expect(paperHalf(f, papers, fixed)).toBe(paperHalf(f, before, fixedBefore));
  });

  it('keeps the eleventh session batch apart: a file marked "fresh6" is in fresh6 only, never in another part', () => {
    const all = ['alpha-2019-news.txt', 'beta-2020-minutes.txt', 'gamma-2021-report.txt', 'delta-2018-news.txt'];
    const fixed = new Map<string, PaperHalf>([
      ['alpha-2019-news.txt', 'fresh5'],
      ['beta-2020-minutes.txt', 'fresh6'],
    ]);
    expect(all.filter((f) => inPart(f, 'fresh6', all, fixed))).toEqual(['beta-2020-minutes.txt']);
    expect(all.filter((f) => inPart(f, 'fresh5', all, fixed))).toEqual(['alpha-2019-news.txt']);
    for (const part of [
      'dev',
      'check',
      'new',
      'fresh',
      'fresh-check',
      'fresh2',
      'fresh3',
      'fresh3-check',
      'fresh4',
      'fresh5',
    ] as const)
      expect(inPart('beta-2020-minutes.txt', part, all, fixed)).toBe(false);
  });

  it('puts exactly the gold files marked "half": "fresh6" in fresh6, and leaves every other paper where it was without them', () => {
    const fixed = fixedHalves(dir, papers);
    const marked = papers.filter((f) => fixed.get(f) === 'fresh6');
    expect(marked.length).toBeGreaterThanOrEqual(40);
    expect(papers.filter((f) => inPart(f, 'fresh6', papers, fixed))).toEqual(marked);
    const before = papers.filter((f) => !marked.includes(f));
    const fixedBefore = new Map([...fixed].filter(([f]) => !marked.includes(f)));
    for (const f of before) expect(paperHalf(f, papers, fixed)).toBe(paperHalf(f, before, fixedBefore));
  });

  it('keeps the twelfth session batch apart: a file marked "fresh7" is in fresh7 only, never in another part', () => {
    const all = ['alpha-2019-news.txt', 'beta-2020-minutes.txt', 'gamma-2021-report.txt', 'delta-2018-news.txt'];
    const fixed = new Map<string, PaperHalf>([
      ['alpha-2019-news.txt', 'fresh6'],
      ['beta-2020-minutes.txt', 'fresh7'],
    ]);
    expect(all.filter((f) => inPart(f, 'fresh7', all, fixed))).toEqual(['beta-2020-minutes.txt']);
    expect(all.filter((f) => inPart(f, 'fresh6', all, fixed))).toEqual(['alpha-2019-news.txt']);
    for (const part of [
      'dev',
      'check',
      'new',
      'fresh',
      'fresh-check',
      'fresh2',
      'fresh3',
      'fresh3-check',
      'fresh4',
      'fresh5',
      'fresh6',
    ] as const)
      expect(inPart('beta-2020-minutes.txt', part, all, fixed)).toBe(false);
  });

  it('puts exactly the gold files marked "half": "fresh7" in fresh7, and leaves every other paper where it was without them', () => {
    const fixed = fixedHalves(dir, papers);
    const marked = papers.filter((f) => fixed.get(f) === 'fresh7');
    expect(marked.length).toBeGreaterThanOrEqual(38);
    expect(papers.filter((f) => inPart(f, 'fresh7', papers, fixed))).toEqual(marked);
    const before = papers.filter((f) => !marked.includes(f));
    const fixedBefore = new Map([...fixed].filter(([f]) => !marked.includes(f)));
    for (const f of before) expect(paperHalf(f, papers, fixed)).toBe(paperHalf(f, before, fixedBefore));
  });
});
