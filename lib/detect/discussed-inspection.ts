// For a paper, letter or news item: the inspection it discusses (framework and date as written).
import { yearDatedInspections } from './discussed-year';
// Papers retell an authority's history ("inadequate in 2012 … re-inspected in July 2013 and judged
// adequate"); the newest inspection they date, not called earlier, is the one they are about.

export interface Discussed {
  framework: string | null;
  date: string | null;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
// "between 29 April and 3 May 2024", "from 4 to 22 November 2019", "in April 2018", "on 7 and 8 June 2022",
// "in the September 2017 inspection", "Ofsted inspection (March 2015)"
const WHEN = new RegExp(
  `(?:\\b(?:between|from|on|in|during|of)\\s+(?:the\\s+)?|\\()((?:${DAY}(?:\\s+${MONTH})?(?:\\s+(?:19|20)\\d\\d)?\\s*(?:and|to|[-–])\\s*)?(?:${DAY}\\s+)?${MONTH}(?:\\s*/\\s*${MONTH})?\\s+(?:19|20)\\d\\d)`,
  'gi',
);
// An inspection, or Ofsted's judgement dated ("In July 2013 Ofsted’s judgement was …").
const INSPECTION_WORD =
  /\b(?:inspect\w*|ILACS|SIF|focused visit|monitoring visit|JTAI)\b|\bOfsted[’']s\s+(?:\w+\s+)?judge?ment\b/i;
// An inspection called earlier than the one discussed: "the last inspection", "since an unannounced
// inspection in November 2009", "most recently inspected in June 2018", "three years ago". ("Services
// were then adequate" is only the past of the paper's own time, so it is no such cue here.)
const EARLIER =
  /\b(?:last|previous|prior|earlier|preceding|former)\s+(?:\w+\s+)?(?:inspection|inspected|ILACS|SIF|judge?ments?)|\blast inspected\b|\bat that time\b|\bpreviously\b|\b(?:years?|months?|decades?)\s+ago\b|\bmost recent(?:ly)?\b|\bsince\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:inspection|visit)\b|\bnext\b|\bfollow(?:s|ed|ing)?\s+on\s+from\b/i;
// A grade right before the date ("went on to be rated ‘inadequate’ in November 2015").
const GRADE_BEFORE = /\b(?:outstanding|good|adequate|inadequate|requires?\s+improvement(?:\s+to\s+be\s+good)?)["'’”]?\s+in\s+$/i;
// A later inspection the text tells without its year: "a re-inspection, carried out last November".
const LATER_UNDATED = new RegExp(
  `\\b(?:re-?inspection|inspection)\\b[^.;\\n]{0,40}?\\b((?:last|this|in|early|late)\\s+${MONTH}(?:\\s+this\\s+year)?)\\b(?!\\s+(?:19|20)\\d\\d)`,
  'i',
);

const PROTECTION = 'Inspection of local authority arrangements for the protection of children';

/** Framework family from the words near the date, else from the year (SLAC to May 2012, the protection of children inspection to October 2013, SIF to 2017, then ILACS). */
function frameworkNear(words: string, year: number): string {
  if (/focused visit/i.test(words)) return 'ILACS focused visit';
  if (/monitoring (?:visit|inspection)/i.test(words)) return 'ILACS monitoring visit';
  if (/joint targeted|JTAI/i.test(words)) return 'JTAI';
  if (/\bILACS\b|ILASC/i.test(words)) return 'ILACS';
  if (/\bSIF\b|single inspection/i.test(words)) return 'SIF';
  if (/\bSLAC\b|safeguarding and looked[ -]after/i.test(words)) return 'SLAC';
  if (/adoption (?:agency|service|inspection)|\bOfsted adoption\b|adoption (?:and|or) fostering/i.test(words))
    return 'Adoption agency inspection';
  if (year >= 2018) return 'ILACS';
  if (year >= 2014 || (year === 2013 && /November|December/.test(words))) return 'SIF';
  // From June 2012 to the SIF, the interim inspection of arrangements for the protection of children
  // (FRAMEWORKS.md); SLAC's last inspections were early in 2012.
  return year === 2013 ||
    (year === 2012 &&
      /June|July|August|September|October|November|December|\b(?:Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/.test(words)) ||
    /\bprotection of children\b/i.test(words)
    ? PROTECTION
    : 'SLAC';
}

/** The sentence around [start, end): back to the last full stop (200 characters at most), on to `reach` (80) past the date but not past its sentence. */
function sentenceWindow(head: string, start: number, end: number, reach = 80): string {
  const from = Math.max(head.lastIndexOf('.', start) + 1, start - 200);
  const tail = head.slice(end, end + reach);
  const stop = tail.search(/[.!?](?:\s|$)/);
  return head.slice(from, end + (stop < 0 ? tail.length : stop));
}

// The next sentence goes on about the dated inspection as past: "Ofsted inspected the council in
// November 2011. Services were then rated as ‘good’." (a history, not the inspection discussed).
const THEN_RATED =
  /^[^.!?]{0,4}[.!?]["'’”]?\s+(?:At\s+(?:that|the)\s+time,?\s+)?[^.!?\n]{0,80}?\b(?:(?:was|were)\s+then|then\s+(?:judged|rated|found|graded))\b|^[^.!?]{0,4}[.!?]["'’”]?\s+At\s+(?:that|the)\s+time\b[^.!?\n]{0,80}?\b(?:judged|rated|found|graded)\b/i;

/** Does the sentence after a date ending at `end` retell that inspection as past (see THEN_RATED)? O(1). */
function toldThen(head: string, end: number): boolean {
  return THEN_RATED.test(head.slice(end, end + 120));
}

/** Year and month of a written date, as one comparable number (month 0 when none is written). */
function when(date: string): number {
  const year = Number(/(?:19|20)\d\d/.exec(date)![0]);
  const months = [...date.toLowerCase().matchAll(/[a-z]{3}/g)].map((m) => MONTHS.indexOf(m[0])).filter((i) => i >= 0);
  return year * 13 + (months.length ? months[months.length - 1]! + 1 : 0);
}

// How far past a date its sentence is read for the visit kind and framework words.
const VISIT_REACH = 240;
// A visit the sentence names as this date's, not one it came after ("following the focused visit").
const VISIT_NAMED =
  /(?<!\b(?:since|following|after|previous|last|earlier|prior|recent)\s+(?:(?:the|a|an|its|their|our)\s+)?)\b(?:focused|monitoring)\s+visit\b/i;

const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas)\b|;|[.!?](?:\s|$)/g;

/** The clause holding [start, end) within its sentence window: a grade there is the date's own. */
function clauseAround(head: string, start: number, end: number): string {
  const from = Math.max(0, start - 200);
  let cut = from;
  for (const b of head.slice(from, start).matchAll(CLAUSE_BREAK)) cut = from + b.index + b[0].length;
  const tail = head.slice(end, end + 200);
  const stop = tail.search(CLAUSE_BREAK);
  return head.slice(cut, end + (stop < 0 ? tail.length : stop));
}

// A "since" clause running up to the date, no clause break between.
const SINCE_CLAUSE = /\bsince\b[^.;:!?\n]*$/i;
// A monitoring or focused visit, not planned ("the next monitoring visit will be in …").
const VISIT_WORDS = /\b(?:focused|monitoring)\s+(?:visit|inspection)\b(?![^.!?]{0,60}\b(?:will|due|planned|expected)\b)/i;

// Right after the date, its grade told as history: "… in July 2012 judged inadequate", "… in November
// 2010, when inspectors found safeguarding services were inadequate".
const TOLD_GRADE = /\bjudged\b|\brated\b|\bwhen\s+(?:[\w’']+\s+){0,3}?(?:found|judged|rated|graded|deemed|described)\b/i;

const GRADE_WORD = /\b(?:outstanding|good|adequate|inadequate|requires?\s+improvement)\b/i;
// The grade told as the main clause after the date: "… in September 2017 the Council was rated good",
// "The latest inspection, which took place in November 2012, was unannounced and rated …".
const MAIN_CLAUSE_GRADE = /\b(?:was|were|been)\s+(?:\w+\s+)?(?:judged|rated|graded)\b|\band\s+(?:rated|judged|graded|found)\b/i;

/**
 * The inspection a paper, letter or news item is about: the first dated inspection in its first
 * 6,000 characters not called earlier (and not "judged …" right after the date: a summary of
 * history). A history of dated grades ("‘inadequate’ when inspected in July 2012. In July 2013
 * Ofsted’s judgement was … ‘adequate’") gives its newest; a dated grade followed by a later
 * inspection told without its year ("rated ‘inadequate’ in November 2015 … a re-inspection, carried
 * out last November") gives that later one. Null when none. Source: council papers and news items
 * (paper set, 2008–25).
 */
export function discussedInspection(text: string): Discussed | null {
  const head = text.slice(0, 6000);
  let best: (Discussed & { order: number; graded: boolean; history: boolean }) | null = null;
  // The newest dated inspection whose grade is told right after its date, not called earlier: with no
  // other, the one the paper discusses ("following the inspection carried out in September 2017 the
  // Council was rated good overall").
  let told: { date: string; order: number; sentence: string; year: number } | null = null;
  for (const m of head.matchAll(WHEN)) {
    const sentence = sentenceWindow(head, m.index, m.index + m[0].length);
    const rest = head.slice(m.index, m.index + 80).split(/[.!?](?:\s|$)/)[0]!;
    if (!INSPECTION_WORD.test(sentence) || EARLIER.test(sentence)) continue;
    if (TOLD_GRADE.test(rest)) {
      const order = when(m[1]!);
      const since = SINCE_CLAUSE.test(head.slice(Math.max(0, m.index - 120), m.index));
      // Only a main clause on the date's own line: "…, when inspectors found …" retells a cause.
      const line = rest.split('\n')[0]!;
      if (!since && MAIN_CLAUSE_GRADE.test(line) && !/\bwhen\b/i.test(line) && (!told || order > told.order))
        told = { date: m[1]!.replace(/\s+/g, ' '), order, sentence, year: Number(/(?:19|20)\d\d/.exec(m[1]!)![0]) };
      continue;
    }
    // "… improved since Ofsted inspectors graded them as ‘inadequate’ in December 2015": where a period began.
    if (SINCE_CLAUSE.test(head.slice(Math.max(0, m.index - 120), m.index))) continue;
    const year = Number(/(?:19|20)\d\d/.exec(m[1]!)![0]);
    const dateStart = m.index + m[0].length - m[1]!.length;
    if (!best && GRADE_BEFORE.test(head.slice(Math.max(0, m.index - 40), dateStart))) {
      const later = LATER_UNDATED.exec(head.slice(m.index + m[0].length));
      if (later) {
        const at = m.index + m[0].length + later.index;
        return { framework: frameworkNear(sentenceWindow(head, at, at + later[0].length), year), date: later[1]! };
      }
    }
    const graded = GRADE_WORD.test(clauseAround(head, m.index, m.index + m[0].length));
    const order = when(m[1]!);
    // A later dated grade after a dated grade: the history's newest inspection.
    // A dated inspection the next sentence retells as past gives way to a newer one told later.
    // A visit dated after the inspection found first follows it: a visit is what the item reports.
    const visitAfter = !!best && order > best.order && VISIT_WORDS.test(sentence) && !VISIT_WORDS.test(best.framework ?? '');
    if (best && !visitAfter && !(((best.graded && graded) || best.history) && order > best.order)) continue;
    const history = toldThen(head, m.index + m[0].length);
    // "On 26 and 27 March … inspectors came … to carry out their second monitoring visit": the visit kind
    // may come late in a long sentence, so the framework is read from the whole of it (VISIT_REACH).
    const near = frameworkNear(sentence, year);
    const whole = sentenceWindow(head, m.index, m.index + m[0].length, VISIT_REACH);
    const framework = /visit/.test(near) || !VISIT_NAMED.test(whole) ? near : frameworkNear(whole, year);
    best = { framework, date: m[1]!.replace(/\s+/g, ' '), order, graded, history };
  }
  if (best) return { framework: best.framework, date: best.date };
  return told
    ? { framework: frameworkNear(told.sentence, told.year), date: told.date }
    : (yearDated(head) ?? namedFramework(head));
}

/** The newest inspection dated by its year alone ("The 2021 inspection"), not called earlier or next; else null. */
function yearDated(head: string): Discussed | null {
  let best: { date: string; order: number; sentence: string } | null = null;
  for (const d of yearDatedInspections(head)) {
    // Its own line's sentence: a headline above ("… in next inspection") is no part of it.
    const sentence = sentenceWindow(head, d.start, d.end).split('\n').pop()! + head.slice(d.start, d.end);
    if (EARLIER.test(sentence) || SINCE_CLAUSE.test(head.slice(Math.max(0, d.start - 120), d.start))) continue;
    const order = when(d.date);
    if (!best || order > best.order) best = { date: d.date, order, sentence };
  }
  return best ? { framework: frameworkNear(best.sentence, Math.floor(best.order / 13)), date: best.date } : null;
}

// A framework named in words: "Ofsted inspectors have criticised the council’s safeguarding and
// looked-after children’s services" (a SLAC news item of 2010 that dates nothing).
const FRAMEWORK_WORDS = /\b(?:SLAC|ILACS|SIF|single inspection framework|safeguarding and looked[ -]after children)\b/i;

/** The framework the text names in words, undated, when it names one and speaks of an inspection; else null. */
function namedFramework(head: string): Discussed | null {
  const named = FRAMEWORK_WORDS.exec(head);
  if (!named || !/\binspect/i.test(head) || EARLIER.test(head.slice(Math.max(0, named.index - 120), named.index + 120)))
    return null;
  return { framework: frameworkNear(named[0], 0), date: null };
}
