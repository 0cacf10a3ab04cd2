// One sentence, two areas, two dates: "Services for children in need of help and protection and for
// children looked after were judged adequate when last inspected in 2011 and 2013" (SIF executive
// summaries, 2014–18). The SLAC and the protection inspections were separate, so each area has its
// own year; the report's "previous inspections" items say which.
import { earlierAreasOf, type EarlierArea } from './earlier-areas';
import type { RawJudgement } from './judgement-rules';
import { sentenceAround } from './text-util';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

const LAST_INSPECTED_TWO = new RegExp(
  `^["'’”]?\\s+when\\s+(?:they\\s+were\\s+)?(?:last|previously)\\s+inspected\\s+in\\s+((?:19|20)\\d\\d)\\s+and\\s+((?:19|20)\\d\\d)\\b`,
  'i',
);
const SUBJECT = /^(?:the\s+)?(?:services\s+)?(?:for\s+)?([^,;]{6,160}?)\s+(?:were|had\s+been|have\s+been)\s*$/i;
// The report's own items: "The previous inspection of … <area> … was in February 2013."
const ITEM = new RegExp(
  `\\b(?:previous|last)\\s+inspection\\s+of\\s+([^.\\t]{3,200}?)\\s+was\\s+in\\s+(?:${MONTH}\\s+)?((?:19|20)\\d\\d)\\b`,
  'gi',
);

/**
 * The two areas of a subject "Services for X and for Y were" (help and protection, children looked
 * after …), else null: the first "and" whose two sides each name one area, and not the same one.
 */
function twoAreaSubject(clause: string): [EarlierArea, EarlierArea] | null {
  const m = SUBJECT.exec(clause.replace(/\s+/g, ' ').trim() + ' ');
  if (!m) return null;
  const subject = m[1]!;
  for (const and of subject.matchAll(/ and (?:services )?(?:for )?/g)) {
    const a = earlierAreasOf(subject.slice(0, and.index));
    const b = earlierAreasOf(subject.slice(and.index + and[0].length));
    if (a.length === 1 && b.length === 1 && a[0]!.key !== 'overall' && b[0]!.key !== 'overall' && a[0]!.key !== b[0]!.key)
      return [a[0]!, b[0]!];
  }
  return null;
}

// The items' years by area key, read once per text (the last text read is kept).
let items: { text: string; years: Map<string, Set<string>> } | null = null;
function itemYears(text: string): Map<string, Set<string>> {
  if (items?.text !== text) {
    const years = new Map<string, Set<string>>();
    for (const m of text.matchAll(ITEM))
      for (const a of earlierAreasOf(m[1]!)) years.set(a.key, (years.get(a.key) ?? new Set()).add(m[2]!));
    items = { text, years };
  }
  return items.years;
}

/**
 * For a "judged" verb at `verbAt` whose grade ends at `gradeEnd`: when its subject names two areas
 * and "when last inspected in Y1 and Y2" follows, one earlier mention per area, each dated by the
 * report's "previous inspection of …" items when they tell the two years apart, else in order.
 * Empty otherwise.
 */
export function pairedDateJudgements(text: string, verbAt: number, gradeEnd: number, grade: string): RawJudgement[] {
  const when = LAST_INSPECTED_TWO.exec(text.slice(gradeEnd, gradeEnd + 60));
  if (!when) return [];
  const sentence = sentenceAround(text, verbAt, gradeEnd);
  const areas = twoAreaSubject(text.slice(sentence.start, verbAt));
  if (!areas) return [];
  const years = itemYears(text);
  const own = areas.map((a) => [when[1]!, when[2]!].filter((y) => years.get(a.key)?.has(y)));
  const dated = own[0]!.length === 1 && own[1]!.length === 1 && own[0]![0] !== own[1]![0];
  const dates = dated ? [own[0]![0]!, own[1]![0]!] : [when[1]!, when[2]!];
  return areas.map((a, i) => ({
    ruleId: 'judged-then',
    area: a.area,
    areaKey: a.key,
    grade,
    start: sentence.start,
    end: gradeEnd + when[0].length,
    prose: true,
    inspection: dates[i]!,
  }));
}
