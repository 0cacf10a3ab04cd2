// Earlier-inspection judgement rules as data: statements of an earlier inspection's grade, each with
// the date the text gives it ("June 2012", "2018") or "previous". Blank handling is one `\s+` between
// words (a sentence may wrap) and never two optional blank-matching parts side by side.
import { LONG_REACH, SENTENCE_REACH, matchesNearGrades } from './anchor-index';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { combinedGrades, earlierAreasOf, inspectedArea, subjectArea } from './earlier-areas';
import { pairedDateJudgements } from './paired-dates';
import { sentenceAround } from './text-util';
import { endOfLastBreak } from './clause-breaks';

const G = `(${GRADE_SOURCE})`;
const Q = `["'‘’“”]?`;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `((?:${MONTH}\\s+)?(?:19|20)\\d\\d)`;
const BE = '(?:\\s+(?:judged|rated|found|assessed|considered|graded))?(?:\\s+by\\s+Ofsted)?(?:\\s+(?:to\\s+be|as))?';

/** SIF "previous inspections" items: "The previous inspection of X’s <area> was in June 2012. The local authority was judged to be inadequate." */
const PREVIOUS_INSPECTION_OF = new RegExp(
  `\\b(?:previous|last|most\\s+recent)\\s+(?:Ofsted\\s+)?inspection\\s+of\\s+([^.\\t]{3,200}?)\\s+(?:was|took\\s+place)(?:\\s+(?:also|published))?\\s+in\\s+${DATE}` +
    `(?:\\.\\s+The\\s+(?:[Ll]ocal\\s+[Aa]uthority|service[’']?s?|(?:service[’']s\\s+)?overall\\s+quality)\\s+was|\\s+(?:when|and)\\s+(?:the\\s+local\\s+authority|it|they)\\s+(?:was|were))` +
    `${BE}\\s+(?:Grade\\s+[1-4]\\s+\\()?${Q}${G}`,
  'gi',
);

/** The same without "previous": "The inspection of Anyshire’s fostering service was in October 2010. The overall quality was good." */
const INSPECTION_OF_WAS_IN = new RegExp(
  `(?:^|[.•]\\s+)The\\s+inspection\\s+of\\s+([^.\\t]{3,200}?)\\s+was\\s+in\\s+${DATE}\\.\\s+The\\s+(?:[Ll]ocal\\s+[Aa]uthority|overall\\s+quality|service)\\s+was${BE}\\s+${Q}${G}`,
  'gim',
);

function previousInspectionOf(re: RegExp, id: string) {
  return (text: string): RawJudgement[] => {
    const out: RawJudgement[] = [];
    for (const m of matchesNearGrades(text, re, LONG_REACH)) {
      const gradeText = m[3]!;
      const start = m.index + m[0].search(/\S/) + (/^[.•]/.test(m[0]) ? m[0].slice(1).search(/\S/) + 1 : 0);
      const gradeEnd = m.index + m[0].length;
      for (const part of combinedGrades(text, gradeEnd, earlierAreasOf(m[1]!), normaliseGrade(gradeText))) {
        out.push({
          ruleId: id,
          area: part.area,
          areaKey: part.key,
          grade: part.grade,
          start,
          end: gradeEnd,
          prose: false,
          inspection: m[2]!.replace(/\s+/g, ' '),
        });
      }
    }
    return out;
  };
}

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
const GRADE_THEN_DATE = new RegExp(
  `^${Q}(?:\\s+(?:overall|in\\s+all\\s+areas))?(?:\\s+(?:at|in)\\s+(?:the|its)\\s+(?:last|previous)\\s+(?:Ofsted\\s+)?inspection)?\\s+in\\s+${DATE}\\b`,
  'i',
);
const ALL_AREAS = /\b(?:in|across|for)\s+(?:all|every)\s+(?:(?:of\s+the\s+)?(?:judgement\s+)?areas?|judgements)\b/i;

const SINCE_WHEN = new RegExp(`\\bsince\\s+(${DATE}),?\\s+when\\s+[^,;]*$`, 'i');

// The clause that holds the subject starts after the last comma or conjunction before it.
const CLAUSE_START = /[,;:(]|\b(?:when|since|after|following|where|while|whereas|which|that)\b/g;

function findJudgedThen(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, JUDGED, SENTENCE_REACH)) {
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
    const after = GRADE_THEN_DATE.exec(text.slice(gradeEnd, gradeEnd + 40));
    const clause = text.slice(sentence.start, sentence.end);
    // "…, when services required improvement", "which judged them to be": the subject is inside the match.
    const subject = m[3] ? before + m[0].slice(0, m[0].length - m[3].length) + 'were ' : before;
    const area = m[4] ? { area: 'overall', key: 'overall' as const } : subjectArea(subject, clause);
    const all = ALL_AREAS.test(text.slice(gradeEnd, gradeEnd + 60)) || /\ball (?:judgement )?areas\b[^,;]*$/i.test(subject);
    if (!area && !all) continue;
    // "no longer rated as inadequate": the grade of an earlier inspection.
    const noLonger = /\bno longer\s*$/i.test(before);
    // "the first inspection since 2018 when services were found to …": the date before "when" is this grade's.
    const since = SINCE_WHEN.exec(before);
    out.push({
      ruleId: 'judged-then',
      area: all ? 'all areas' : area!.area,
      areaKey: all ? undefined : area!.key,
      grade: normaliseGrade(gradeText),
      start: sentence.start + endOfLastBreak(before, CLAUSE_START, true),
      end: gradeEnd + (after ? after[0].length : 0),
      prose: true,
      inspection: after ? after[1]!.replace(/\s+/g, ' ') : since ? since[1]! : noLonger ? 'previous' : undefined,
      allAreas: all,
    });
  }
  return out;
}

export const earlierJudgementRules: JudgementRule[] = [
  {
    id: 'previous-inspection-of',
    note: 'SIF "previous inspections" items: the area and date in one sentence, the grade in the next',
    source: 'SIF reports 2013–18, "Information about this local authority area"',
    find: previousInspectionOf(PREVIOUS_INSPECTION_OF, 'previous-inspection-of'),
    examples: {
      match: [
        'The previous inspection of Anyshire’s safeguarding arrangements was in June 2012. The local authority was judged to be inadequate.',
        'The last inspection of the local authority’s services for children looked after was in\nAugust 2012. The local authority was judged to be adequate.',
        'The most recent inspection of adoption services was in 2009. The service’s overall quality was judged to be outstanding.',
        'The previous inspection of Oxfordshire’s services for looked after children was in March 2011. The local authority was judged to be Grade 2 (Good).',
      ],
      miss: ['The previous inspection of the home was in June 2012. Staff were judged to be good.'],
    },
  },
  {
    id: 'inspection-of-was-in',
    note: 'The same item without "previous"',
    source: 'SIF reports 2013–18',
    find: previousInspectionOf(INSPECTION_OF_WAS_IN, 'inspection-of-was-in'),
    examples: {
      match: ['The inspection of Anyshire’s fostering service was in October 2010. The overall quality was good.'],
      miss: ['The inspection of the home was in October 2010. It was a good visit.'],
    },
  },
  {
    id: 'judged-then',
    note: 'A judgement in a clause with a past cue: "since the last inspection in 2018, when services were judged inadequate"',
    source: 'ILACS openings, SIF summaries, visit letters, council papers',
    find: findJudgedThen,
    examples: {
      match: [
        'Since the last inspection in 2022, when services were found to be inadequate, leaders have acted quickly.',
        'This is the third monitoring visit since the local authority was judged inadequate in December 2021.',
        'Children’s services in Oxfordshire were judged good in all areas when they were last inspected in 2017.',
        'Reading children’s services were judged inadequate in 2016.',
        'There have been improvements since the last inspection in 2015, when all areas of the service required improvement to be good.',
        'The fostering service was judged to be adequate at the last inspection in June 2012.',
      ],
      miss: [
        'Five homes were judged to be good at their last inspection.',
        'Staff were judged to be good in 2016.',
        'For example, 38% of cases audited by the local authority in November 2014 were found to be inadequate.',
        'Some children are placed in residential care provision which was judged as inadequate at the last Ofsted inspection.',
      ],
    },
  },
];
