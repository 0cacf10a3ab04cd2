// A paper or news item about a monitoring or focused visit: such visits give no grades (FRAMEWORKS.md
// §8–9), so every grade it states is an earlier inspection's — the last full inspection it dates
// before the grade ("had received its last ILACS inspection between July 10 and 21, 2023 … The overall
// judgement was ‘good’"), else "previous". Source: council papers and news items on visits (paper set,
// 2017–25), issue 10.
import type { JudgementMention } from '../model/findings';
import type { Discussed } from './discussed-inspection';

// The document's own event in its first lines: a visit named as one ("Ofsted's focused visit", "the
// third monitoring visit", "a “focused” visit", "a follow-up inspection report") or an inspection.
// Inspectors "visit" for full inspections too, so a visit not named by its kind is no cue.
const EVENT =
  /\b(?:(?:focused|monitoring|quarterly)["'’”]?\s+(?:visit|inspection|letter)s?|follow-up\s+(?:inspection|visit|report)s?)\b|\b(?:re-?)?inspection\b|\binspected\b|\bILACS\b/gi;
const VISIT = /visit|monitoring|follow-up/i;
// An event called earlier than the document's own, by the words right before it: "the last
// inspection", "since the previous visit"; for a visit also "following a focused visit", "had been
// raised in a focused visit"; visits in the plural are a series, not the item's own. "Following" is
// the item's own ("rated good following an inspection by Ofsted", "following their recent focused visit"). "Last month's visit" is only dated; "the latest visit" is the document's own.
const CALLED_EARLIER =
  /\b(?:(?:last|previous|prior|earlier|former)(?!\s+(?:month|year|week)\b)|since)\s+(?:[\w’'-]+\s+){0,3}["'‘“]?$/i;
const VISIT_CALLED_EARLIER = /\b(?:follows|followed|after|(?<!\bha(?:s|ve)\s)had)\s+(?:[\w’'-]+\s+){0,4}["'‘“]?$/i;
const CALLED_OWN = /\b(?:latest|recent|this|new)\b/i;
// How far into the text the document's own event is looked for (headline and first paragraph or two).
const HEAD = 450;

/**
 * Does the text discuss a monitoring or focused visit? The first event its opening names and does
 * not call earlier is a visit; when its opening names none, its discussed inspection is a visit. O(HEAD).
 */
export function discussesVisit(text: string, discusses: Discussed | null): boolean {
  const head = text.slice(0, HEAD);
  for (const m of head.matchAll(EVENT)) {
    const before = head.slice(Math.max(0, m.index - 50), m.index);
    const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
    const visit = VISIT.test(m[0]);
    const near = /(?:[\w’'-]+\s+){0,3}$/.exec(clause)![0] + m[0];
    if (/s$/i.test(m[0])) continue;
    const earlier = CALLED_EARLIER.test(clause) || (visit && VISIT_CALLED_EARLIER.test(clause));
    if (earlier && !CALLED_OWN.test(near)) continue;
    // "During an Ofsted inspection in March 2023, …" opening a history: a visit dated later is the item's.
    // A grade told as news before the visit is named: the item is about a graded inspection.
    if (visit && GRADE_AS_NEWS.test(head.slice(0, m.index))) return false;
    return visit || (!!discusses?.framework && /visit/i.test(discusses.framework) && olderThan(head, m.index, discusses.date));
  }
  // "Children's services … have been rated as good by inspectors": an opening whose news is a grade is
  // about a graded inspection, whatever visit the text dates further on.
  return !!discusses?.framework && /visit/i.test(discusses.framework) && !GRADE_AS_NEWS.test(head);
}

// A grade told as news in the present perfect, not in a relative clause ("which has been rated good").
const GRADE_AS_NEWS =
  /(?<!\b(?:which|that|who)\s+)\b(?:has|have)\s+(?:now\s+|just\s+)?been\s+(?:rated|judged|graded|found|deemed|assessed)\s+(?:as\s+|to\s+be\s+)?["'‘“]?(?:outstanding|good|adequate|inadequate|requires?\s+improvement)\b/i;

/** Is the year written within 40 characters after `at` older than the year of `date`? */
function olderThan(head: string, at: number, date: string | null): boolean {
  const then = /\b(?:19|20)\d\d\b/.exec(head.slice(at, at + 40));
  const now = /\b(?:19|20)\d\d\b/.exec(date ?? '');
  return !!then && !!now && Number(then[0]) < Number(now[0]);
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DAYS = `${DAY}(?:\\s*(?:and|to|[-–])\\s*${DAY})?`;
// A written date, news style too: "July 10 and 21, 2023", "7 and 8 June 2022", "March 2023", "2017".
const FULL_DATE = new RegExp(`(?:${DAYS}\\s+)?(?:${MONTH}(?:\\s+${DAYS},?)?\\s+)?(?:19|20)\\d\\d\\b`, 'g');
const INSPECTION_WORD = /\binspect(?:ion|ed)\b|\bILACS\b|\bSIF\b|\bjudge?ment\b/i;

/** Each date the text gives a full inspection (its sentence names an inspection and no visit), in order. O(n). */
export function fullInspectionDates(text: string): { at: number; date: string }[] {
  const out: { at: number; date: string }[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    const from = Math.max(0, m.index - 150);
    const before = text.slice(from, m.index);
    const start = from + Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
    const after = text.slice(m.index, m.index + 80);
    const end = m.index + (/[.!?](?:\s|$)|\n/.exec(after)?.index ?? after.length);
    const sentence = text.slice(start, end);
    if (INSPECTION_WORD.test(sentence) && !VISIT.test(sentence)) out.push({ at: m.index, date: m[0].replace(/\s+/g, ' ') });
  }
  return out;
}

// How far back a full inspection's date still dates a grade.
const REACH = 2000;

/** The judgements, each undated one (inspection null) given the last full inspection dated before it, else "previous". */
export function earlierInVisitNews(text: string, judgements: JudgementMention[]): JudgementMention[] {
  if (!judgements.some((j) => j.inspection === null)) return judgements;
  const dates = fullInspectionDates(text);
  return judgements.map((j) => {
    if (j.inspection !== null) return j;
    // The last date before the grade: binary search over the dates in order.
    let lo = 0;
    let hi = dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dates[mid]!.at < j.start) lo = mid + 1;
      else hi = mid;
    }
    const last = dates[lo - 1];
    return { ...j, inspection: last && last.at >= j.start - REACH ? last.date : 'previous' };
  });
}
