// Council papers about another inspectorate's report on a council service: a youth justice service
// inspected by HMI Probation (FRAMEWORKS.md §11.4). Its rating is the service's, never a grade of
// the council's children's services, so it keeps its own area key.
import type { Findings, JudgementMention } from '../model/findings';
import { normaliseGrade, rankGrade } from './grades';
import { isSchoolNews, schoolNewsJudgements } from './school-news';

const PAPER_KINDS = new Set(['council paper', 'other']);
// The paper's subject, in its opening: a youth justice or youth offending service and its inspectorate.
const YOUTH_JUSTICE = /\byouth\s+(?:justice|offending)\s+(?:services?|teams?)\b|\bYJS\b|\bYOT\b/i;
const PROBATION = /\b(?:HMI?\s+Probation|Inspectorate\s+of\s+Probation|Probation\s+Inspectorate)\b/i;
const CHILDRENS_SERVICES = /\bILACS\b|\bchildren['’]s\s+(?:social\s+care\s+)?services\s+inspection|\binspection\s+of\s+(?:local\s+authority\s+)?children['’]s\s+services\b/i;
// "The overall rating of the service was Good", "the overall judgement was that CYJS was good".
const OVERALL = /\boverall\s+(?:rating|judgement)(?:\s+of\s+the\s+service)?\s+was(?:\s+that\s+[^.\n]{1,60}?\s+was)?\s+['‘]?(outstanding|good|requires\s+improvement|inadequate)\b/gi;
const HEAD = 600;

function overallSentences(text: string): JudgementMention[] {
  return [...text.matchAll(OVERALL)].map((m) => {
    const grade = normaliseGrade(m[1]!);
    return { ruleId: 'paper-yj-overall', area: 'Youth justice service', areaKey: 'yj_overall', grade, rank: rankGrade(grade), inspection: null, quote: m[0].replace(/\s+/g, ' '), start: m.index, end: m.index + m[0].length };
  });
}

/**
 * For a council paper or news item about one school's inspection: the school's judgements only.
 * For one whose opening is about an HMI Probation inspection of a youth
 * justice service (and not about the council's children's services inspection): its overall
 * grades become `yj_overall` judgements, and "the overall rating … was <grade>" sentences are
 * read. Other documents are returned unchanged. Source: council minutes reporting HMI Probation
 * youth justice inspections (BCP 2023, Halton 2021).
 */
export function applyInspectoratePaperRules(text: string, findings: Findings): Findings {
  if (!PAPER_KINDS.has(findings.document.kind ?? '')) return findings;
  // A school's report retold: its grades are the school's (school-news.ts).
  if (isSchoolNews(text)) return { ...findings, judgements: schoolNewsJudgements(text) };
  const head = text.slice(0, HEAD);
  if (!PAPER_KINDS.has(findings.document.kind ?? '') || !YOUTH_JUSTICE.test(head) || !PROBATION.test(head) || CHILDRENS_SERVICES.test(head)) return findings;
  const rekeyed = findings.judgements.map((j): JudgementMention => (j.areaKey === 'overall' ? { ...j, areaKey: 'yj_overall', area: 'Youth justice service' } : j));
  const taken = new Set(rekeyed.map((j) => j.start));
  const added = overallSentences(text).filter((s) => !rekeyed.some((j) => j.start < s.end && s.start < j.end) && !taken.has(s.start));
  return { ...findings, judgements: [...rekeyed, ...added].sort((a, b) => a.start - b.start) };
}
