// "Improvement was required for care leavers", "In terms of care leavers it was found that improvement
// was needed": the grade requires improvement written as a need, in papers and minutes. The area must
// be named right before or after the need, as the framework names it (a part of practice, "the
// timeliness of assessments for care leavers", is no area); "all three categories" grades every area.
import { areaKeyOf, type AreaKey } from './areas';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { scan } from './judgement-scanners';
import { rule } from './news-shared';

const NEED = /improvement\s+(?:was|were|had\s+been)\s+(?:required|needed)\b/gi;
// The area after the need: "for …" or "in …", up to the clause end.
const AREA_AFTER = /^\s+(?:for|in)\s+([^.;:,\n]{3,160})/i;
// The area before it, opening the clause: "In terms of care leavers(,) it was found that …", "For care leavers, inspectors judged that …".
const AREA_BEFORE =
  /(?:^|[.;:\n]\s*|,\s+)(?:in\s+terms\s+of|for|as\s+for|regarding|with\s+regard\s+to)\s+([^.;:,\n]{3,100}?),?\s+(?:(?:it\s+was|inspectors|Ofsted|they)\s+(?:found|judged|felt|concluded|said|reported)\s+(?:that\s+)?)?$/i;
// A framework area opens the phrase: who or which service, not a part of practice.
const AREA_HEAD =
  /^(?:the\s+)?(?:(?:experiences?|progress)\s+(?:and\s+progress\s+)?of\s+|impact\s+of\s+)?(?:children|care\s+leavers|care[- ]experienced|young\s+people|adoption|leaders|leadership|looked[- ]after|services\s+for|help\s+and\s+protection)/i;
const EVERY_AREA = /^all\s+(?:three|four|five|the)\s+(?:categories|areas|judgements)\b/i;

function keyOf(area: string): AreaKey {
  return /care[- ]experienced|leaving\s+care/i.test(area) ? 'care_leavers' : areaKeyOf(area);
}

function findImprovementNeeded(text: string): RawJudgement[] {
  return scan(
    text,
    NEED,
    (m) => {
      const end = m.index + m[0].length;
      const after = AREA_AFTER.exec(text.slice(end, end + 170));
      const area = after?.[1]!.trim();
      const base = { ruleId: 'improvement-needed', grade: 'requires improvement', prose: true, gradeAt: { start: m.index, end } };
      if (area && EVERY_AREA.test(area))
        return { ...base, area: 'overall', allAreas: true, start: m.index, end: end + after![0].length };
      if (area && AREA_HEAD.test(area))
        return { ...base, area, areaKey: keyOf(area), start: m.index, end: end + after![0].trimEnd().length };
      const before = AREA_BEFORE.exec(text.slice(Math.max(0, m.index - 180), m.index));
      const named = before?.[1]!.trim();
      if (!named || !AREA_HEAD.test(named)) return null;
      const start = m.index - before![0].length + before![0].indexOf(before![1]!);
      return { ...base, area: named, areaKey: keyOf(named), start, end };
    },
    'improvement',
  );
}

export const improvementNeededRules: JudgementRule[] = [
  rule(
    'improvement-needed',
    'Requires improvement written as a need ("improvement was required for care leavers"), the area named beside it (papers only)',
    findImprovementNeeded,
    {
      match: [
        'Officers were aware improvement was required for the experiences of care leavers.',
        'In terms of care leavers it was found that improvement was required.',
        'Inspectors found improvement was needed in all three categories.',
      ],
      miss: [
        'The report highlighted areas where improvement was needed.',
        'Improvement was needed in the timeliness of assessments for care leavers.',
        'Members agreed that improvement was needed in the council’s communications.',
      ],
    },
  ),
];
