// Grades a document states with no date, no framework and no inspection discussed (a news story
// about "a report published last Friday"): they join an inspection only where Compare can place
// them, and are otherwise listed once as not placed in time, never made an inspection of their own.
import type { CompareKey } from './compare-areas';
import type { FrameworkFamily, InspectionEvent } from './inspection-types';
import type { GradeQuote } from './source-claims';

/** A grade Compare could not place in time, with the document that states it. */
export interface UnplacedGrade {
  key: CompareKey;
  grade: string;
  rank: number;
  sourceId: string;
  /** the document's title, to say where the grade came from */
  source: string;
  quote: string;
  /** true for a grade the document gives an earlier ("previous") inspection it does not date */
  earlier: boolean;
}

/** True for a quote with nothing to place it by: no date, not "previous". (A "previous" quote in a
 * document with no date of its own is not placed either: inspections.ts leaves it here.) */
export const isUndated = (q: GradeQuote) => !q.when && !q.previous;

/** Families that inspect an authority more than once in their time: ILACS every three years. */
const REPEATED: FrameworkFamily[] = ['ILACS'];

/** True for an undated quote that no stored inspection can take by its family alone: one an ILACS
 * inspection could have given, since one stored ILACS inspection (or one a paper dates) says nothing
 * about which of them it is. An undated "inadequate" of a 2012 story never joins the 2018 inspection
 * another paper dates; it may still join its own document's other grades (placeUndated). */
export const placedByFamilyAlone = (q: GradeQuote) => isUndated(q) && !q.families.some((f) => REPEATED.includes(f));

/** Places the undated grades no inspection took by their own date or family: each joins the
 * inspection its document's other grades joined (`attach`), else is returned as not placed in time (once per document, area and grade: a headline and its
 * story's first line state one grade).
 * Linear in the quotes times the inspections. */
export function placeUndated(
  events: InspectionEvent[],
  left: GradeQuote[],
  attach: (event: InspectionEvent, q: GradeQuote) => void,
): UnplacedGrade[] {
  const unplaced: UnplacedGrade[] = [];
  for (const q of left) {
    // An earlier grade never joins the inspection the document's own grades joined.
    const sibling = q.previous ? null : siblingEvent(events, q);
    const seen = unplaced.some(
      (u) => u.sourceId === q.doc.id && u.key === q.key && u.grade === q.grade && u.earlier === q.previous,
    );
    if (sibling) attach(sibling, q);
    else if (!seen) unplaced.push(unplacedOf(q));
  }
  return unplaced;
}

/** The one inspection where the document's other grades were placed and whose framework family
 * grades this quote's area on its scale; null when there is none or more than one (no guessing). */
export function siblingEvent(events: InspectionEvent[], q: GradeQuote): InspectionEvent | null {
  const theirs = events.filter((e) => e.sources.includes(q.doc.id) && q.families.includes(e.family));
  return theirs.length === 1 ? theirs[0]! : null;
}

/** The record of a quote left unplaced. */
export const unplacedOf = (q: GradeQuote): UnplacedGrade => ({
  key: q.key,
  grade: q.grade,
  rank: q.rank,
  sourceId: q.doc.id,
  source: q.doc.title,
  quote: q.quote,
  earlier: q.previous,
});
