// Which inspection a judgement mention belongs to, from its sentence (prose) or line (tables,
// headings): the document's own (null), an earlier one's date as written, or "previous".
import type { RawJudgement } from './judgement-rules';
import { headingDate, headingSince, underPastHeading } from './past-context';
import { timeless } from './time-words';
import { NOTHING_ABOUT_TIME, quiet, readAround, type Context } from './mention-surroundings';
import { leadInDate } from './lead-in-date';
import { datesOfOtherGrades } from './date-after-grade';
import {
  achievedSince,
  forYears,
  headingSpan,
  publishedIn,
  relativeDate,
  sinceTheRating,
  toldAsPastPerfect,
} from './grade-time-cues';
import { beforeGloss, fromInAim, inSinceClause, leftBehind } from './clause-time';
import { gradeFrame, heldNow } from './grade-frames';
import { toldAsNews } from './present-perfect';
import { datelineDate } from './dateline';
import { lineAt, sentenceAround, yearOf, type Span } from './text-util';

export type { Context } from './mention-surroundings';

// What opens a later clause after a grade: a stop of a clause, a contrast, or "since" with words before the date
// (a period's start: "since the authority's formation in April 2023"; "rated inadequate since 2008" is the grade's date).
const LATER_CLAUSE = /[,;:]|\b(?:whereas|whilst|while|although|though|but)\b|\bsince\s+\S/i;

// The sentence of a prose mention, read once for the hypothetical check and once for its inspection.
const sentences = new WeakMap<RawJudgement, Span>();
export function sentenceOf(text: string, j: RawJudgement): Span {
  const sentence = sentences.get(j) ?? sentenceAround(text, j.start, j.end);
  sentences.set(j, sentence);
  return sentence;
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
  return leadInDate(ctx.text, sentenceOf(ctx.text, j), found, ctx.ownYears, ctx.minutes) ?? found;
}

/** The inspection the mention's own sentence or line gives it: null for the document's own, a date, or "previous". */
function ownTime(ctx: Context, j: RawJudgement): string | null {
  const { text, ownYears } = ctx;
  // "recommendations to move services from Requires Improvement to Good": the grade held now.
  if (j.inspection === 'previous' && j.prose && ctx.notReport && fromInAim(text, j.start, j.end)) return null;
  // "since it was rated as ‘requires improvement’ by Ofsted three years ago": a rule that knows the grade
  // is earlier leaves its date to the words after it.
  if (j.inspection === 'previous' && j.prose && ctx.notReport) {
    const relative = relativeDate(text, sentenceOf(text, j).start, j);
    if (relative && !mayBeOwnYear(text, relative, ownYears)) return relative;
    // Under a heading "What has got worse since 2021": the grade left behind is that year's.
    const since = headingSince(ctx.headings, j.start);
    return since && !ownYears.has(yearOf(since) ?? -1) ? since : j.inspection;
  }
  if (j.inspection) return j.inspection;
  if (j.current) return null;
  // "the work since the last inspection to achieve the Good rating": the grade achieved is this one.
  if (j.prose && achievedSince(text, j)) return null;
  // "has improved since the last inspection and is now good": the grade held now is this one.
  if (j.prose && ctx.notReport && heldNow(text, sentenceOf(text, j).start, j)) return null;
  if (!j.prose && (j.start < ctx.line.start || j.start > ctx.line.end)) ctx.line = lineAt(text, j.start);
  const span = beforeGloss(text, j.prose ? (headingSpan(text, j) ?? sentenceOf(text, j)) : ctx.line, j.end);
  const around = quiet(text, span) ? NOTHING_ABOUT_TIME : readAround(ctx, j, span);
  if (around.thisInspection) return null;
  // "rated as inadequate in the report Ofsted published in February": the report's month dates it.
  const published = ctx.notReport && j.prose ? publishedIn(text, j) : null;
  if (published) return published;
  // "had been rated ‘inadequate’ for the past decade": earlier inspections, whatever the sentence's dates.
  if (j.prose && forYears(text, j)) return 'previous';
  // "have been rated ‘good’ by Ofsted, a big step up from four years ago": the news itself.
  if (j.prose && ctx.notReport && toldAsNews(text, span.start, j)) return null;
  const { past } = around;
  // "moved from an overall grade of ‘inadequate’ to ‘requires improvement’": the grade left behind.
  if (j.prose && ctx.notReport && leftBehind(text, j.start, j.end)) return 'previous';
  // "no longer ‘inadequate’": a grade left behind, whatever the sentence dates (the new inspection).
  const frame = j.prose ? gradeFrame(text, span.start, j) : null;
  if (frame === 'left') return 'previous';
  // A date written right after another grade of the sentence is that grade's, not this one's.
  const claimed = j.prose && around.dates.length ? datesOfOtherGrades(text, span.start, span.end, j.start, j.end) : [];
  // In a paper, a date in a later clause after the grade ("rated requires improvement, after … in 2019", "rated
  // good whereas in May 2013 …", "in their first inspection since the authority's formation in April 2023") is not its own.
  const after = ctx.notReport && j.prose ? text.slice(j.end, span.end) : '';
  const ownClause = (d: string) => {
    const at = after.indexOf(d);
    return at < 0 || text.slice(span.start, j.end).includes(d) || !LATER_CLAUSE.test(after.slice(0, at));
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
  // "following the inadequate rating", "their previous ‘outstanding’ rating": earlier, though the sentence dates the new one.
  // "the previous ‘good’ rating six years ago": the relative date after it, as written.
  if (frame === 'earlier') {
    const relative = ctx.notReport ? relativeDate(text, span.start, j) : null;
    return relative && !mayBeOwnYear(text, relative, ownYears) ? relative : 'previous';
  }
  // Only a date of the sentence itself: one its "then" points back to is not its own clause's.
  if (ctx.notReport && !foreign && dates.some((d) => text.slice(span.start, span.end).includes(d))) return null;
  // "judged as ‘good’ four years ago": the relative date as written.
  const relative = j.prose && ctx.notReport && !foreign ? relativeDate(text, span.start, j) : null;
  if (relative && !mayBeOwnYear(text, relative, ownYears)) return relative;
  if (past || underPastHeading(ctx.headings, j.start)) return 'previous';
  // "It had been rated ‘inadequate’", "having been ‘requires improvement’": past perfect, an earlier grade.
  if (j.prose && ctx.notReport && !ctx.minutes && toldAsPastPerfect(text, span.start, j) && !pastPerfectNotEarlier(text, j))
    return 'previous';
  // "spent £20 million on improving services since the inadequate rating": the grade left behind.
  if (j.prose && ctx.notReport && sinceTheRating(text, j)) return 'previous';
  if (j.prose && !timeless(text, span.start, j.end) && inSinceClause(text, span.start, j.end)) return 'previous';
  return null;
}

/**
 * May a relative "last year" ("January last year") be the year of the inspection the document
 * discusses? By its dateline ("Published: 3 March 2025" and an inspection in November 2024), or, with
 * none, whenever the discussed inspection is dated (an item may be written the year after it). O(1): the dateline is in the first 600 characters.
 */
function mayBeOwnYear(text: string, relative: string, ownYears: Set<number>): boolean {
  if (!/^(?:[A-Z][a-z]+\s+)?last\s/i.test(relative) || ownYears.size === 0) return false;
  const published = datelineDate(text);
  return published === null || ownYears.has(Number(published.slice(0, 4)) - 1);
}

// After the grade: "by parents" (someone other than an inspectorate judged it), or "in <area> and
// ‘inadequate’ in <area>" (one inspection's results area by area, which the past perfect only reports).
const BY_OTHERS = /^["'’”]?\s+by\s+(?!Ofsted\b|inspectors\b|HMI\b|the\s+(?:inspectorate|regulator|watchdog)\b)/i;
const SPLIT_RESULTS =
  /^[^.;:!?\n]{0,120}?\band\s+["'‘’“”]?(?:outstanding|good|adequate|inadequate|requires?\s+improvement)\b["'’”]?\s+(?:in|for)\b/i;

/** Does the text right after a past-perfect grade show it is no earlier inspection's? O(1): 160 characters. */
function pastPerfectNotEarlier(text: string, j: RawJudgement): boolean {
  const after = text.slice(j.end, j.end + 160);
  return BY_OTHERS.test(after) || SPLIT_RESULTS.test(after);
}
