// Ofsted school reports: the cover table's grades of each era, the "previous inspection" grade kept
// as an earlier judgement, and the 2025 report cards' five-point scale and safeguarding.
import type { JudgementMention } from '../model/findings';
import { normaliseGrade, rankGrade } from './grades';
import { detectUngradedOutcome } from './school-ungraded';

/** School judgement keys (they never share a row with children's services areas). */
export const SCHOOL_AREAS: Array<[key: string, pattern: RegExp]> = [
  ['school_overall', /^(?:Overall effectiveness(?:: how good is the school\??)?|Full inspection result|Overall (?:judgement|grade|rating))/i],
  // 2009–12 judgements table: capacity is a judgement of its own (other, as for children's services).
  ['school_other', /^The school['’]s capacity for sustained improvement/i],
  ['school_outcomes', /^Pupils['’] achievement and the extent to which they enjoy their learning/i],
  ['school_leadership', /^(?:Effectiveness of )?leadership and (?:management|governance)/i],
  ['school_teaching', /^(?:The )?quality of (?:education|teaching(?:, learning and assessment)?)|^Curriculum and teaching/i],
  ['school_behaviour', /^(?:Personal development, )?behaviour(?: and (?:safety of pupils|attitudes|welfare))?|^Attendance and behaviour/i],
  ['school_personal_development', /^Personal development(?: and well-?being)?/i],
  ['school_outcomes', /^(?:Achievement(?: of pupils)?|Outcomes for (?:pupils|children and learners))/i],
  ['school_early_years', /^Early years(?: provision)?/i],
  ['school_sixth_form', /^(?:Sixth[- ]form provision|16 to 19 study programmes|Sixth form)/i],
  ['school_inclusion', /^Inclusion/i],
];

// Four-point words (Satisfactory until August 2012), and the 2025 report cards' five-point scale.
const FOUR = 'Outstanding|Good|Satisfactory|Requires\\s+improvement|Inadequate';
const FIVE = 'Exceptional|Strong\\s+standard|Expected\\s+standard|Needs\\s+attention|Urgent\\s+improvement';
const AREA_WORDS =
  'Overall effectiveness(?:: how good is the school\\??)?|Full inspection result|Overall (?:judgement|grade|rating)|(?:Effectiveness of )?[Ll]eadership and (?:management|governance)|(?:The )?[Qq]uality of (?:education|teaching(?:, learning and assessment)?)|Curriculum and teaching|Personal development, behaviour and welfare|Behaviour and (?:safety of pupils|attitudes)|Attendance and behaviour|Personal development(?: and well-?being)?|Achievement(?: of pupils)?|Outcomes for (?:pupils|children and learners)|Early years(?: provision)?|Sixth[- ]form provision|Sixth form|16 to 19 study programmes|Inclusion';
// A cover cell's grade follows its label on the same line or the next (PDF text), or, on a web
// page that gives each line of the report a paragraph of its own, after a blank line; there the
// grade must be the whole paragraph ("Good", then "2"), so a paragraph that merely begins with a
// grade word ("Good teaching is seen…") under a heading is never read as a grade.
const NEXT_LINE = '[ \\t:]*(?:\\n[ \\t]*)?';
const NEXT_PARAGRAPH = '[ \\t:]*\\n[ \\t]*\\n[ \\t]*';
const WHOLE_PARAGRAPH = '(?=[ \\t]*(?:\\n|$))';
const cell = (label: string, grades: string, between = '') =>
  `${label}(?:${NEXT_LINE}${between}(${grades})|${NEXT_PARAGRAPH}(${grades})${WHOLE_PARAGRAPH})\\b(?:\\s*[1-4]\\b)?`;
// "Leadership and management Requires improvement 3", "Overall effectiveness\tGood", with an
// optional "This inspection:" between (2012–15 covers). Grade words only, each bounded: linear.
const COVER_ROW = new RegExp(cell(`\\b(${AREA_WORDS})`, `${FOUR}|${FIVE}`, '(?:This inspection:?\\s*)?'), 'g');
// "Previous inspection: Requires improvement 3", "Overall effectiveness at previous inspection Good",
// "Previous inspection grade Good": the earlier inspection's grade, never this one's.
const PREVIOUS = new RegExp(cell('\\b(?:Overall effectiveness at previous inspection|Previous inspection(?: grade)?):?', FOUR), 'gi');
const THIS_INSPECTION = new RegExp(cell('\\bThis inspection:?', FOUR), 'gi');
/** The grade of a cell match: on the next line, or in the next paragraph. */
const gradeOf = (m: RegExpExecArray, first: number) => (m[first] ?? m[first + 1])!;
// 2009–12 reports grade by number under the key "Inspection grades: 1 is outstanding, 2 is good,
// 3 is satisfactory, and 4 is inadequate"; only with that key is a number a grade.
const NUMBER_KEY = /\bInspection grades:?\s*1 is outstanding,\s*2 is good,\s*3 is satisfactory,?\s*and 4 is inadequate/i;
const NUMBER_ROW = /^[ \t]*(Overall effectiveness(?:: how good is the school\??)?|The school['’]s capacity for sustained improvement|Pupils['’] achievement and the extent to which they enjoy their learning|The (?:quality|effectiveness) of [^\n\d]{4,80}?)[ \t]+([1-4])[ \t]*$/gm;
const NUMBER_WORD = ['', 'outstanding', 'good', 'satisfactory', 'inadequate'];
const CATEGORY = /\b(?:requires special measures|has serious weaknesses|serious weaknesses|notice to improve)\b/i;
// "Safeguarding Met" (a table cell) or, on report cards as printed, "Safeguarding standards met".
const SAFEGUARDING = /\bSafeguarding(?:\s+standards)?[ \t:]*(?:\n[ \t]*)?([Mm]et|[Nn]ot met)\b/g;

const FIVE_RANK: Record<string, number> = { exceptional: 1, 'strong standard': 2, 'expected standard': 3, 'needs attention': 4, 'urgent improvement': 5 };

function keyOf(area: string): string {
  const words = area.trim().replace(/^The\s+(?=effectiveness of)/i, '');
  return SCHOOL_AREAS.find(([, p]) => p.test(words))?.[0] ?? 'school_other';
}

function mention(ruleId: string, area: string, grade: string, inspection: string | null, m: RegExpExecArray): JudgementMention {
  const g = normaliseGrade(grade);
  return {
    ruleId,
    area: area.replace(/\s+/g, ' '),
    areaKey: keyOf(area) as JudgementMention['areaKey'],
    grade: g,
    rank: FIVE_RANK[g] ?? rankGrade(g),
    inspection,
    quote: m[0].replace(/\s+/g, ' '),
    start: m.index,
    end: m.index + m[0].length,
  };
}

/**
 * A school report's judgements from its cover (the first 6,000 characters): each area's grade
 * (2005–24 four-point words, 2025 report-card words with rank 1 exceptional … 5 urgent
 * improvement), the previous inspection's grade as an earlier judgement ("previous"), and
 * safeguarding met / not met (rank null). One judgement per area: the first. Source: Ofsted
 * school report covers 2012–15 ("Previous inspection: / This inspection:"), 2015–19 ("Overall
 * effectiveness at previous inspection"), 2019–24 ("Previous inspection grade"), and report cards.
 */
export function detectSchoolGrades(text: string): JudgementMention[] {
  const cover = text.slice(0, 6000);
  const out: JudgementMention[] = [];
  const seen = new Set<string>();
  const previous: Array<{ start: number; end: number }> = [];
  for (const m of cover.matchAll(PREVIOUS)) {
    out.push(mention('school-previous', 'Overall effectiveness', gradeOf(m, 1), 'previous', m));
    previous.push({ start: m.index, end: m.index + m[0].length });
  }
  // 2012–15: "Overall effectiveness Previous inspection: Good 2 This inspection: Requires improvement 3".
  for (const m of cover.matchAll(THIS_INSPECTION)) {
    seen.add('school_overall');
    out.push(mention('school-this-inspection', 'Overall effectiveness', gradeOf(m, 1), null, m));
    break;
  }
  for (const m of cover.matchAll(COVER_ROW)) {
    const key = keyOf(m[1]!);
    // "Overall effectiveness Previous inspection: Requires improvement 3 This inspection: …": the
    // area is followed by the previous grade, so its own grade is the one after "This inspection:".
    if (previous.some((p) => m.index < p.end && p.start < m.index + m[0].length && !/This inspection/i.test(m[0]))) continue;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(mention('school-cover', m[1]!, gradeOf(m, 2), null, m));
  }
  if (NUMBER_KEY.test(cover)) {
    for (const m of cover.matchAll(NUMBER_ROW)) {
      const key = keyOf(m[1]!);
      if (seen.has(key) && key !== 'school_other') continue;
      seen.add(key);
      out.push(mention('school-number-row', m[1]!, NUMBER_WORD[Number(m[2])]!, null, m));
    }
  }
  for (const m of cover.matchAll(SAFEGUARDING)) {
    out.push({ ...mention('school-safeguarding', 'Safeguarding', m[1]!.toLowerCase(), null, m), areaKey: 'school_safeguarding', rank: null });
    break;
  }
  // No cover grade: an ungraded inspection's letter states the standing grade it confirms.
  if (!seen.has('school_overall') && !previous.length) out.push(...detectUngradedOutcome(text));
  const category = CATEGORY.exec(text.slice(0, 12000));
  if (category) {
    const grade = /special/i.test(category[0]) ? 'special measures' : /notice/i.test(category[0]) ? 'notice to improve' : 'serious weaknesses';
    out.push({ ...mention('school-category', 'Category of concern', grade, null, category), areaKey: 'school_category', rank: null });
  }
  return out.sort((a, b) => a.start - b.start);
}
