// News items and papers about one school's Ofsted report: the grades they retell belong to the
// school (school_* keys), never to the council's children's services.
import type { JudgementMention } from '../model/findings';
import { normaliseGrade, rankGrade } from './grades';
import { dateSchoolMentions } from './school-news-time';

const SCHOOL_SUBJECT = /\b(?:school|academy)\b/i;
const INSPECTION = /\bOfsted\b|\binspectors?\b/i;
// Openings about the council's own services, which the children's services rules read.
const OTHER_SUBJECT = /\bchildren['’]s\s+(?:social\s+care\s+)?services\b|\bILACS\b|\bSEND\b|\bsocial\s+care\b|\byouth\s+(?:justice|offending)\b|\bchildren['’]s\s+homes?\b|\blocal\s+authority\b|\blooked\s+after\b|\bchildren\s+in\s+care\b|\bprotection\s+plans?\b|\bfoster(?:ing)?\b/i;
const HEAD = 600;
// Many schools measured together ("% of schools rated good", "outcomes of Ofsted school inspections"): no one school's report.
const MANY_SCHOOLS =
  /%\s+of\s+(?:all\s+)?schools\b|\b(?:all|of|our|the)\s+schools\b|\bschools\s+(?:and\s+academies\s+)?(?:rated|judged|graded|inspected)\b|\bschool\s+inspections\b/i;

// School areas as reports and reporters name them, longest first (FRAMEWORKS.md §11.3).
const AREAS: Array<[key: JudgementMention['areaKey'], words: string]> = [
  ['school_behaviour', 'personal development,? behaviour and welfare|behaviour and (?:attitudes|safety(?: of pupils)?)|attendance and behaviour'],
  ['school_personal_development', 'personal development(?: and well-?being)?'],
  ['school_teaching', 'quality of (?:education|teaching(?:, learning and assessment)?)|curriculum and teaching'],
  ['school_leadership', '(?:effectiveness of )?leadership and (?:management|governance)|effectiveness of leadership'],
  ['school_outcomes', 'outcomes (?:for|of) pupils|achievement of pupils'],
  ['school_early_years', 'early years(?: provision| foundation stage)?'],
  ['school_sixth_form', 'sixth[- ]form(?: provision)?|16 to 19 study programmes'],
  ['school_overall', 'overall effectiveness|overall'],
];
const AREA = new RegExp(AREAS.map(([, w]) => `(${w})`).join('|'), 'gi');
const GRADE = /(outstanding|good|requir(?:es|e|ing) improvement|inadequate|satisfactory)\b/gi;
// A grade counts when quoted or after a rating verb: "rated … as ‘inadequate’", "was good", "all ‘require improvement’".
const QUOTE_BEFORE = /['‘’"“]\s*$/;
const VERB_BEFORE = /\b(?:rated|judged|graded|found to|was|were|is|are|as|be|been|being|all|also|remains?|it)\s+(?:be\s+)?['‘"“]?$/i;
const COUNT = /\b(?:\w+|\d+)\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?(?:four|five|six|seven|\d+)\b/i;
const OVERALL_CUE = /\b(?:school|academy|it|rated|rating|grade|judged|Ofsted)\b/i;
const CATEGORY = /\b(?:placed\s+(?:in|into|under)\s+special\s+measures|requires?\s+special\s+measures|(?:has|with)\s+serious\s+weaknesses|notice\s+to\s+improve)\b/i;
const SENTENCE = /[^.!?\n]+/g;
// A dash opens an aside ("rated ‘good’ - the second of four ratings"): its count is not the school's.
const CLAUSE_BREAK = /,\s*but\b|;|\bbut\b|\bhowever\b|\bdespite\b|\bwhile\b|\bwhilst\b|\balthough\b|\s[–—-]\s/gi;

/** Is this paper or news item about one school's inspection (its opening names a school and Ofsted, not council services)? */
export function isSchoolNews(text: string): boolean {
  const head = text.slice(0, HEAD);
  return SCHOOL_SUBJECT.test(head) && INSPECTION.test(head) && !OTHER_SUBJECT.test(head) && !MANY_SCHOOLS.test(head);
}

/** The one grade a clause states (quoted or after a rating verb), or null for none or several. */
function clauseGrade(clause: string): string | null {
  const grades = new Set<string>();
  for (const m of clause.matchAll(GRADE)) {
    const before = clause.slice(Math.max(0, m.index - 30), m.index);
    if (QUOTE_BEFORE.test(before) || VERB_BEFORE.test(before)) grades.add(normaliseGrade(m[1]!));
  }
  return grades.size === 1 ? [...grades][0]! : null;
}

function mention(area: string, areaKey: JudgementMention['areaKey'], grade: string, start: number, end: number, quote: string): JudgementMention {
  return { ruleId: 'school-news', area, areaKey, grade, rank: areaKey === 'school_category' ? null : rankGrade(grade), inspection: null, quote, start, end };
}

function clauseJudgements(clause: string, at: number): JudgementMention[] {
  const grade = COUNT.test(clause) ? null : clauseGrade(clause);
  if (!grade) return [];
  const quote = clause.replace(/\s+/g, ' ').trim();
  const areas = [...clause.matchAll(AREA)].map((m) => [AREAS[m.slice(1).findIndex(Boolean)]![0], m[0]] as const);
  if (areas.length === 0) return OVERALL_CUE.test(clause) ? [mention('Overall effectiveness', 'school_overall', grade, at, at + clause.length, quote)] : [];
  return areas.map(([key, words]) => mention(words, key, grade, at, at + clause.length, quote));
}

/**
 * The school judgements a news item or paper retells (first 6,000 characters): each clause that
 * states one grade gives it to every school area it names, or to the overall effectiveness when it
 * names none; counts of areas ("good in three out of five") give nothing; "placed into special
 * measures" is the category. Source: local news on Ofsted school reports, 2015–23.
 */
export function schoolNewsJudgements(text: string): JudgementMention[] {
  const head = text.slice(0, 6000);
  const out: JudgementMention[] = [];
  for (const s of head.matchAll(SENTENCE)) {
    let from = 0;
    for (const b of [...s[0].matchAll(CLAUSE_BREAK), null]) {
      const to = b ? b.index : s[0].length;
      out.push(...clauseJudgements(s[0].slice(from, to), s.index + from));
      if (b) from = b.index + b[0].length;
    }
    const category = CATEGORY.exec(s[0]);
    if (category) out.push(mention('Category of concern', 'school_category', /special/i.test(category[0]) ? 'special measures' : /notice/i.test(category[0]) ? 'notice to improve' : 'serious weaknesses', s.index + category.index, s.index + category.index + category[0].length, category[0]));
  }
  return dateSchoolMentions(out.sort((a, b) => a.start - b.start));
}
