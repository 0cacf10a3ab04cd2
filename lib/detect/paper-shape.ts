// What the paper and news shapes of object-grade-rules.ts and part-grade-rules.ts share: word
// patterns for the service as the thing rated, and one scanner that runs a shape near grade words.
import { AREA_REACH, matchesNearGrades } from './anchor-index';
import { areaKeyOf, type AreaKey } from './areas';
import { afterClauseIsEarlier } from './clause-time';
import { dateAfterGrade } from './date-after-grade';
import { normaliseGrade } from './grades';
import { closingQuote } from './grade-from-to';
import type { RawJudgement } from './judgement-rules';
import { AREA_OK, Q, aimOrCount, otherProvider } from './news-shared';
import { sentenceAround } from './text-util';

export const S = '\\s{1,20}';
export const JUDGING = '(?:judged|rated|graded|found|deemed|assessed|considered|classified|reclassified)';
export const BE = `(?:(?:has|have|had)${S}been|was|were|is|are)(?:${S}(?:also|now|then|still))?`;
export const THE_SERVICE = `(?:the|its|their|our)${S}(?:children[’']?s${S}(?=services?\\b))?(?:local${S}authority|department|service|services|council|authority|trust)`;
/** Not a judgement when someone other than an inspectorate holds the view: "considered good by parents". */
export const NOT_BY_OTHERS = `(?!${Q}${S}by${S}(?!Ofsted|inspectors|HMI|the${S}(?:inspectorate|regulator|watchdog)))`;

/** "child protection" is help and protection in papers and news; other areas as areas.ts maps them. */
export const areaKeyOfPart = (area: string): AreaKey => (/child\s+protection/i.test(area) ? 'help_protection' : areaKeyOf(area));

interface ShapeOptions {
  /** the group holding the area as written (0: the overall grade) */
  areaGroup?: number;
  /** the group holding the grade's own date ("the council’s 2015 ‘inadequate’ verdict") */
  datedGroup?: number;
  keep?: (m: RegExpExecArray) => boolean;
}

/**
 * Runs one shape within AREA_REACH of grade words: the grade is the last group that matched; aims,
 * counts and other providers are skipped; an area must look like one. "just three years after
 * judging them ‘inadequate’" with no date after the grade is an earlier inspection's ("previous").
 */
export function shape(id: string, re: RegExp, { areaGroup = 0, datedGroup = 0, keep }: ShapeOptions = {}) {
  return (text: string): RawJudgement[] => {
    const out: RawJudgement[] = [];
    for (const m of matchesNearGrades(text, re, AREA_REACH)) {
      if ((keep && !keep(m)) || aimOrCount(text, m.index) || otherProvider(text, m.index)) continue;
      const area = areaGroup ? m[areaGroup]!.replace(/\s+/g, ' ').trim() : 'overall';
      if (area !== 'overall' && !AREA_OK.test(area) && !/child protection/i.test(area)) continue;
      const grade = normaliseGrade(m.slice(1).filter(Boolean).pop()!);
      const end = m.index + m[0].length + closingQuote(text, m.index + m[0].length);
      const found: RawJudgement = { ruleId: id, area, areaKey: areaKeyOfPart(area), grade, start: m.index, end, prose: true };
      if (datedGroup) found.dated = m[datedGroup]!.replace(/\s+/g, ' ');
      else if (
        /\bafter\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) &&
        !dateAfterGrade(text, end) &&
        afterClauseIsEarlier(text, sentenceAround(text, m.index, end).start, m.index)
      )
        found.inspection = 'previous';
      out.push(found);
    }
    return out;
  };
}
