// Headline and news wording about a change of grade and about grades given to every area:
// "upgraded from inadequate (in 2016) to ‘requires improvement to be good’", "Council moves out of
// 'inadequate'", "after being previously requiring improvement", "received ‘Good’ in all areas",
// "saw every category rated as 'requiring improvement to be good'", "a rating of adequate for
// safeguarding", "still “requires improvement”". The grade left behind belongs to an earlier
// inspection (its date when the text gives one, else "previous"). Read only outside Ofsted's own
// reports, like the other news rules.
import { AREA_REACH, matchesNearGrades } from './anchor-index';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { NOUN, closingQuote, findFromTo } from './grade-from-to';
import { aimOrCount, AREA_OK, scanArea } from './news-shared';

const G = `(${GRADE_SOURCE})`;
const Q = `["'‘’“”]?`;
/** "moves out of 'inadequate'", "removed a council's “inadequate” rating", "after being previously requiring improvement" */
const LEFT_BEHIND = new RegExp(
  `\\b(?:mov(?:es|ed|ing)\\s{1,20}out\\s{1,20}of|removed|lost|shed|shaken\\s{1,20}off|escaped|ditched|dropped|threw\\s{1,20}off|thrown\\s{1,20}off|cast\\s{1,20}off|left\\s{1,20}behind|got\\s{1,20}rid\\s{1,20}of|emerged\\s{1,20}from)\\s{1,20}(?:(?:its|the|their|an?)\\s{1,20})?(?:[\\w’']+\\s{1,20}){0,2}?${Q}${G}${Q}${NOUN}` +
    `|\\b(?:being|been)\\s{1,20}previously\\s{1,20}(?:(?:rated|judged)\\s{1,20})?(?:as\\s{1,20})?${Q}${G}`,
  'gi',
);

/** "received ‘Good’ in all areas", "saw every category rated as 'requiring improvement to be good'" */
const ALL_AREAS = new RegExp(
  `\\b(?:received|achieved|awarded|rated|judged|graded)\\s{1,20}(?:as\\s{1,20})?${Q}${G}${Q}\\s{1,20}(?:in|across|for)\\s{1,20}(?:all|every)\\s{1,20}(?:areas?|judge?ments?|categor(?:y|ies))` +
    `|\\b(?:every|each|all)\\s{1,20}(?:of\\s{1,20}the\\s{1,20})?(?:categor(?:y|ies)|areas?|judge?ments?)\\s{1,20}(?:(?:was|were)\\s{1,20})?(?:rated|judged|graded)\\s{1,20}(?:as\\s{1,20})?${Q}${G}`,
  'gi',
);

/** "received a rating of adequate for safeguarding", "an overall rating of good"; "still “requires improvement”" */
const RATING_OF = new RegExp(
  `\\b(?:an?|the|its|their)\\s{1,20}(?:overall\\s{1,20})?(?:(?:inspection|Ofsted)\\s{1,20})?(?:rating|judge?ment|grade)\\s{1,20}of\\s{1,20}${Q}${G}${Q}(?:\\s{1,20}for\\s{1,20}([^.;:,\\n\\t]{3,80}))?` +
    `|\\b((?:children[’']?s\\s{1,20})?services?\\b[^.;\\n"“]{0,60}?)\\s{1,20}(?:still|now)\\s{1,20}${Q}${G}`,
  'gi',
);

/** "the adoption performance to be rated as outstanding", "the only local authority in the region to be judged outstanding" */
const TO_BE_RATED = new RegExp(
  `\\b((?:the|its)\\s{1,20}[^.;,\\n]{3,80}?)\\s{1,20}to\\s{1,20}be\\s{1,20}(?:rated|judged|graded)\\s{1,20}(?:as\\s{1,20})?${Q}${G}`,
  'gi',
);

/** "the grades for our overall capacity to improve and our overall effectiveness were both 2 (adequate)" */
const GRADES_FOR_NUMBER = new RegExp(
  `\\bgrades?\\s{1,20}for\\s{1,20}([^.;\\n\\t]{3,160}?)\\s{1,20}(?:was|were|is|are)(?:\\s{1,20}both)?\\s{1,20}(?:grade\\s{1,20})?[1-4]\\s{0,20}\\(\\s{0,20}${G}\\s{0,20}\\)`,
  'gi',
);

const BY_OTHERS = /^\s{1,20}by\s{1,20}(?!Ofsted|inspectors|HMI|the\s{1,20}(?:inspectorate|regulator|watchdog)|(?:19|20)\d\d)/i;

function scan(id: string, re: RegExp, make: (m: RegExpMatchArray) => Partial<RawJudgement> | null) {
  return (text: string): RawJudgement[] => {
    const out: RawJudgement[] = [];
    for (const m of matchesNearGrades(text, re, AREA_REACH)) {
      const made = make(m);
      const end = m.index + m[0].length + closingQuote(text, m.index + m[0].length);
      // "The council wants X to be judged outstanding": the aim may sit inside the match, before its grade.
      // "a rating of good by parents": a grade someone other than an inspectorate gives.
      if (!made || aimOrCount(text, m.index) || aimOrCount(text, end) || BY_OTHERS.test(text.slice(end, end + 40))) continue;
      out.push({ ruleId: id, area: 'overall', grade: '', start: m.index, end, prose: true, ...made });
    }
    return out;
  };
}

const grade = (m: RegExpMatchArray, ...groups: number[]) => normaliseGrade(groups.map((g) => m[g]).find(Boolean)!);

const rule = (id: string, note: string, find: JudgementRule['find'], match: string[], miss: string[]): JudgementRule => ({
  id,
  note,
  source: 'Council papers, minutes, press releases and news items about an inspection',
  find,
  examples: { match, miss },
});

export const newsChangeRules: JudgementRule[] = [
  rule(
    'grade-from-to',
    'A change of grade: the grade left behind is earlier, the new one is not',
    findFromTo,
    [
      'upgraded from inadequate (in 2016) to ‘requires improvement to be good’',
      "They have upgraded the department's rating from the 'inadequate' awarded in 2013 and 2015, to 'requires improvement'.",
    ],
    ['moved from good practice to better practice'],
  ),
  rule(
    'grade-left-behind',
    'A grade the authority has left: "moves out of ‘inadequate’"',
    // Unquoted and without "rating" ("removed the good ones") it is no grade.
    scan('grade-left-behind', LEFT_BEHIND, (m) =>
      /["'‘’“”]|rating|judge?ment|grade|status|label|previously/i.test(m[0])
        ? { grade: grade(m, 1, 2), inspection: 'previous' }
        : null,
    ),
    [
      "Council moves out of 'inadequate'",
      'Inspectors have removed a council\'s "inadequate" rating',
      'after being previously requiring improvement',
    ],
    ['removed the good ones'],
  ),
  rule(
    'grade-in-all-areas',
    'One grade for every area: "received ‘Good’ in all areas"',
    scan('grade-in-all-areas', ALL_AREAS, (m) => ({ grade: grade(m, 1, 2), area: 'all areas', allAreas: true })),
    ['The local authority received ‘Good’ in all areas.', "saw every category rated as 'requiring improvement to be good'"],
    ['all areas were good examples'],
  ),
  rule(
    'rating-of-grade',
    '"a rating of adequate for safeguarding"; "services … still “requires improvement”"',
    scan('rating-of-grade', RATING_OF, (m) => {
      // "the service still …": the whole service, its overall grade.
      const area = (m[2] ?? m[3] ?? 'overall').trim().replace(/^service$/i, 'overall');
      // "still": the grade stands now, whatever earlier inspection the sentence names.
      return area === 'overall' || AREA_OK.test(area) ? { grade: grade(m, 1, 4), area, current: m[4] !== undefined } : null;
    }),
    [
      'Both councils received a rating of adequate for safeguarding.',
      'children\'s services at Leicester City Council still "requires improvement"',
      'for overall effectiveness, the service still ‘requires improvement to be good.’',
    ],
    ['a rating of good for the weather', 'a rating of good by parents'],
  ),
  rule(
    'to-be-rated',
    '"the adoption performance to be rated as outstanding"',
    scan('to-be-rated', TO_BE_RATED, (m) => {
      const area = m[1]!.trim();
      return AREA_OK.test(area) || /\bonly\b.*\b(?:authority|council)\b/i.test(area)
        ? { grade: grade(m, 2), area: AREA_OK.test(area) ? area : 'overall' }
        : null;
    }),
    [
      'For the adoption performance to be rated as outstanding is impressive.',
      'the only local authority in the region to be judged outstanding at that time',
    ],
    ['the weather to be rated as good', 'The council wants leadership and management to be judged outstanding.'],
  ),
  rule(
    'grades-for-number',
    'APA letters restated: "the grades for … were both 2 (adequate)"',
    scanArea('grades-for-number', GRADES_FOR_NUMBER, [1], [2]),
    ['the grades for our overall capacity to improve and our overall effectiveness were both 2 (adequate)'],
    ['the grades for pupils were 2 (good)'],
  ),
];
