// Grades of social care providers (children's homes, fostering and adoption agencies, SCCIF),
// youth justice services (HMI Probation) and adult social care (CQC local authority assessment).
// Each uses its own area keys, so none enters the children's services history.
import type { JudgementMention } from '../model/findings';
import { normaliseGrade, rankGrade } from './grades';

const FOUR = 'Outstanding|Good|Requires\\s+improvement(?:\\s+to\\s+be\\s+good)?|Inadequate';

interface GradeRule {
  key: JudgementMention['areaKey'];
  /** the area as written, then a separator, then the grade (group 2); one bounded gap: linear */
  pattern: RegExp;
}

const row = (area: string) => new RegExp(`\\b(${area})[ \\t]*[:–-]?[ \\t]*(?:\\n[ \\t]*)?(?:rating:?\\s*)?(${FOUR})\\b`, 'gi');
// SCCIF covers as pdf text gives them: the label wraps over lines and the grade cell's text lands at
// a line end inside it ("The overall experiences and\nprogress of children and\nOutstanding\nyoung
// people living in the\nhome are"). Each gap between the label's words may hold that one grade.
const GAP = `\\s+(?:(?:${FOUR})[ \\t]*\\n\\s*)?`;
const wrapped = (label: string) => new RegExp(`\\b(${label.replace(/ /g, GAP)})(?:[ \\t]*[:–-]?[ \\t]*(?:\\n[ \\t]*)?(${FOUR})\\b)?`, 'gi');
const INSIDE = new RegExp(`\\s(${FOUR})[ \\t]*\\n`, 'i');
// "Previous inspection judgement  Sustained effectiveness": the earlier full grade, or an interim
// inspection's outcome (improved / sustained / declined in effectiveness), never this inspection's.
const PREVIOUS = new RegExp(`\\bPrevious inspection judgement:?\\s+(${FOUR}|improved effectiveness|sustained effectiveness|declined in effectiveness)\\b`, 'i');

const RULES: Record<string, GradeRule[]> = {
  // SCCIF judgements, as the report's summary table and headings state them.
  'social care provider inspection': [
    { key: 'provider_experiences', pattern: row('Overall experiences and progress of (?:children and young people|service users)') },
    { key: 'provider_help_protection', pattern: row('How well children and young people are helped and protected') },
    { key: 'provider_leaders', pattern: row('The (?:impact and )?effectiveness of leaders and managers') },
    { key: 'provider_experiences', pattern: wrapped('overall experiences and progress of children and young people living in the (?:home|school|college|centre) (?:are|is)') },
    { key: 'provider_help_protection', pattern: wrapped('How well children and young people are helped and protected') },
    { key: 'provider_leaders', pattern: wrapped('The (?:impact and )?effectiveness of leaders and managers') },
  ],
  // HMI Probation: the overall rating and each standard ("1.1 Governance and leadership").
  'youth justice inspection': [
    { key: 'yj_overall', pattern: row('Overall rating|Overall,? [A-Z][\\w ,&-]{2,60}? (?:youth justice|YJS|YOT)[\\w ]{0,30}? (?:is|was) rated') },
    { key: 'yj_standard', pattern: row('\\d\\.\\d{1,2}\\s+[A-Z][\\w ,&-]{3,60}') },
  ],
  // CQC: the overall rating; quality statements are scored 1–4 (see QUALITY_STATEMENT).
  'adult social care assessment': [{ key: 'asc_overall', pattern: row('Overall rating|Overall') }],
};

// "Assessing needs   Score: 2 – Evidence shows some shortfalls" (CQC quality statements, 1–4).
const QUALITY_STATEMENT = /^[ \t]*([A-Z][\w ,’'&-]{3,60}?)[ \t]*(?:\n[ \t]*)?Score:?[ \t]*([1-4])\b/gm;

/**
 * The judgements of a provider, youth justice or adult social care report (first 20,000
 * characters): each area once, first mention, ranked on the four-point scale; CQC quality
 * statements as "score n of 4" with rank 5 − n (4 is best). Empty for any other kind. Sources:
 * FRAMEWORKS.md §11.2 (CQC) and §11.4 (HMI Probation); Ofsted SCCIF judgements.
 */
export function detectProviderGrades(text: string, kind: string): JudgementMention[] {
  const head = text.slice(0, 20000);
  const out: JudgementMention[] = [];
  const seen = new Set<string>();
  for (const rule of RULES[kind] ?? []) {
    for (const m of head.matchAll(rule.pattern)) {
      const inside = m[2] ? null : INSIDE.exec(m[1]!);
      if (!m[2] && !inside) continue;
      const area = (inside ? m[1]!.replace(inside[0], ' ') : m[1]!).replace(/\s+/g, ' ').trim();
      if (seen.has(`${rule.key}|${area}`) || (rule.key !== 'yj_standard' && seen.has(rule.key))) continue;
      seen.add(rule.key).add(`${rule.key}|${area}`);
      const grade = normaliseGrade(m[2] ?? inside![1]!);
      out.push({ ruleId: `provider-${rule.key}`, area, areaKey: rule.key, grade, rank: rankGrade(grade), inspection: null, quote: m[0].replace(/\s+/g, ' '), start: m.index, end: m.index + m[0].length });
    }
  }
  const previous = kind === 'social care provider inspection' ? PREVIOUS.exec(head) : null;
  if (previous) {
    const grade = normaliseGrade(previous[1]!);
    out.push({ ruleId: 'provider-previous', area: 'Previous inspection judgement', areaKey: 'provider_experiences', grade, rank: rankGrade(grade), inspection: 'previous', quote: previous[0].replace(/\s+/g, ' '), start: previous.index, end: previous.index + previous[0].length });
  }
  if (kind === 'adult social care assessment') {
    for (const m of head.matchAll(QUALITY_STATEMENT)) {
      const n = Number(m[2]);
      out.push({ ruleId: 'provider-asc-quality-statement', area: m[1]!.trim(), areaKey: 'asc_quality_statement', grade: `score ${n} of 4`, rank: 5 - n, inspection: null, quote: m[0].trim(), start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
