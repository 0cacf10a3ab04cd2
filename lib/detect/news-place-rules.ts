// News wording that names the councils after their grade, or dates a grade in a list item:
// "praises good-rated Gateshead and Bromley", "‘inadequate’ Surrey, Newham and Medway", "‘good’
// authorities Bromley and Gateshead", "Surrey council, rated inadequate in 2018,", "Ofsted full
// inspection February 2022 – BCP found inadequate", "three good assessments in four categories: …".
// Read only outside Ofsted's own reports (registered with the news area rules).
import { areaKeyOf } from './areas';
import { normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { AREA_OK, G_ANY_CASE, Q, QQ, QUOTE_LED, aimOrCount, rule } from './news-shared';
import { matchesLedByGrades } from './grade-led-matches';

// A place name: capitalised words, not a sentence's first word or a common noun of council papers.
const STOP =
  '(?!(?:Ofsted|The|This|That|These|It|In|On|At|For|And|But|With|Children|Young|Council|Cabinet|Committee|Members?|Councillors?|Leaders?|Officers?|Inspectors?|Director|Chair|Report|Rating|Judge?ment|Services?|Social|Local|Overall)\\b)';
const PLACE = `${STOP}[A-Z][a-z’']+(?:[ -]${STOP}[A-Z][a-z’']+){0,2}`;
const PLACES = `(${PLACE}(?:,\\s${PLACE}){0,8}(?:,?\\sand\\s${PLACE})?)`;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';
const DATE = `((?:${MONTH}\\s)?(?:19|20)\\d\\d)`;

/** "good-rated Gateshead and Bromley", "‘inadequate’ Surrey, Newham and Medway", "‘good’ authorities Bromley and Gateshead" */
const GRADE_BEFORE_PLACES = new RegExp(
  `(?:\\b([Gg]ood|[Oo]utstanding|[Ii]nadequate)-rated|${QQ}${G_ANY_CASE}${QQ})\\s(?:(?:local\\s)?(?:authorities|councils)\\s)?${PLACES}(?![\\w’'-])`,
  'g',
);
/** "Surrey council, rated inadequate in 2018," */
const PLACE_COUNCIL_RATED = new RegExp(
  `\\b(${PLACE})\\s(?:council|Council|County\\sCouncil|City\\sCouncil|Borough\\sCouncil),\\s(?:which\\s(?:was|is)\\s)?(?:rated|judged|found)\\s(?:as\\s|to\\sbe\\s)?${Q}${G_ANY_CASE}${Q}(?:\\sin\\s${DATE})?`,
  'g',
);
/** "Ofsted full inspection February 2022 – BCP found inadequate" */
const INSPECTION_DATE_FOUND = new RegExp(
  `\\binspection\\s${DATE}\\s[–—-]\\s([A-Z][\\w ,’'()]{0,60}?)\\s(?:was\\s)?(?:found|rated|judged)\\s(?:to\\sbe\\s|as\\s)?${Q}${G_ANY_CASE}`,
  'g',
);
/** "The report gives three good assessments in four categories: A, B and C" */
const GRADES_IN_CATEGORIES = new RegExp(
  `\\b(?:gives?|gave|received|awarded)\\s(?:\\w+\\s)?${Q}${G_ANY_CASE}${Q}\\s(?:assessments|judge?ments|ratings|grades)\\sin\\s(?:\\w+\\s)?(?:categories|areas):\\s([^.\\n]{3,240})`,
  'g',
);

/** "The seven judged “inadequate” in this latest report are: Birmingham; Buckinghamshire and Slough" */
const GRADED_ARE = new RegExp(
  `\\bThe\\s(?:\\w+\\s)?(?:(?:councils|authorities)\\s)?(?:judged|rated|graded|found)\\s(?:as\\s|to\\sbe\\s)?${Q}${G_ANY_CASE}${Q}[^.:\\n]{0,60}?\\s(?:are|were):\\s(${PLACE}(?:[;,]?\\s(?:and\\s)?${PLACE}){0,12})`,
  'g',
);

/** A headline: "Ofsted publishes Children's Services ratings: CWaC Council POOR!" (APA 2008–11; POOR is "performs poorly") */
const CAPS_HEADLINE = new RegExp(
  `\\b(${PLACE}|[A-Z][A-Za-z&]{1,10})\\s(?:Council|COUNCIL)\\s(OUTSTANDING|EXCELLENT|GOOD|ADEQUATE|INADEQUATE|POOR)(?=[!.,;:]|[ \\t]*(?:\\n|$))`,
  'g',
);
const capsGrade = (word: string) => (word === 'POOR' ? 'performs poorly' : word === 'EXCELLENT' ? 'performs excellently' : word);

const push = (out: RawJudgement[], id: string, m: RegExpMatchArray, area: string, grade: string, inspection?: string) =>
  out.push({
    ruleId: id,
    area,
    areaKey: AREA_OK.test(area) ? areaKeyOf(area) : 'overall',
    grade: normaliseGrade(grade),
    start: m.index!,
    end: m.index! + m[0].length,
    prose: true,
    ...(inspection ? { inspection } : {}),
  });

/** `lead`: the pattern opens with its grade, a match starting at most that far before it (grade-led-matches.ts). */
function scan(id: string, re: RegExp, read: (m: RegExpMatchArray) => [string, string, string?], lead?: number) {
  return (text: string): RawJudgement[] => {
    const out: RawJudgement[] = [];
    for (const m of lead === undefined ? text.matchAll(re) : matchesLedByGrades(text, re, lead)) {
      if (aimOrCount(text, m.index)) continue;
      const [area, grade, inspection] = read(m);
      push(out, id, m, area, grade, inspection);
    }
    return out;
  };
}

export const newsPlaceRules: JudgementRule[] = [
  rule(
    'grade-before-places',
    'A grade as the adjective of named councils: "good-rated Gateshead and Bromley"',
    scan('grade-before-places', GRADE_BEFORE_PLACES, (m) => [m[3]!, m[1] ?? m[2]!], QUOTE_LED),
    {
      match: ['praises good-rated Gateshead and Bromley', 'progress at ‘inadequate’ Surrey, Newham and Medway'],
      miss: ['two good-rated councils', '‘Inadequate’ councils make progress', 'a ‘Good’ Ofsted rating', '“good”. Members noted'],
    },
  ),
  rule(
    'place-council-rated',
    'An appositive: "Surrey council, rated inadequate in 2018,"',
    scan('place-council-rated', PLACE_COUNCIL_RATED, (m) => [m[1]!, m[2]!, m[3]]),
    {
      match: ['Ofsted commended Surrey council, rated inadequate in 2018, for its work'],
      miss: ['the council, rated by parents'],
    },
  ),
  rule(
    'inspection-date-found',
    'A dated list item: "Ofsted full inspection February 2022 – BCP found inadequate"',
    scan('inspection-date-found', INSPECTION_DATE_FOUND, (m) => ['overall', m[3]!, m[1]!]),
    { match: ['Ofsted full inspection February 2022 – BCP found inadequate'], miss: ['inspection 2022 – no grade'] },
  ),
  rule(
    'graded-are-places',
    'A grade, then the councils that have it: "The seven judged “inadequate” … are: A; B and C"',
    scan('graded-are-places', GRADED_ARE, (m) => [m[2]!, m[1]!]),
    {
      match: ['The seven judged “inadequate” in this latest report are: Birmingham; Slough'],
      miss: ['The seven judged good are: the best'],
    },
  ),
  rule(
    'caps-headline',
    'A headline with the grade in capitals after the council',
    scan('caps-headline', CAPS_HEADLINE, (m) => ['overall', capsGrade(m[2]!)]),
    {
      match: ['Children’s Services ratings: CWaC Council POOR!'],
      miss: ['Anyshire Council GOOD NEWS', 'Anyshire Council AGENDA'],
    },
  ),
  rule(
    'grades-in-categories',
    'One grade for the areas listed after "in four categories:"',
    scan('grades-in-categories', GRADES_IN_CATEGORIES, (m) => [m[2]!.trim(), m[1]!]),
    {
      match: ['The report gives three good assessments in four categories: the impact of leaders and overall effectiveness.'],
      miss: ['Pupils gave good assessments in many subjects'],
    },
  ),
];
