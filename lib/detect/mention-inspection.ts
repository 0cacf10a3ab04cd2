// Which inspection a judgement mention belongs to, from its sentence (prose) or line (tables,
// headings): the document's own (null), an earlier one's date as written, or "previous".
import type { RawJudgement } from './judgement-rules';
import { LEFT_BEHIND_CLAUSE } from './grade-from-to';
import { SAME_AS } from './paper-rules';
import {
  PAST_MARKER,
  SINCE_TO_ACHIEVE,
  headingDate,
  listLeadIn,
  pointedBack,
  underPastHeading,
  type PastHeadings,
} from './past-context';
import { timeless } from './time-words';
import { leadInDate } from './lead-in-date';
import { datesOfOtherGrades } from './date-after-grade';
import { wordIndex } from './text-cache';
import { beforeGloss, inSinceClause, leftBehind } from './clause-time';
import { datesIn, lineAt, sentenceAround, yearOf, type Span } from './text-util';

// The sentence of a prose mention, read once for the hypothetical check and once for its inspection.
const sentences = new WeakMap<RawJudgement, Span>();
export function sentenceOf(text: string, j: RawJudgement): Span {
  const sentence = sentences.get(j) ?? sentenceAround(text, j.start, j.end);
  sentences.set(j, sentence);
  return sentence;
}

/** What a mention's sentence (prose) or line (tables, headings) says about time. */
interface Surroundings {
  dates: string[];
  past: boolean;
  thisInspection: boolean; // "at this inspection …": the document's own
}

export interface Context {
  text: string;
  ownYears: Set<number>;
  /** a council paper or news item: an undated "was rated ‘good’" is the inspection it discusses */
  paper: boolean;
  /** not an Ofsted report (a paper, letter or news item, named authority or not): news wording is read */
  notReport: boolean;
  headings: PastHeadings;
  /** surroundings by span (many mentions in one line or sentence read it once), and the last line */
  read: Map<string, Surroundings>;
  /** left-behind clauses by sentence */
  clauses: Map<string, Span[]>;
  line: Span;
}

const NOTHING_ABOUT_TIME: Surroundings = { dates: [], past: false, thisInspection: false };

/** No time word in the span and no list lead-in: nothing in `surroundings` can match (O(1)). */
const quiet = (text: string, span: Span) => timeless(text, span.start, span.end) && listLeadIn(text, span.start) === '';

function surroundings(text: string, span: Span, keep = -1): Surroundings {
  // "…, the same judgement as in 2014" dates the earlier grade, not this one; so does a clause about a
  // grade left behind ("an improvement from the ‘adequate’ rating awarded in 2012"), except for the
  // mention inside that clause (`keep`: its index).
  let clause = 0;
  const own = text
    .slice(span.start, span.end)
    .replace(SAME_AS, '')
    .replace(LEFT_BEHIND_CLAUSE, (c) => (clause++ === keep ? c : ''));
  // "then", "at that time" point back to the sentence before only when their own sentence is undated.
  const back = datesIn(own).length ? '' : pointedBack(text, own, span.start);
  const snippet = own + ' ' + listLeadIn(text, span.start) + ' ' + back;
  return {
    dates: datesIn(snippet),
    past: PAST_MARKER.test(snippet),
    // "The latest report, published on 17 January 2019, showed … a ‘requires improvement’ rating": the
    // newest inspection is the one discussed, whatever the publication date.
    thisInspection: /\b(?:at|during|in) this inspection\b/i.test(own) || (LATEST_REPORT.test(own) && !PAST_MARKER.test(own)),
  };
}

const LATEST_REPORT = /^\W*the\s+(?:latest|newest|new)\s+(?:Ofsted\s+)?(?:inspection\s+)?report\b/i;
const FOR_YEARS = /^["'’”]?\s+for\s+(?:the\s+|many\s+)?(?:past|last|previous)?\s*(?:decade|\w+\s+years|years)\b/i;

const GRADE_WORD = /\b(?:outstanding|good|adequate|inadequate|requir)/gi;

const hasSince = wordIndex('since');

/** Is a grade word of the mention preceded by "since … to achieve (the)"? */
function achievedSince(text: string, j: RawJudgement): boolean {
  if (!hasSince(text, Math.max(0, j.start - 200), j.end)) return false;
  for (const g of text.slice(j.start, j.end).matchAll(GRADE_WORD))
    if (SINCE_TO_ACHIEVE.test(text.slice(Math.max(0, j.start + g.index - 200), j.start + g.index))) return true;
  return false;
}

const PUBLISHED_IN =
  /^\s+in\s+the\s+(?:inspection\s+)?report\s+(?:that\s+)?Ofsted\s+published\s+in\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?:\s+(?:19|20)\d\d)?)\b/;

// "… came eight years after children's services were judged inadequate in 2010": the clause's date is its own grade's.
const YEARS_AFTER = /\b(?:years?|months?)\s+after\b[^.;\n]*$/i;
const LEFT_BEHIND_LEAD = /(?:\bfrom|\bon|\bpreviously)\s+(?:the\s+|an?\s+)?["'‘’“”]?$/i;

/** Which left-behind clause of the sentence holds `at` (-1 for none); the clauses are read once a sentence. */
function clauseHolding(ctx: Context, sentence: Span, at: number): number {
  const key = `${sentence.start}:${sentence.end}`;
  let clauses = ctx.clauses.get(key);
  if (!clauses) {
    const own = ctx.text.slice(sentence.start, sentence.end).replace(SAME_AS, (c) => ' '.repeat(c.length));
    clauses = [...own.matchAll(LEFT_BEHIND_CLAUSE)].map((m) => ({
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
    }));
    ctx.clauses.set(key, clauses);
  }
  return clauses.findIndex((c) => at >= c.start && at < c.end);
}

/**
 * Which inspection the mention belongs to: null for the document's own, else a date as written or
 * "previous". What its sentence or line gives (see `ownTime`); an undated prose grade may then take
 * the date of the earlier inspection the sentence before names (lead-in-date.ts).
 */
export function inspectionOf(ctx: Context, j: RawJudgement): string | null {
  const found = ownTime(ctx, j);
  if (!j.prose || j.inspection || j.current || (found !== null && found !== 'previous')) return found;
  if (found === null && !ctx.notReport) return null;
  return leadInDate(ctx.text, sentenceOf(ctx.text, j), found, ctx.ownYears) ?? found;
}

/** The inspection the mention's own sentence or line gives it: null for the document's own, a date, or "previous". */
function ownTime(ctx: Context, j: RawJudgement): string | null {
  if (j.inspection) return j.inspection;
  if (j.current) return null;
  const { text, ownYears } = ctx;
  // "the work since the last inspection to achieve the Good rating": the grade achieved is this one.
  if (j.prose && achievedSince(text, j)) return null;
  if (!j.prose && (j.start < ctx.line.start || j.start > ctx.line.end)) ctx.line = lineAt(text, j.start);
  const span = beforeGloss(text, j.prose ? (headingSpan(text, j) ?? sentenceOf(text, j)) : ctx.line, j.end);
  const around = quiet(text, span) ? NOTHING_ABOUT_TIME : readAround(ctx, j, span);
  if (around.thisInspection) return null;
  // "rated as inadequate in the report Ofsted published in February": the report's month dates it.
  const published = ctx.notReport && j.prose ? PUBLISHED_IN.exec(text.slice(j.end, Math.min(text.length, j.end + 60))) : null;
  if (published) return published[1]!;
  // "had been rated ‘inadequate’ for the past decade": earlier inspections, whatever the sentence's dates.
  if (j.prose && FOR_YEARS.test(text.slice(j.end, Math.min(text.length, j.end + 40)))) return 'previous';
  const { past } = around;
  // "moved from an overall grade of ‘inadequate’ to ‘requires improvement’": the grade left behind.
  if (j.prose && ctx.notReport && leftBehind(text, j.start, j.end)) return 'previous';
  // A date written right after another grade of the sentence is that grade's, not this one's.
  const claimed = j.prose && around.dates.length ? datesOfOtherGrades(text, span.start, span.end, j.start, j.end) : [];
  // In a paper, a date in a later clause after the grade ("rated requires improvement, after … in 2019") is not its own.
  const after = ctx.notReport && j.prose ? text.slice(j.end, span.end) : '';
  const ownClause = (d: string) => {
    const at = after.indexOf(d);
    return at < 0 || text.slice(span.start, j.end).includes(d) || !/[,;:]/.test(after.slice(0, at));
  };
  const dates = around.dates.filter((d) => !claimed.includes(d) && ownClause(d));
  // A date later than the discussed inspection after the grade ("rated good, with a review in 2025") is
  // a plan or a meeting, not the grade's; before it ("In June 2013 Ofsted's judgement was …") it is.
  const newest = ownYears.size ? Math.max(...ownYears) : Infinity;
  const before = text.slice(span.start, j.end);
  const foreign = dates.find((d) => !ownYears.has(yearOf(d) ?? -1) && ((yearOf(d) ?? 0) < newest || before.includes(d)));
  if (foreign && (ownYears.size === 0 || past || dates.length === 1)) return foreign;
  // In a paper or review, a section heading naming an earlier inspection's year dates the grades under it.
  // Only when the discussed inspection is known: a news headline's year is the news item's own.
  const section = ctx.notReport && ownYears.size > 0 ? headingDate(ctx.headings, j.start) : null;
  if (section && !ownYears.has(yearOf(section) ?? -1)) return section;
  // A paper's grade dated in its own clause by the inspection the paper discusses is that inspection's,
  // whatever else speaks of the past ("In July 2013 Ofsted’s judgement was that services were then ‘adequate’").
  if (ctx.notReport && dates.length > 0 && !foreign) return null;
  if (past || underPastHeading(ctx.headings, j.start)) return 'previous';
  if (j.prose && !timeless(text, span.start, j.end) && inSinceClause(text, span.start, j.end)) return 'previous';
  return null;
}

/**
 * A prose mention that fills its lines with no closing stop, the next line starting in capitals, is
 * a heading ("The Local Safeguarding Children Board requires improvement"): its own span is its
 * context. pdftotext sets headings and the next paragraph without a blank line between, so the
 * sentence would run on into the paragraph (and its dates).
 */
function headingSpan(text: string, j: RawJudgement): Span | null {
  const atLineStart = j.start === 0 || text[j.start - 1] === '\n';
  const atLineEnd = j.end === text.length || text[j.end] === '\n';
  if (!atLineStart || !atLineEnd || /[.;:,!?]["'’”]?$/.test(text.slice(j.end - 2, j.end))) return null;
  return /^\n[ \t]*[A-Z0-9]/.test(text.slice(j.end, j.end + 8)) ? { start: j.start, end: j.end } : null;
}

/** The surroundings of a mention's sentence or line, read once per span and clause. */
function readAround(ctx: Context, j: RawJudgement, span: Span): Surroundings {
  const { text } = ctx;
  // Only a grade right after "from" or "previously" can be inside a left-behind clause.
  const inside =
    j.prose &&
    (LEFT_BEHIND_LEAD.test(text.slice(Math.max(0, j.start - 24), j.start)) ||
      YEARS_AFTER.test(text.slice(Math.max(0, j.start - 200), j.start)));
  const keep = inside ? clauseHolding(ctx, span, j.start) : -1;
  const key = `${span.start}:${span.end}:${keep}`;
  const around = ctx.read.get(key) ?? surroundings(text, span, keep);
  ctx.read.set(key, around);
  return around;
}
