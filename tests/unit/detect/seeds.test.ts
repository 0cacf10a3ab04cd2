import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { prf, scoreJudgementSpans, scoreRecommendationSpans } from '../../../scripts/eval-score';

const dir = path.resolve(import.meta.dirname, '../../fixtures');
const seeds = fs.readdirSync(path.join(dir, 'text')).filter((f) => f.endsWith('.txt'));

interface Gold {
  authority: string | null;
  judgements: { quote: string; grade: string; offset?: number }[];
  recommendations: { quote: string; offset?: number; source: string }[];
  distractors: string[];
}

function load(file: string) {
  const text = fs.readFileSync(path.join(dir, 'text', file), 'utf8');
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold', file.replace('.txt', '.json')), 'utf8')) as Gold;
  const span = (e: { quote: string; offset?: number }) => {
    const start = e.offset ?? text.indexOf(e.quote);
    return { start, end: start + e.quote.length };
  };
  return { text, gold, span };
}

describe('seed council papers (span mode, GUIDELINES.md)', () => {
  it.each(seeds)('%s: every judgement quote is within the text and no distractor is reported', (file) => {
    const { text, gold } = load(file);
    const found = detectReport(text);
    for (const d of gold.distractors) {
      const at = text.indexOf(d);
      const hit = found.judgements.find(
        (j) =>
          j.start < at + d.length &&
          at < j.end &&
          !gold.judgements.some((g) => g.quote.includes(j.quote) || j.quote.includes(g.quote)),
      );
      expect(hit, `distractor reported: ${d}`).toBeUndefined();
    }
    for (const j of found.judgements) expect(text.slice(j.start, j.end)).toBe(j.quote);
  });

  it('meets the targets over all seeds: judgements P and R ≥ 0.95, recommendations P and R ≥ 0.9', () => {
    let j = { tp: 0, fp: 0, fn: 0 };
    let r = { tp: 0, fp: 0, fn: 0 };
    for (const file of seeds) {
      const { text, gold, span } = load(file);
      const found = detectReport(text);
      const sj = scoreJudgementSpans(
        found.judgements,
        gold.judgements.map((g) => ({ ...span(g), grade: g.grade })),
      );
      const sr = scoreRecommendationSpans(found.recommendations, gold.recommendations.map(span));
      j = { tp: j.tp + sj.tp, fp: j.fp + sj.fp, fn: j.fn + sj.fn };
      r = { tp: r.tp + sr.tp, fp: r.fp + sr.fp, fn: r.fn + sr.fn };
    }
    expect(prf(j).precision).toBeGreaterThanOrEqual(0.95);
    expect(prf(j).recall).toBeGreaterThanOrEqual(0.95);
    expect(prf(r).precision).toBeGreaterThanOrEqual(0.9);
    expect(prf(r).recall).toBeGreaterThanOrEqual(0.9);
  });

  it('names the authority of each paper, and none for the national briefing', () => {
    expect(detectReport(load('dudley-2012-cabinet-slac-outcome.txt').text).document.authority).toBe('Dudley');
    expect(detectReport(load('bathnes-2012-scrutiny-slac-response.txt').text).document.authority).toBe(
      'Bath and North East Somerset',
    );
    expect(detectReport(load('walsall-2014-scrutiny-self-assessment.txt').text).document.authority).toBe('Walsall');
  });

  it('marks the source of recommendations: committee, inspection and review', () => {
    const dudley2016 = detectReport(load('dudley-2016-commissioner-report.txt').text);
    const sources = new Set(dudley2016.recommendations.map((r) => r.source));
    expect(sources).toContain('inspection');
    expect(sources).toContain('review');
    const walsall = detectReport(load('walsall-2014-scrutiny-self-assessment.txt').text);
    expect(walsall.recommendations.map((r) => [r.quote, r.source])).toEqual([['That the report be received.', 'committee']]);
  });

  it('dates judgements from a history table to their own inspection', () => {
    const found = detectReport(load('dudley-2016-commissioner-report.txt').text);
    const adoption = found.judgements.find((j) => j.quote === 'Adoption\tNov 2010\tGood');
    expect(adoption).toMatchObject({ grade: 'good', areaKey: 'adoption', inspection: 'Nov 2010' });
  });
});
