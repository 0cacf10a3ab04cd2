// The "judged-then" shape: a judgement in a clause with a past cue ("since the last inspection in
// 2018, when services were judged to require improvement"), its area from the clause's subject or
// from the inspection named after the grade, its date from the text after the grade.
import { SENTENCE_REACH, matchesNearGrades } from './anchor-index';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { RawJudgement } from './judgement-rules';
import { NOT_INSPECTED_AREA, earlierAreasOf, inspectedArea, subjectArea, type EarlierArea } from './earlier-areas';
import { pairedDateJudgements } from './paired-dates';
import { sentenceAround } from './text-util';
import { endOfLastBreak } from './clause-breaks';
import { gradeAfterWord } from './anchor-filters';

const G = `(${GRADE_SOURCE})`;
const Q = `["'‘’“”]?`;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `((?:${MONTH}\\s+)?(?:19|20)\\d\\d)`;

/**
 * A judgement with a past cue in its own clause: "since the last inspection in 2018, when services
 * were judged to require improvement", "when they were last inspected in 2017", "judged
 * inadequate in December 2021", "Since the local authority was inspected in 2016 and judged to be inadequate".
 */
const JUDGED = new RegExp(
  `\\b(?:judged|rated|found|assessed|graded)(?:\\s+by\\s+Ofsted)?(?:\\s+(?:to\\s+be|as))?\\s+${Q}${G}${Q}|\\b(?:judged|found)\\s+to\\s+(require\\s+improvement(?:\\s+to\\s+be\\s+good)?)|\\b(?:services?|they|it)\\s+(required\\s+improvement(?:\\s+to\\s+be\\s+good)?)` +
    `|\\bjudged\\s+(?:them|it|services|the\\s+(?:council|local\\s+authority))(?:\\s+overall)?\\s+(?:to\\s+be|as)\\s+${Q}${G}${Q}`,
  'gi',
);
// Its grade follows a verb, "by Ofsted", "to be" or "as", or holds a blank (anchor-filters.ts).
const JUDGED_REACH = {
  ...SENTENCE_REACH,
  keep: gradeAfterWord(['judged', 'rated', 'found', 'assessed', 'graded', 'ofsted', 'be', 'as']),
};
const GRADE_THEN_DATE = new RegExp(
  `^${Q}(?:\\s+(?:overall|in\\s+all\\s+areas))?(?:\\s+(?:at|in)\\s+(?:the|its)\\s+(?:last|previous)\\s+(?:Ofsted\\s+)?inspection)?\\s+in\\s+${DATE}\\b`,
  'i',
);
const ALL_AREAS = /\b(?:in|across|for)\s+(?:all|every)\s+(?:(?:of\s+the\s+)?(?:judgement\s+)?areas?|judgements)\b/i;

// "since 2018, when …", "since the last inspection in February 2019’, when services were found to be …",
// "since its last inspection in 2018 – when …", "… in 2017 (when …": a comma, dash or bracket before "when".
const SINCE_WHEN = new RegExp(
  `\\bsince\\s+(?:(?:the|its|their)\\s+(?:last|previous)\\s+(?:\\w+\\s+)?inspection\\s+in\\s+)?(${DATE})["'’”]?(?:,|\\s+[–—-]|\\s*\\()?\\s*when\\s+[^,;]*$`,
  'i',
);

// The clause that holds the subject starts after the last comma or conjunction before it.
const CLAUSE_START = /[,;:(]|\b(?:when|since|after|following|where|while|whereas|which|that)\b/g;

// The inspection named after the grade: "judged inadequate in the inspection of safeguarding in 2010",
// "judged adequate at a child protection inspection in 2013" (SIF summaries of earlier inspections).
const INSPECTION_AFTER = new RegExp(
  `^${Q}\\s+(?:at|in)\\s+(?:the|an?|its)\\s+(?:inspection\\s+of\\s+([^.;,\\n]{3,80}?)|([^.;,\\n]{3,60}?)\\s+inspection)\\s+in\\s+${DATE}\\b`,
  'i',
);

/** The area and date of the inspection named right after a grade ending at `gradeEnd`, or null. */
function inspectionAfter(text: string, gradeEnd: number): { key: EarlierArea; date: string; length: number } | null {
  const m = INSPECTION_AFTER.exec(text.slice(gradeEnd, gradeEnd + 140));
  const phrase = m?.[1] ?? m?.[2];
  if (!m || !phrase || NOT_INSPECTED_AREA.test(phrase)) return null;
  const areas = earlierAreasOf(phrase);
  if (areas.length !== 1 || areas[0]!.key === 'overall') return null;
  return { key: areas[0]!, date: m[3]!.replace(/\s+/g, ' '), length: m[0].length };
}

/**
 * Judgements of an earlier inspection in a clause with a past cue, as RawJudgements with
 * `inspection` set where the text dates them (SIF summaries, ILACS openings, visit letters, papers).
 */
export function findJudgedThen(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, JUDGED, JUDGED_REACH)) {
    const gradeText = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const gradeEnd = m.index + m[0].length;
    const paired = m[4] ? [] : pairedDateJudgements(text, m.index, gradeEnd, normaliseGrade(gradeText));
    if (paired.length) {
      out.push(...paired);
      continue;
    }
    // "An inspection of arrangements for the protection of children in July 2013 judged services …": the
    // dated-inspection rule names the area from what was inspected.
    if (m[4] && inspectedArea(text.slice(Math.max(0, m.index - 200), m.index))) continue;
    // A cheap look at the clause before the verb first: most "found to be good" name no area.
    const window = text.slice(Math.max(0, m.index - 160), m.index);
    const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n\n'));
    const nearSubject = m[3] ? window + m[0].slice(0, m[0].length - m[3].length) + 'were ' : window.slice(cut + 1);
    const allNear = ALL_AREAS.test(text.slice(gradeEnd, gradeEnd + 60)) || /\ball (?:judgement )?areas\b/i.test(window);
    if (!m[4] && !allNear && !subjectArea(nearSubject, window)) continue;
    const sentence = sentenceAround(text, m.index, gradeEnd);
    const before = text.slice(sentence.start, m.index);
    const after = GRADE_THEN_DATE.exec(text.slice(gradeEnd, gradeEnd + 80));
    const clause = text.slice(sentence.start, sentence.end);
    // "…, when services required improvement", "which judged them to be": the subject is inside the match.
    const subject = m[3] ? before + m[0].slice(0, m[0].length - m[3].length) + 'were ' : before;
    const subjectIs = m[4] ? { area: 'overall', key: 'overall' as const } : subjectArea(subject, clause);
    // "The local authority was judged inadequate in the inspection of safeguarding in 2010": that area, not overall.
    const named = !subjectIs || subjectIs.key === 'overall' ? inspectionAfter(text, gradeEnd) : null;
    const area = named ? named.key : subjectIs;
    // "no longer rated as inadequate": the grade of an earlier inspection.
    // (Its last words only: trimEnd removes what \s matches.)
    const noLonger = /\bno longer$/i.test(before.trimEnd().slice(-10));
    // "the first inspection since 2018 when services were found to …": the date before "when" is this grade's.
    const since = SINCE_WHEN.exec(before);
    const all = ALL_AREAS.test(text.slice(gradeEnd, gradeEnd + 60)) || /\ball (?:judgement )?areas\b[^,;]*$/i.test(subject);
    if (!area && !all) continue;
    out.push({
      ruleId: 'judged-then',
      area: all ? 'all areas' : area!.area,
      areaKey: all ? undefined : area!.key,
      grade: normaliseGrade(gradeText),
      start: sentence.start + endOfLastBreak(before, CLAUSE_START, true),
      end: gradeEnd + (named ? named.length : after ? after[0].length : 0),
      prose: true,
      inspection: named
        ? named.date
        : after
          ? after[1]!.replace(/\s+/g, ' ')
          : since
            ? since[1]!
            : noLonger
              ? 'previous'
              : undefined,
      allAreas: all,
    });
  }
  return out;
}
