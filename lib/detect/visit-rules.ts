// Focused visits, monitoring visits and joint targeted area inspections: no grades, but a theme and
// recommendations ("areas for priority action", "areas for improvement").
import type { Findings, Recommendation } from '../model/findings';
import { discussesVisit, earlierInVisitNews } from './visit-news';

const PAPER_KINDS = new Set(['council paper', 'other']);
const VISIT_KINDS = new Set(['focused visit', 'monitoring visit', 'joint targeted area inspection']);

// The visit's theme as its letter states it: "This visit looked at …", "the deep dive focused on …",
// "inspectors reviewed the progress made in the following areas of concern".
const THEMES = [
  /\bfocus of (?:the|this) (?:monitoring |focused )?visit was\s+([^.]{5,200}?)\./i,
  /\b(?:visit|inspection|deep dive|letter|inspectors)\b[^.\n]{0,80}?\b(?:looked at|focused on|evaluated|considered|reviewed)\s+([^.]{8,200}?)(?:,?\s+including)?(?:[.:]|\n\s*\n)/i,
];
// A news item whose headline is about visits ("‘Inadequate’ councils make progress in latest Ofsted visits"):
// the grades it restates are the councils' standing ones, from earlier inspections.
const VISIT_HEADLINE = /^\s*(?![^\n]*\binspection\b)[^\n]{0,200}\b(?:Ofsted|monitoring|focused)\s+visits?\b/i;
const PRIORITY = /\bareas?\s+(?:for|of)\s+priority\s+action\b|\bpriority\s+action\b/gi;
const IMPROVE = /\bareas?\s+for\s+improvement\b|\bwhat\s+needs\s+to\s+improve\b/gi;

/** Offset of the last match of `re` before `pos` (within 6,000 characters), or -1. */
function lastBefore(text: string, re: RegExp, pos: number): number {
  const from = Math.max(0, pos - 6000);
  let last = -1;
  for (const m of text.slice(from, pos).matchAll(re)) last = from + m.index;
  return last;
}

/** "priority action" or "improvement" from the nearest heading or lead-in before the item. */
function groupOf(text: string, r: Recommendation): Recommendation['group'] {
  const p = lastBefore(text, PRIORITY, r.start);
  const i = lastBefore(text, IMPROVE, r.start);
  if (p < 0 && i < 0) return null;
  return p > i ? 'priority action' : 'improvement';
}

/**
 * For a visit or JTAI: every judgement the letter states is an earlier inspection's (a visit is
 * not graded), each recommendation gets its group, and the theme is named. Other kinds are
 * returned unchanged. Source: ILACS focused visit and monitoring visit letters, JTAI letters
 * (FRAMEWORKS.md §8–10).
 */
export function applyVisitRules(text: string, findings: Findings): Findings {
  // A paper or news item about a visit: its grades are the last full inspection's.
  if (PAPER_KINDS.has(findings.document.kind ?? '') && discussesVisit(text, findings.document.discusses ?? null))
    return { ...findings, judgements: earlierInVisitNews(text, findings.judgements) };
  if (findings.document.kind === 'other' && VISIT_HEADLINE.test(text.slice(0, 300)))
    return { ...findings, judgements: findings.judgements.map((j) => (j.inspection ? j : { ...j, inspection: 'previous' })) };
  if (!VISIT_KINDS.has(findings.document.kind ?? '')) return findings;
  const head = text.slice(0, 8000);
  const theme = THEMES.map((re) => re.exec(head)).find(Boolean);
  return {
    document: { ...findings.document, theme: theme ? theme[1]!.replace(/\s+/g, ' ').trim() : null },
    judgements: earlierInVisitNews(text, findings.judgements),
    recommendations: findings.recommendations.map((r) => ({ ...r, group: groupOf(text, r) })),
  };
}
