// Areas of earlier inspections as later documents name them ("safeguarding arrangements",
// "services for children looked after", "fostering service"), mapped onto common area keys.
import { areaKeyOf, type AreaKey } from './areas';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import { endOfLastBreak } from './clause-breaks';
import { isPlaceName } from './place-name';

const G = `(${GRADE_SOURCE})`;

export interface EarlierArea {
  area: string;
  key: AreaKey;
}

const ADOPTION = /adopt/i;
const FOSTERING = /fostering/i;
const LOOKED_AFTER = /looked[ -]after|children in care|in care\b|achieving permanence/i;
const PROTECTION = /safeguarding|protection|help and protection|children in need/i;
const LEAVERS = /care leavers|leaving care/i;

/**
 * The areas an earlier-inspection phrase names: SLAC "safeguarding" is help and protection (the
 * area that succeeded it), "services for looked after children" is children in care, fostering is
 * `other`; a combined "safeguarding and looked after children services" names both. Unknown
 * phrases name the overall service.
 */
export function earlierAreasOf(phrase: string): EarlierArea[] {
  const p = phrase.replace(/\s+/g, ' ');
  if (ADOPTION.test(p)) return [{ area: 'adoption', key: 'adoption' }];
  if (FOSTERING.test(p)) return [{ area: 'fostering', key: 'other' }];
  const out: EarlierArea[] = [];
  if (PROTECTION.test(p)) out.push({ area: 'safeguarding', key: 'help_protection' });
  if (LOOKED_AFTER.test(p)) out.push({ area: 'looked after children', key: 'in_care' });
  else if (LEAVERS.test(p)) out.push({ area: 'care leavers', key: 'care_leavers' });
  return out.length ? out : [{ area: 'overall', key: 'overall' }];
}

/** Inspected things that are no area of the authority's children's services (homes, schools, providers). */
export const NOT_INSPECTED_AREA = /\b(?:homes?|schools?|providers?|nursery|nurseries|academy|college)\b/i;

const CLAUSE_BREAK = /[,;:(]|\b(?:when|since|after|following|where|as|while|whereas|which|who|that)\b/gi;
// A subject that counts or samples ("38% of cases", "one of the homes") is no area of the authority.
const NOT_AN_AREA =
  /\d|%|\b(?:cases|homes?|schools?|staff|workers?|providers?|agencies|partners|one|some|many|most|few|no|none|country|authorities|councils)\b/i;
const SUBJECT_END =
  /\b(?:was|were|is|are|had been|has been|have been|been|and|had)(?:\s+(?:now|also|still|again|then|no longer|previously|first|last|initially|originally|subsequently|later|once))?\s*$/i;
const OVERALL_SUBJECT = /\b(?:services?|local authority|council|authority|children[’']?s services)\b/i;
const PRONOUN = /^\s*(?:they|it)\s/i;
const ANY_AREA = new RegExp([ADOPTION, FOSTERING, LOOKED_AFTER, PROTECTION, LEAVERS].map((r) => r.source).join('|'), 'i');

/**
 * The area a definite "the service(s)" starting at `start` refers back to when it opens a past clause
 * ("Care leavers' services have improved since 2017, when the service was …"): the one area named
 * earlier in its sentence (up to 240 characters back), or null.
 */
export function serviceReferredBack(text: string, start: number): EarlierArea | null {
  if (!THE_SERVICE_START.test(text.slice(start, start + 14))) return null;
  const before = text.slice(Math.max(0, start - 240), start);
  if (!PAST_CLAUSE_END.test(before)) return null;
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'));
  return namedAreaOf(before.slice(cut + 1));
}
const THE_SERVICE_START = /^the\s+services?\b/i;
const PAST_CLAUSE_END = /\b(?:when|since|after|following)\s*$/i;

/** The one area (not overall) a stretch of a sentence names, or null when it names none or several. */
function namedAreaOf(text: string): EarlierArea | null {
  if (!ANY_AREA.test(text)) return null;
  const areas = earlierAreasOf(text);
  return areas.length === 1 && areas[0]!.key !== 'overall' ? areas[0]! : null;
}

/**
 * The area of the subject that ends right before a "judged" verb: the last clause of `before`
 * ("…, when services were " → overall; "the help and protection of children was " → help and
 * protection). Null when the subject names no area or service (staff, homes, schools).
 */
export function subjectArea(before: string, sentence = ''): EarlierArea | null {
  const clause = before.slice(endOfLastBreak(before, CLAUSE_BREAK, false)).trim();
  if (clause.length > 120 || !SUBJECT_END.test(clause)) return null;
  // The subject proper ends at its first verb ("X was last inspected in 2019 and judged …").
  const subject = clause
    .split(/\s(?:was|were|is|are|has|have|had)\s/i)[0]!
    .replace(SUBJECT_END, '')
    .trim();
  if (PRONOUN.test(subject + ' ')) return OVERALL_SUBJECT.test(sentence) ? { area: 'overall', key: 'overall' } : null;
  if (NOT_AN_AREA.test(subject)) return null;
  if (/adopt|fostering/i.test(subject)) return earlierAreasOf(subject)[0]!;
  const key = areaKeyOf(subject);
  if (key !== 'other' && key !== 'overall') return { area: subject, key };
  if (OVERALL_SUBJECT.test(subject)) return { area: subject, key: 'overall' };
  // A council named alone ("Kirklees was rated as ‘good’") is its children's services in a paper about them.
  return isPlaceName(subject) &&
    !/^(?:It|They|This|That|These|Those|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|All|Both|Some|Many|Most|Few|Several|No|None|Each)\b/.test(
      subject,
    )
    ? { area: 'overall', key: 'overall' }
    : null;
}

// An area after "for" as SIF summaries of SLAC judgements name it ("looked after children’s services").
const FOR_PHRASE =
  "(safeguarding(?:\\s+children)?|looked\\s+after\\s+children(?:[’']s\\s+services)?|children\\s+looked\\s+after|overall\\s+effectiveness)";
const FOR_AREA = new RegExp(`^\\s+for\\s+${FOR_PHRASE}`, 'i');
const NEXT_FOR = new RegExp(`^(?:,|,?\\s+and)\\s+${G}\\s+for\\s+${FOR_PHRASE}`, 'i');

const areasOfFor = (phrase: string, grade: string) =>
  /overall/i.test(phrase)
    ? [{ area: 'overall', key: 'overall' as const, grade }]
    : earlierAreasOf(phrase).map((a) => ({ ...a, grade }));

/**
 * "judged to be good for safeguarding, adequate for looked after children’s services and good for
 * overall effectiveness": one grade per named area, up to three (SIF lists of SLAC judgements).
 */
export function combinedGrades(
  text: string,
  gradeEnd: number,
  areas: EarlierArea[],
  grade: string,
): (EarlierArea & { grade: string })[] {
  const forArea = FOR_AREA.exec(text.slice(gradeEnd, gradeEnd + 80));
  if (!forArea || /overall/i.test(forArea[1]!)) return areas.map((a) => ({ ...a, grade }));
  const out = areasOfFor(forArea[1]!, grade);
  let at = gradeEnd + forArea[0].length;
  for (let i = 0; i < 2; i++) {
    const rest = NEXT_FOR.exec(text.slice(at, at + 100));
    if (!rest) break;
    out.push(...areasOfFor(rest[2]!, normaliseGrade(rest[1]!)));
    at += rest[0].length;
  }
  return out;
}

const INSPECTION_SUBJECT = new RegExp(
  `\\binspection\\s+of\\s+([^.;]{3,160}?),?\\s+in\\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+)?(?:19|20)\\d\\d,?\\s*$`,
  'i',
);

/**
 * Does `before` end with a dated inspection that names an area ("An inspection of arrangements for
 * the protection of children in July 2013 ")? Then a following "judged services to be …" is that
 * area's grade (SIF executive summaries), which the dated-inspection rule reads.
 */
export function inspectedArea(before: string): boolean {
  const m = INSPECTION_SUBJECT.exec(before);
  return !!m && earlierAreasOf(m[1]!).some((a) => a.key !== 'overall');
}
