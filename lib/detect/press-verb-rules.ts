// Press and committee verb frames around a grade: "our teams have secured an outstanding judgement",
// "the inspection in 2016 returned an inadequate judgement", "having been judged to be inadequate the
// council …", "“Being judged outstanding puts us …”", "improvements which have seen them judged as
// ‘adequate’", "inspectors recognised the support for care leavers as ‘outstanding’". Read only
// outside Ofsted's own reports, like the other news rules (news-area-rules.ts lists them).
import { AREA_REACH, matchesNearGrades, type Reach } from './anchor-index';
import { gradeAfterWord } from './anchor-filters';
import { areaKeyOf } from './areas';
import { normaliseGrade } from './grades';
import { closingQuote } from './grade-from-to';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { AREA_OK, G, Q, aimOrCount, otherProvider, rule } from './news-shared';

const S = '\\s{1,20}';
const JUDGED = `(?:judged|rated|graded|found|assessed)`;

// After a participle clause its subject follows: "Having been judged good by parents, the nursery grew".
const SUBJECT_AFTER = /^[^.;!?\n]{0,60}/;

/**
 * "secured an outstanding judgement", "was handed a good grade", "returned an inadequate judgement":
 * a verb of receiving or giving, then a singular grade noun; the grade may be unquoted and in lower
 * case, which "good judgement" alone never may. Groups: 1 the grade.
 */
const VERB_FRAME = new RegExp(
  `\\b(?:secured|received|given|awarded|achieved|retained|returned|gained|earned|won|handed|obtained|kept)` +
    `(?:${S}(?:(?:the|an?)${S}(?:[\\w’'-]+${S}){0,4}?)?(?:council|authority|department|service|services|trust|it|them|us))?${S}(?:an?|the|its|their|our)${S}(?:overall${S})?${Q}${G}${Q}${S}(?:overall${S})?(?:Ofsted${S})?(?:rating|grading|judge?ment|grade|verdict)\\b(?!s)`,
  'gi',
);

/** "having been judged to be inadequate the council", "Being rated outstanding puts us …" (not "would"). Groups: 1, 2 grade. */
const PARTICIPLE = new RegExp(
  `\\bhaving${S}been${S}${JUDGED}${S}(?:to${S}be${S}|as${S})?${Q}${G}` +
    `|(?:^|(?<=[.!?]["'”’]?\\s{1,20}|["“‘]))Being${S}${JUDGED}${S}(?:to${S}be${S}|as${S})?${Q}${G}${Q}(?!${S}(?:would|could|might|will|is${S}(?:the|our|an?)${S}(?:aim|goal|target|ambition))\\b)`,
  'gim',
);

/** "which have seen them judged as ‘adequate’", "changes that saw the service rated good": a past perception verb. Groups: 1 grade. */
const SEEN_JUDGED = new RegExp(
  `\\b(?:saw|seen)${S}(?:it|them|the${S}(?:council|authority|service|services|department))${S}(?:being${S})?${JUDGED}${S}(?:to${S}be${S}|as${S})?${Q}${G}`,
  'gi',
);

/** "recognised the support for young people leaving care as ‘outstanding’": a quoted grade only. Groups: 1 area, 2 grade. */
const RECOGNISED_AS = new RegExp(
  `\\b(?:recognised|recognized|singled${S}out|identified)${S}((?:the|its|their)${S}[^.;:\\n\\t"“‘]{3,140}?)${S}as${S}["'‘“]${G}["'’”]`,
  'gi',
);

// The words each frame's grade follows (anchor-filters.ts): only those grade words are read around.
const after = (words: string[]): Reach => ({ ...AREA_REACH, keep: gradeAfterWord(words) });
const PARTICIPLE_ENDS = ['judged', 'rated', 'graded', 'found', 'assessed', 'be', 'as'];
const REACH = new Map<RegExp, Reach>([
  [VERB_FRAME, after(['a', 'an', 'the', 'its', 'their', 'our', 'overall'])],
  [PARTICIPLE, after(PARTICIPLE_ENDS)],
  [SEEN_JUDGED, after(PARTICIPLE_ENDS)],
  [RECOGNISED_AS, after(['as'])],
]);

/**
 * Runs one frame: aims, counts and other providers (before the grade, and for a participle in the
 * clause after it) skipped; area "overall" unless the frame names one (`areaGroup`).
 */
function frame(id: string, re: RegExp, areaGroup = 0, subjectAfter = false) {
  return (text: string): RawJudgement[] => {
    const out: RawJudgement[] = [];
    for (const m of matchesNearGrades(text, re, REACH.get(re) ?? AREA_REACH)) {
      const at = m.index + m[0].length;
      const clauseEnd = at + (subjectAfter ? SUBJECT_AFTER.exec(text.slice(at, at + 60))![0].length : 0);
      if (aimOrCount(text, m.index) || otherProvider(text, clauseEnd)) continue;
      const area = areaGroup ? m[areaGroup]!.replace(/\s+/g, ' ').trim() : 'overall';
      if (area !== 'overall' && !AREA_OK.test(area)) continue;
      const grade = m.slice(1).filter(Boolean).pop()!;
      const end = m.index + m[0].length + closingQuote(text, m.index + m[0].length);
      out.push({ ruleId: id, area, areaKey: areaKeyOf(area), grade: normaliseGrade(grade), start: m.index, end, prose: true });
    }
    return out;
  };
}

export const pressVerbRules: JudgementRule[] = [
  rule(
    'received-grade-noun',
    'A verb of receiving or giving, then a grade as a noun: "secured an outstanding judgement"',
    frame('received-grade-noun', VERB_FRAME),
    {
      match: [
        'our teams have secured an outstanding judgement from Ofsted',
        'The council was handed a good grade by inspectors.',
        'The full inspection in May 2016 returned a ‘Requires Improvement’ judgement.',
        'Ofsted has awarded a local authority children’s services department an outstanding judgment',
      ],
      miss: [
        'Staff have shown good judgement.',
        'aims to secure a good judgement',
        'The school received an outstanding grade.',
        'secured good grades',
      ],
    },
  ),
  rule(
    'participle-judged',
    'A participle clause: "having been judged to be inadequate the council", "Being judged outstanding puts us …"',
    frame('participle-judged', PARTICIPLE, 0, true),
    {
      match: [
        'having been judged to be inadequate the council would receive a notice',
        '“Being judged outstanding puts us in the top councils.”',
      ],
      miss: [
        'Being judged good would be a result.',
        'Having been judged good by parents, the nursery grew.',
        'being judged on outcomes',
      ],
    },
  ),
  rule(
    'seen-judged',
    'A past perception verb: "improvements which have seen them judged as ‘adequate’"',
    frame('seen-judged', SEEN_JUDGED),
    {
      match: [
        'improvements which have seen them judged as "adequate" by inspectors',
        'changes that saw the service rated good',
        'the inspection in July 2023, which saw the services being graded ‘good’ overall',
      ],
      miss: ['we want to see the service judged as good', 'parents have seen the school rated good'],
    },
  ),
  rule(
    'recognised-as',
    'A quoted grade for a named area: "recognised the support for care leavers as ‘outstanding’"',
    frame('recognised-as', RECOGNISED_AS, 1),
    {
      match: ['inspectors recognised the support for young people leaving care as ‘outstanding’'],
      miss: ['inspectors recognised the support for care leavers as good', 'recognised the new reception as ‘outstanding’'],
    },
  ),
];
