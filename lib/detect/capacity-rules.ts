// The capacity judgement of 2009–12 (safeguarding and looked after children inspections, annual
// assessments) written grade first in papers and news: "judged good, with outstanding capacity to
// improve", "the council has adequate capacity for improvement", "showed ‘good’ capacity to improve".
// The grade is the capacity's (area "capacity to improve", key other as areas.ts reads it), not the
// service's. Read only outside Ofsted's own reports (their tables grade capacity by name).
import { matchesNearGrades, SENTENCE_REACH } from './anchor-index';
import { normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { G, Q, aimOrCount, rule } from './news-shared';

// What stands before the grade: "with", a possessive, a verb of having or showing, or an article.
// Groups: 1 the grade, 2 the capacity's wording.
const GRADE_CAPACITY = new RegExp(
  `\\b(?:with|has|have|had|having|shows?|showed|shown|demonstrat(?:es|ed|ing)|its|their|our|an?)\\s+(?:(?:an?|the|its|their|our)\\s+)?${Q}${G}${Q}\\s+(capacity\\s+(?:for|to)\\s+improve(?:ment)?)\\b`,
  'gi',
);

function findGradeCapacity(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, GRADE_CAPACITY, SENTENCE_REACH)) {
    const grade = m[1]!;
    const gradeAt = m.index + m[0].indexOf(grade);
    // "to have good capacity to improve by next year": an aim, no grade given.
    if (aimOrCount(text, gradeAt)) continue;
    out.push({
      ruleId: 'grade-capacity',
      area: m[2]!.replace(/\s+/g, ' '),
      areaKey: 'other',
      grade: normaliseGrade(grade),
      start: gradeAt,
      end: m.index + m[0].length,
      gradeAt: { start: gradeAt, end: gradeAt + grade.length },
      prose: true,
    });
  }
  return out;
}

export const capacityRules: JudgementRule[] = [
  rule('grade-capacity', 'A grade written before "capacity to improve" (the 2009–12 capacity judgement)', findGradeCapacity, {
    match: [
      'Overall effectiveness was judged good, with outstanding capacity to improve.',
      'Ofsted said the council has adequate capacity for improvement.',
      'Inspectors found the service showed ‘good’ capacity to improve.',
    ],
    miss: ['The council has good plans to improve.', 'Leaders want to have good capacity to improve next year.'],
  }),
];
