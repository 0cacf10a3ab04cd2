// Runs the judgement rules, drops hypotheticals, ties each mention to its inspection and merges repeats.
import type { JudgementMention } from '../model/findings';
import { AREA_WORDS, areaKeyOf, type AreaKey } from './areas';
import { datedInspectionRules } from './dated-inspection-rules';
import { earlierJudgementRules } from './earlier-rules';
import { GRADE_SOURCE, rankGrade } from './grades';
import { proseJudgementRules } from './judgement-prose';
import { SAME_AS, paperJudgementRules } from './paper-rules';
import { restatementJudgementRules } from './restatement-rules';
import { structuralJudgementRules, type JudgementRule, type RawJudgement } from './judgement-rules';
import { PAST_MARKER, findHeadings, listLeadIn, pointedBack, underPastHeading, type PastHeadings } from './past-context';
import { datesIn, lineAt, sentenceAround, yearOf } from './text-util';

export const judgementRules: JudgementRule[] = [
  ...structuralJudgementRules,
  ...restatementJudgementRules,
  ...proseJudgementRules,
  ...paperJudgementRules,
  ...earlierJudgementRules,
  ...datedInspectionRules,
];

// A grade in a clause like these is a hope, a hypothesis, a condition or a denial, not a judgement.
const NOT_A_JUDGEMENT =
  /\b(?:not|n[’']t|never|would|could|might|may(?!\s+(?:19|20)\d\d)|likely|unlikely|if|where|whether|unless|aims?|ambition|aspir\w*|strive|hope\w*|getting to|towards|ensur\w*|so that|in order to|expect\w*|predict\w*|target)\b|\?/i;

function isHypothetical(text: string, j: RawJudgement): boolean {
  if (!j.prose) return false;
  // Earlier-inspection shapes quote their own clause: "Progress has not been sustained since Ofsted
  // judged …" denies the progress, not the judgement.
  const from = j.inspection || j.ruleId === 'judged-then' ? j.start : sentenceAround(text, j.start, j.end).start;
  return NOT_A_JUDGEMENT.test(text.slice(from, j.end));
}

interface Context {
  text: string;
  ownYears: Set<number>;
  /** a council paper or news item: an undated "was rated ‘good’" is the inspection it discusses */
  paper: boolean;
  headings: PastHeadings;
}

/** Which inspection the mention belongs to: null for the document's own, else a date as written. */
function inspectionOf(ctx: Context, j: RawJudgement): string | null {
  if (j.inspection) return j.inspection;
  const { text, ownYears } = ctx;
  const context = j.prose ? sentenceAround(text, j.start, j.end) : lineAt(text, j.start);
  // "…, the same judgement as in 2014" dates the earlier grade, not this one.
  const own = text.slice(context.start, context.end).replace(SAME_AS, '');
  const lead = listLeadIn(text, context.start) + ' ' + pointedBack(text, own, context.start);
  const snippet = own + ' ' + lead;
  // "at this inspection the overall effectiveness … is judged to be good" is the document's own.
  if (/\b(?:at|during|in) this inspection\b/i.test(own)) return null;
  const dates = datesIn(snippet);
  const foreign = dates.find((d) => !ownYears.has(yearOf(d) ?? -1));
  const past = PAST_MARKER.test(snippet);
  if (foreign && (ownYears.size === 0 || past || dates.length === 1)) return foreign;
  if (past || underPastHeading(ctx.headings, j.start)) return 'previous';
  return null;
}

// The areas each framework grades, for "judged inadequate in all areas" in a given year.
function areasOfYear(year: number | null): AreaKey[] {
  if (year === null || year < 2013) return ['overall'];
  if (year < 2018) return ['overall', 'help_protection', 'in_care', 'adoption', 'care_leavers', 'leaders'];
  if (year < 2023) return ['overall', 'leaders', 'help_protection', 'in_care_and_care_leavers'];
  return ['overall', 'leaders', 'help_protection', 'in_care', 'care_leavers'];
}

function toMentions(ctx: Context, j: RawJudgement): JudgementMention[] {
  const area = j.area === '' ? 'overall' : j.area;
  const inspection = inspectionOf(ctx, j);
  // The earlier-only rules speak of an earlier inspection or of nothing.
  // An undated one is kept only in a paper, and not for "the local authority" in general (framework briefings).
  if (inspection === null && j.ruleId === 'judged-then' && (!ctx.paper || /^the local authority$/.test(j.area))) return [];
  const keys = j.allAreas ? areasOfYear(yearOf(inspection ?? '')) : [j.areaKey ?? areaKeyOf(area)];
  return keys.map((areaKey) => ({
    ruleId: j.ruleId,
    area: j.allAreas ? areaKey : area,
    areaKey,
    grade: j.grade,
    rank: rankGrade(j.grade),
    inspection,
    quote: ctx.text.slice(j.start, j.end),
    start: j.start,
    end: j.end,
  }));
}

// Dated earlier-inspection statements that name their own areas.
const NAMES_AREAS = new Set(['previous-inspection-of', 'inspection-of-was-in', 'inspection-in-date-judged', 'ofsted-judged-for']);

/** Does `m` repeat `o`, already kept (same grade, overlapping spans, same area or inspection)? */
function isTwin(o: JudgementMention, m: JudgementMention, prose: boolean): boolean {
  if (o.grade !== m.grade || o.start >= m.end || m.start >= o.end) return false;
  // the generic "judged" clause inside a dated statement that named its areas adds nothing
  if (m.ruleId === 'judged-then' && NAMES_AREAS.has(o.ruleId)) return true;
  const sameInspection =
    o.inspection === m.inspection ||
    m.inspection === 'previous' ||
    (m.inspection === null && (o.inspection === null || (o.start <= m.start && m.end <= o.end)));
  const sameArea =
    o.areaKey === m.areaKey || (o.inspection === null && m.inspection === null) || (m.inspection === null && prose);
  return sameInspection && sameArea;
}

/** Keeps one mention where several rules found the same grade for one area in overlapping spans. */
function mergeRepeats(mentions: JudgementMention[]): JudgementMention[] {
  // Tables and headings first: their spans are tighter than a prose sentence's; then dated ones.
  const isProse = (m: JudgementMention) => !structuralJudgementRules.some((r) => r.id === m.ruleId);
  const order = (m: JudgementMention) => Number(isProse(m)) * 2 + Number(m.inspection === null);
  const sorted = [...mentions].sort((a, b) => order(a) - order(b) || a.start - b.start || b.end - a.end);
  const out: JudgementMention[] = [];
  for (const m of sorted) {
    const twin = out.find((o) => isTwin(o, m, isProse(m)));
    if (!twin) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

const LINE_END_GRADE = new RegExp(`(?<=\\S) {2}(?=["'‘’“”]?(?:${GRADE_SOURCE})["'‘’“”]?\\.?[ \\t]*$)`, 'gim');

/**
 * Text laid out with runs of spaces as column gutters (pdftotext -layout, some web tables) read as
 * cells: each run of three or more spaces between words becomes a tab and spaces, so every offset
 * stays the same.
 */
export function gutterToTab(text: string): string {
  if (!text.includes('  ')) return text;
  const tab = (run: string) => '\t' + ' '.repeat(run.length - 1);
  // Two spaces are a gutter only before a grade that ends the line ("Care leavers  Good").
  return text.replace(/(?<=\S) {3,}(?=\S)/g, tab).replace(LINE_END_GRADE, tab);
}

/** Every judgement mention in the text, in document order. */
export function detectJudgements(text: string, ownYears: Set<number> = new Set(), paper = false): JudgementMention[] {
  const ctx: Context = { text, ownYears, paper, headings: findHeadings(text) };
  const cells = gutterToTab(text);
  const raw = judgementRules.flatMap((rule) => rule.find(cells));
  const kept = raw.filter(
    (j) => (j.area === 'overall' || j.areaKey || j.allAreas || AREA_WORDS.test(j.area)) && !isHypothetical(text, j),
  );
  return mergeRepeats(kept.flatMap((j) => toMentions(ctx, j)));
}
