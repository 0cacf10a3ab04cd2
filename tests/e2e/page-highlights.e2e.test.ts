// Saved report pages (seed council papers and Ofsted reports, made by scripts/make-pages.ts) in
// Chromium with the built extension: the highlights are exactly what the detector finds in the
// page's text, they cover the hand-labelled findings, and they never cover a labelled distractor.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../lib/detect/detect-report';
import { rankGrade } from '../../lib/detect/grades';
import { gradeHighlightName } from '../../lib/page/paint';
import { readInputText } from '../../scripts/read-input';
import { useBrowser } from './setup';
import { readHighlights, squash, waitForLens, type HighlightTexts } from './page-helpers';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const SEEDS = [
  'bathnes-2012-scrutiny-slac-response',
  'dudley-2012-cabinet-slac-outcome',
  'dudley-2016-commissioner-report',
  'walsall-2014-scrutiny-self-assessment',
];
const OFSTED = [
  '80432-bolton_2014-03-21',
  '80464-dudley_2018-12-10',
  '80476-kent_2013-08-23',
  '80480-lancashire_2026-08-20',
  '80488-bexley_2023-03-24',
];

const env = useBrowser();

async function highlightsOf(name: string): Promise<HighlightTexts> {
  const page = await env.context.newPage();
  await page.goto(env.server.url(`${name}.html`));
  expect(await waitForLens(page)).toBe('painted');
  const highlights = await readHighlights(page);
  await page.close();
  return highlights;
}

/** What the detector finds in the same page read in Node, grouped by highlight name. */
async function expectedOf(name: string): Promise<HighlightTexts> {
  const findings = detectReport(await readInputText(path.join(fixtures, 'pages', `${name}.html`)));
  const out: HighlightTexts = {};
  const add = (key: string, quote: string) => (out[key] ??= []).push(quote);
  for (const j of findings.judgements) add(gradeHighlightName(j.rank), j.quote);
  for (const r of findings.recommendations) add('inspection-lens-recommendation', r.quote);
  return out;
}

/** Two spans of text overlap when they share a 12-character stretch (label and detector spans may start apart). */
function overlaps(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length <= 12) return long.includes(short);
  for (let i = 0; i + 12 <= short.length; i += 3) if (long.includes(short.slice(i, i + 12))) return true;
  return false;
}

const squashAll = (h: HighlightTexts) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k, v.map(squash)]));
const gold = (name: string) => JSON.parse(fs.readFileSync(path.join(fixtures, 'gold', `${name}.json`), 'utf8'));
const judgementTexts = (h: HighlightTexts) =>
  Object.entries(h)
    .filter(([k]) => k !== 'inspection-lens-recommendation')
    .flatMap(([, v]) => v.map(squash));

describe.each(SEEDS)('seed page %s', (name) => {
  it('paints what the detector finds, covers the labels and no distractor', async () => {
    const highlights = await highlightsOf(name);
    expect(squashAll(highlights)).toEqual(squashAll(await expectedOf(name)));
    const labels = gold(name);
    const judged = judgementTexts(highlights);
    const covered = labels.judgements.filter((j: { quote: string }) => judged.some((h) => overlaps(h, squash(j.quote))));
    expect(covered.length / labels.judgements.length).toBeGreaterThanOrEqual(0.9);
    for (const distractor of labels.distractors) expect(judged.some((h) => h.includes(squash(distractor)))).toBe(false);
    expect(highlights['inspection-lens-recommendation'] ?? []).toHaveLength(labels.recommendations.length);
  });
});

describe.each(OFSTED)('Ofsted report page %s', (name) => {
  it('paints every labelled grade and recommendation', async () => {
    const highlights = await highlightsOf(name);
    expect(squashAll(highlights)).toEqual(squashAll(await expectedOf(name)));
    const labels = gold(name);
    for (const j of labels.judgements as Array<{ grade: string }>) {
      const key = gradeHighlightName(rankGrade(j.grade));
      expect(highlights[key]?.length ?? 0, key).toBeGreaterThan(0);
    }
    expect(highlights['inspection-lens-recommendation']).toHaveLength(labels.recommendations.length);
  });
});
