import { beforeAll, describe, expect, it } from 'vitest';
import { buildInspectionHistory } from '../../../lib/compare/inspections';
import type { InspectionHistory, RecommendationLink } from '../../../lib/compare/inspection-types';
import { linkKey, normaliseQuote } from '../../../lib/compare/link-key';
import { linkRecommendations, raisedBefore } from '../../../lib/compare/recommendation-links';
import { MATCH_THRESHOLD, matchScore, prepareRecommendation } from '../../../lib/compare/recommendation-matcher';
import { dudleyReport } from './dudley';
import { ilacs } from './make-source';

describe('Dudley: 2016 recommendations that come back in 2018', () => {
  let history: InspectionHistory;
  let links: RecommendationLink[];
  beforeAll(async () => {
    const keys = ['cabinet2012', 'commissioner2016', 'ofsted2016', 'ofsted2018', 'ofsted2023'] as const;
    history = buildInspectionHistory(await Promise.all(keys.map(dudleyReport)));
    links = linkRecommendations(history.inspections);
  }, 120_000);
  const sif = () => history.inspections.find((e) => e.family === 'SIF')!.id;
  const i2018 = () => history.inspections.find((e) => e.id.startsWith('ILACS') && e.label.includes('2018'))!.id;
  const linked = (from: RegExp, to: RegExp) =>
    links.some(
      (l) => l.from.inspectionId === sif() && from.test(l.from.quote) && l.to?.inspectionId === i2018() && to.test(l.to.quote),
    );

  it('matches return home interviews, personal education plans and the virtual school', () => {
    expect(linked(/return\s+interviews/, /return\s+home\s+interview/)).toBe(true);
    expect(linked(/virtual\s+school/, /^Personal\s+education\s+plans/)).toBe(true);
    expect(linked(/virtual\s+school/, /virtual\s+school/)).toBe(true);
  });

  it('lets the view ask what a later recommendation raised before', () => {
    const rec = history.inspections.find((e) => e.id === i2018())!.recommendations.find((r) => /virtual school/.test(r.quote))!;
    const before = raisedBefore(links, { inspectionId: i2018(), sourceId: rec.sourceId, index: rec.index });
    expect(before.map((l) => l.from.inspectionId)).toEqual([sif()]);
  });

  it('gives every earlier recommendation not raised again its closest later wording and score', () => {
    const unrepeated = links.filter((l) => l.to === null);
    expect(unrepeated.length).toBeGreaterThan(0);
    for (const l of unrepeated) {
      expect(l.closest).not.toBeNull();
      expect(l.score).toBe(l.closest!.score);
    }
  });

  const pairScore = (a: string, b: string) => matchScore(prepareRecommendation(a), prepareRecommendation(b));

  it('never lists as not repeated an earlier recommendation whose closest later wording is above the threshold', () => {
    const contradictions = links.filter((l) => l.to === null && l.closest && l.closest.score >= MATCH_THRESHOLD);
    expect(contradictions.map((l) => `${l.closest!.score.toFixed(2)} ${l.from.quote.slice(0, 50)}`)).toEqual([]);
  });

  it('gives each pair one score, the same in both lists and in both directions', () => {
    for (const l of links) {
      const to = l.to ?? l.closest;
      if (!to) continue;
      expect(l.score).toBeCloseTo(pairScore(l.from.quote, to.quote), 10);
      expect(pairScore(to.quote, l.from.quote)).toBeCloseTo(l.score, 10);
    }
  });

  it('links each later recommendation first to its best-scoring earlier one, of any earlier inspection', () => {
    history.inspections.forEach((e, j) => {
      const earlier = history.inspections.slice(0, j).flatMap((x) => x.recommendations);
      for (const b of e.recommendations) {
        const best = Math.max(0, ...earlier.map((a) => pairScore(a.quote, b.quote)));
        const into = raisedBefore(links, { inspectionId: e.id, sourceId: b.sourceId, index: b.index });
        if (best >= MATCH_THRESHOLD) expect(into[0]?.score).toBeCloseTo(best, 10);
        else expect(into).toEqual([]);
      }
    });
  });

  it('links exactly what scoring every pair would (only pairs sharing a term are scored)', () => {
    const items = history.inspections.flatMap((e, i) =>
      e.recommendations.map((r) => ({ i, r, p: prepareRecommendation(r.quote) })),
    );
    const expected = new Set<string>();
    const chosen = new Set<(typeof items)[number]>();
    for (const b of items) {
      let best: { a: (typeof items)[number]; s: number } | null = null;
      for (const a of items) {
        const s = a.i < b.i ? matchScore(a.p, b.p) : -1;
        if (s >= MATCH_THRESHOLD && (!best || s > best.s)) best = { a, s };
      }
      if (best) {
        expected.add(`${best.a.r.quote}>${b.r.quote}`);
        chosen.add(best.a);
      }
    }
    for (const a of items.filter((x) => !chosen.has(x))) {
      let best: { b: (typeof items)[number]; s: number } | null = null;
      for (const b of items) if (b.i > a.i && (!best || matchScore(a.p, b.p) > best.s)) best = { b, s: matchScore(a.p, b.p) };
      if (best && best.s >= MATCH_THRESHOLD) expected.add(`${a.r.quote}>${best.b.r.quote}`);
    }
    expect(new Set(links.filter((l) => l.to).map((l) => `${l.from.quote}>${l.to!.quote}`))).toEqual(expected);
    expect(expected.size).toBeGreaterThan(5);
  });

  it('has no committee resolution in any link', () => {
    expect(links.some((l) => /Cabinet/.test(l.from.quote) || /Cabinet/.test(l.to?.quote ?? ''))).toBe(false);
  });
});

describe('links across more than two inspections', () => {
  const first = ilacs('a', 'May 2014', { 'Overall effectiveness': 'good' }, [
    'The timeliness and quality of return home interviews when children go missing from home or care.',
  ]);
  const second = ilacs('b', 'May 2018', { 'Overall effectiveness': 'good' }, [
    'The management oversight of return home interviews.',
  ]);
  const third = ilacs('c', 'May 2021', { 'Overall effectiveness': 'good' }, [
    'The timeliness and quality of return home interviews for children who go missing from home or care.',
  ]);
  const h = buildInspectionHistory([first, second, third]);
  const [a, b, c] = h.inspections.map((e) => e.recommendations[0]!);
  const s = (x: { quote: string }, y: { quote: string }) =>
    matchScore(prepareRecommendation(x.quote), prepareRecommendation(y.quote));

  it('prefers the best-scoring earlier wording to the nearest one', () => {
    expect(s(b!, c!)).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(s(a!, c!)).toBeGreaterThan(s(b!, c!));
    const into = raisedBefore(linkRecommendations(h.inspections), {
      inspectionId: h.inspections[2]!.id,
      sourceId: c!.sourceId,
      index: 0,
    });
    expect(into[0]!.from.quote).toBe(a!.quote);
    expect(into[0]!.score).toBe(s(a!, c!));
  });
});

describe('the councillor’s decisions win over the matcher', () => {
  const earlier = ilacs('a', 'May 2018', { 'Overall effectiveness': 'good' }, [
    'The timeliness of return home interviews when children go missing.',
    'The quality of life story work.',
  ]);
  const later = ilacs('b', 'May 2021', { 'Overall effectiveness': 'good' }, [
    'The take-up and impact of return home interviews.',
    'The sufficiency of local placements.',
  ]);
  const h = buildInspectionHistory([earlier, later]);
  const [rhi, lifeStory] = h.inspections[0]!.recommendations.map((r) => r.quote);
  const [rhi2, placements] = h.inspections[1]!.recommendations.map((r) => r.quote);

  it('suggests the match, undecided', () => {
    const l = linkRecommendations(h.inspections).find((x) => x.from.quote === rhi)!;
    expect(l.to?.quote).toBe(rhi2);
    expect(l.confirmed).toBeNull();
  });

  it('drops a rejected link and says so', () => {
    const l = linkRecommendations(h.inspections, { [linkKey(rhi!, rhi2!)]: false }).filter((x) => x.from.quote === rhi);
    expect(l).toHaveLength(1);
    expect(l[0]).toMatchObject({ to: null, confirmed: false });
    expect(l[0]!.rejected.map((r) => r.quote)).toEqual([rhi2]);
    expect(l[0]!.closest!.quote).toBe(placements);
  });

  it('keeps a confirmed link the matcher would not suggest', () => {
    const l = linkRecommendations(h.inspections, { [linkKey(lifeStory!, placements!)]: true }).find(
      (x) => x.from.quote === lifeStory,
    )!;
    expect(l).toMatchObject({ to: { quote: placements }, confirmed: true });
  });

  it('keys a decision by the two wordings, whatever the case, quotes and line breaks', () => {
    expect(normaliseQuote('The  child’s\nplan.')).toBe('the childs plan');
    expect(linkKey('The child’s plan.', 'Supervision')).toBe(linkKey("the child's\nplan", 'supervision.'));
    expect(linkKey('a plan', 'b plan')).not.toBe(linkKey('b plan', 'a plan'));
    expect(linkKey('a', 'b')).toMatch(/^[0-9a-f]{16}>[0-9a-f]{16}$/);
  });
});
