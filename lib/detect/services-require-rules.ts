// "The services 'Require Improvement to be Good'", "they continue to 'require improvement to be
// good'": the scale's own phrase after "the services" or a pronoun, in papers and news. The phrase must
// be quoted, or written out in full with "to be good": "they require improvement in recording" is no grade.
import { matchesNearGrades, SENTENCE_REACH } from './anchor-index';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { aimOrCount, otherProvider, rule } from './news-shared';

// Groups: 1 opening quote, 2 the phrase, 3 "to be good".
const SERVICES_REQUIRE =
  /\b(?:the\s+services|they)\s+(?:(?:still|now|also|both|all)\s+|continue\s+to\s+)?(["'‘“])?(requires?\s+improvement(\s+to\s+be\s+good)?)(?=["'’”]|\s*[.,;:]|\s+(?:around|for|in\s+(?:all|both|each|every)|overall|and|but|the)\b)/gi;

function findServicesRequire(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, SERVICES_REQUIRE, SENTENCE_REACH)) {
    const quoted = m[1] !== undefined && /["'’”]/.test(text[m.index + m[0].length] ?? '');
    if ((!quoted && !m[3]) || aimOrCount(text, m.index) || otherProvider(text, m.index)) continue;
    const gradeAt = m.index + m[0].length - m[2]!.length;
    out.push({
      ruleId: 'services-require',
      area: 'overall',
      grade: 'requires improvement',
      start: m.index,
      end: m.index + m[0].length + (quoted ? 1 : 0),
      gradeAt: { start: gradeAt, end: gradeAt + m[2]!.length },
      prose: true,
    });
  }
  return out;
}

export const servicesRequireRules: JudgementRule[] = [
  rule(
    'services-require',
    '"The services ‘Require Improvement to be Good’", "they continue to ‘require improvement to be good’" (papers only)',
    findServicesRequire,
    {
      match: [
        'whilst the services ‘Require Improvement to be Good’ the inspectors praised leadership',
        'overall, they continue to ‘require improvement to be good’.',
      ],
      miss: [
        'Staff said they require improvement in their case recording.',
        'The services require improvement in how they record visits.',
      ],
    },
  ),
];
