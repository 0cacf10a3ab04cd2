// What a mention's sentence (prose) or line (tables, headings) says about time, read once per span:
// its dates, a past marker (in it, a list's lead-in, or the sentence "then" points back to), "at this
// inspection"; a clause about a grade left behind ("an improvement from the ‘adequate’ rating
// awarded in 2012") is left out except for the mention inside it. Used by mention-inspection.ts.
import type { RawJudgement } from './judgement-rules';
import { LEFT_BEHIND_CLAUSE } from './grade-from-to';
import { SAME_AS } from './paper-rules';
import { PAST_MARKER, listLeadIn, pointedBack, type PastHeadings } from './past-context';
import { timeless } from './time-words';
import { datesIn, type Span } from './text-util';
import { datelineDate, onDateline } from './dateline';

/** What a mention's sentence (prose) or line (tables, headings) says about time. */
export interface Surroundings {
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
  /** minutes or a committee paper: reported speech, so the past perfect is no earlier inspection */
  minutes: boolean;
  headings: PastHeadings;
  /** surroundings by span (many mentions in one line or sentence read it once), and the last line */
  read: Map<string, Surroundings>;
  /** left-behind clauses by sentence */
  clauses: Map<string, Span[]>;
  line: Span;
  /** the document's dateline (yyyy-mm-dd, dateline.ts), read on first need; null when it has none */
  dateline?: string | null;
}

// "For the second inspection in a row (the previous being in 2018), … was judged ‘outstanding’": the
// aside dates the previous inspection, not this grade.
const PREVIOUS_ASIDE = /\((?:the\s+)?(?:previous|last|prior|earlier)\b[^()]{0,80}\)/gi;

// "date 2022-09-05" (a dateline run into the first sentence): the item's own date, no inspection's.
const ISO_DATE = /\b(?:19|20)\d\d-\d\d-\d\d\b/g;

export const NOTHING_ABOUT_TIME: Surroundings = { dates: [], past: false, thisInspection: false };

/** No time word in the span and no list lead-in: nothing in `surroundings` can match (O(1)). */
export const quiet = (text: string, span: Span) => timeless(text, span.start, span.end) && listLeadIn(text, span.start) === '';

function surroundings(text: string, span: Span, keep: number, dateline: string | null): Surroundings {
  // "…, the same judgement as in 2014" dates the earlier grade, not this one; so does a clause about a
  // grade left behind ("an improvement from the ‘adequate’ rating awarded in 2012"), except for the
  // mention inside that clause (`keep`: its index).
  let clause = 0;
  const own = text
    .slice(span.start, span.end)
    .replace(SAME_AS, '')
    .replace(LEFT_BEHIND_CLAUSE, (c) => (clause++ === keep ? c : ''))
    .replace(PREVIOUS_ASIDE, '')
    .replace(ISO_DATE, '');
  // "then", "at that time" point back to the sentence before only when their own sentence is undated.
  const back = datesIn(own).length ? '' : pointedBack(text, own, span.start);
  const snippet = own + ' ' + listLeadIn(text, span.start) + ' ' + back;
  // The item's own publication day ("Published: 11th September 2023" run into the sentence) dates no earlier grade.
  const dates = datesIn(snippet);
  return {
    dates: dateline ? dates.filter((d) => !onDateline(d, dateline)) : dates,
    past: PAST_MARKER.test(snippet),
    // "The latest report, published on 17 January 2019, showed … a ‘requires improvement’ rating": the
    // newest inspection is the one discussed, whatever the publication date.
    thisInspection: /\b(?:at|during|in) this inspection\b/i.test(own) || (LATEST_REPORT.test(own) && !PAST_MARKER.test(own)),
  };
}

const LATEST_REPORT = /^\W*the\s+(?:latest|newest|new)\s+(?:Ofsted\s+)?(?:inspection\s+)?report\b/i;

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

/** The surroundings of a mention's sentence or line, read once per span and clause. */
export function readAround(ctx: Context, j: RawJudgement, span: Span): Surroundings {
  const { text } = ctx;
  // Only a grade right after "from" or "previously" can be inside a left-behind clause.
  const inside =
    j.prose &&
    (LEFT_BEHIND_LEAD.test(text.slice(Math.max(0, j.start - 24), j.start)) ||
      YEARS_AFTER.test(text.slice(Math.max(0, j.start - 200), j.start)));
  const keep = inside ? clauseHolding(ctx, span, j.start) : -1;
  const key = `${span.start}:${span.end}:${keep}`;
  if (ctx.dateline === undefined) ctx.dateline = ctx.notReport ? datelineDate(text) : null;
  const around = ctx.read.get(key) ?? surroundings(text, span, keep, ctx.dateline);
  ctx.read.set(key, around);
  return around;
}
