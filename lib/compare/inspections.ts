// One history of inspections, not of documents: each inspection once, identified from its own
// Ofsted report when stored; grades that later documents state attached to the inspection they refer
// to, or to a "reported" inspection when its report is not stored; recommendations dated by the
// inspection that made them.
import { inChildrensServicesHistory } from './kind-histories';
import type { Authority } from '../model/authorities';
import { authorityOfUrn, inHistoryOf } from '../model/authority-lineage';
import { addSource, eventOfClaim, findEvent, orderOf, reportedEvent, sharpenDate } from './inspection-events';
import { attachRecommendations } from './inspection-recommendations';
import type { AreaGrade, InspectionEvent, InspectionHistory, MonthSpan, SourceDocument } from './inspection-types';
import { monthsApart } from './inspection-dates';
import { gradeQuotesOf, ownClaimOf, type GradeQuote, type OwnClaim } from './source-claims';
import { isUndated, placeUndated, placedByFamilyAlone, type UnplacedGrade } from './unplaced-grades';
import { isVisit, visitEventOf } from './visit-events';

export type { InspectionEvent, InspectionHistory, SourceDocument } from './inspection-types';

export interface HistoryOptions {
  /** keep only documents of this authority and its predecessors (authority-lineage.ts) */
  authority?: Authority | null;
}

/** Own claims grouped into events: claims of one family whose months overlap (or lie within two
 * months: a paper may give only the publication) are one inspection; the primary document is the
 * one the detector calls the report, else the one grading the most areas of it. */
function ownEvents(docs: SourceDocument[]): Map<string, InspectionEvent> {
  const claims = docs.flatMap((d) => ownClaimOf(d) ?? []).sort((a, b) => a.span.from - b.span.from);
  const groups: OwnClaim[][] = [];
  for (const c of claims) {
    const g = groups.find((x) => x[0]!.family === c.family && x.some((y) => monthsApart(y.span, c.span) <= 2));
    if (g) g.push(c);
    else groups.push([c]);
  }
  const primaries = new Map<string, InspectionEvent>();
  for (const g of groups) {
    const primary = [...g].sort((a, b) => Number(b.isReport) - Number(a.isReport) || b.areas - a.areas)[0]!;
    primaries.set(primary.doc.id, eventOfClaim(primary));
  }
  return primaries;
}

const gradeOf = (q: GradeQuote, reported: boolean): AreaGrade => ({
  grade: q.grade,
  rank: q.rank,
  sourceId: q.doc.id,
  quote: q.quote,
  reported,
  reportedBy: reported ? q.doc.title : null,
});

/** The report's own grade per area: the commonest of its own mentions (tables restate in prose). */
function setOwnGrades(event: InspectionEvent, quotes: GradeQuote[]): void {
  const counts = new Map<string, { q: GradeQuote; n: number }>();
  for (const q of quotes) {
    const k = `${q.key}|${q.grade}`;
    counts.set(k, { q, n: (counts.get(k)?.n ?? 0) + 1 });
  }
  for (const { q } of [...counts.values()].sort((a, b) => b.n - a.n))
    if (!event.grades[q.key] && q.families.includes(event.family)) event.grades[q.key] = gradeOf(q, false);
}

/** Attaches a quoted grade: it fills an area the inspection has no grade for, and never overrides. */
function attachQuote(event: InspectionEvent, q: GradeQuote): void {
  const have = event.grades[q.key];
  if (!have) event.grades[q.key] = gradeOf(q, true);
  else if (have.grade !== q.grade) event.disagreements.push({ key: q.key, grade: gradeOf(q, true) });
  addSource(event, q.doc);
}

/** Dated quotes first (they fix reported inspections' dates), then "previous", then undated. */
const quoteOrder = (q: GradeQuote) => (q.when ? q.when.from : q.previous ? 1e7 : 2e7);

/** Attaches each quoted grade to the inspection it refers to, making a reported one where none is
 * stored (ids kept unique). A reported inspection one document has dated apart from this quote's
 * date is not this quote's: "inspections … in 2012 and 2013" (Calderdale's 2015 SIF report) are two,
 * however near the dates; the same or an overlapping date ("January 2012", "2012") is one. */
function placeQuotes(events: InspectionEvent[], quotes: GradeQuote[]): UnplacedGrade[] {
  const left: GradeQuote[] = [];
  const dated = new Map<string, MonthSpan[]>();
  const datedApart = (e: InspectionEvent, q: GradeQuote) => {
    const spans = e.reported && q.when ? dated.get(`${e.id}|${q.doc.id}`) : undefined;
    return !!spans && spans.every((s) => monthsApart(s, q.when!) > 0);
  };
  for (const q of quotes.sort((a, b) => quoteOrder(a) - quoteOrder(b))) {
    // "Previous" in a document with no date and no dated inspection discussed: previous to which
    // inspection is unknown, so it is not placed in time (never an inspection of its own).
    if (q.previous && !q.before) {
      left.push(q);
      continue;
    }
    // Undated: the family's only inspection takes it only where its family says which (unplaced-grades.ts).
    if (isUndated(q) && !placedByFamilyAlone(q)) {
      left.push(q);
      continue;
    }
    let event = findEvent(
      events.filter((e) => !datedApart(e, q)),
      q,
    );
    if (!event && isUndated(q)) {
      left.push(q);
      continue;
    }
    if (!event) {
      event = reportedEvent(q, q.dateText, q.doc);
      const taken = events.filter((e) => e.id.startsWith(event!.id)).length;
      if (taken) event.id += `-${taken + 1}`;
      events.push(event);
    }
    sharpenDate(event, q.when, q.dateText);
    const key = `${event.id}|${q.doc.id}`;
    if (q.when) dated.set(key, [...(dated.get(key) ?? []), q.when]);
    attachQuote(event, q);
  }
  return placeUndated(events, left, attachQuote);
}

/** Builds one authority's history from its documents (reports and papers, in any order). Documents
 * of other authorities are left out when `options.authority` is given. Linear in the mentions
 * times the number of inspections. */
export function buildInspectionHistory(docs: SourceDocument[], options: HistoryOptions = {}): InspectionHistory {
  const { authority } = options;
  // Only children's services documents: SEND outcomes, school and provider grades have their own histories.
  const ours = docs.filter(inChildrensServicesHistory);
  const mine = authority
    ? ours.filter((d) => {
        const a = authorityOfUrn(d.document.authorityUrn);
        return a !== null && inHistoryOf(authority, a);
      })
    : ours;
  const primaries = ownEvents(mine);
  const events = [...primaries.values()];
  const quotes: GradeQuote[] = [];
  for (const doc of mine) {
    const own = primaries.get(doc.id);
    const all = gradeQuotesOf(doc);
    if (own)
      setOwnGrades(
        own,
        all.filter((q) => q.own),
      );
    quotes.push(...all.filter((q) => !own || !q.own));
  }
  const unplacedGrades = placeQuotes(events, quotes);
  // Visits join the timeline with their own recommendations only: they are not in `events`, so no
  // grade and no paper's recommendations can be placed on them.
  const visits = new Map(mine.filter(isVisit).flatMap((d) => (visitEventOf(d) ? [[d.id, visitEventOf(d)!] as const] : [])));
  const unplaced = attachRecommendations(events, mine, new Map([...primaries, ...visits]));
  const graded = events.filter((e) => Object.keys(e.grades).length || e.recommendations.length);
  const inspections = [...graded, ...visits.values()];
  inspections.sort((a, b) => orderOf(a) - orderOf(b));
  const first = mine[0]?.document;
  return {
    authority: authority?.name ?? first?.authority ?? null,
    urn: authority?.urn ?? first?.authorityUrn ?? null,
    inspections,
    unplaced,
    unplacedGrades,
  };
}
