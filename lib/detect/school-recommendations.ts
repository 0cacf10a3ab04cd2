// "What does the school need to do to improve (further)?" (school reports 2005–24) and "Next
// steps" (2025 report cards): each top-level item is a recommendation.
import type { Recommendation } from '../model/findings';
import { linesOf, paragraphItems, type TextLine } from './send-sections';
import type { Span } from './text-util';

const HEADING = /^[ \t]*(?:What does the school need to do to improve(?: further)?\??|Next steps)[ \t]*$/im;
const BULLET = /^[ \t]*([•◼▪■●◦*–-])\s/;
const MAX = 8000;

/** Where the list ends: a short unpunctuated line after a blank line (the next heading), or MAX on. */
function listLines(text: string, from: number, to = text.length): TextLine[] {
  const lines = linesOf(text, from, Math.min(to, from + MAX));
  let blank = false;
  let seen = false;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (t === '') {
      blank = seen;
      continue;
    }
    if (seen && blank && t.length < 60 && !/[.,;:]$/.test(t) && !BULLET.test(lines[i]!.text) && /^[A-Z]/.test(t)) return lines.slice(0, i);
    seen = true;
    blank = false;
  }
  return lines;
}

/** Items: the top-level bullets (the first bullet character met), each with its sub-bullets; else paragraphs. */
function items(lines: TextLine[]): Span[] {
  const first = lines.map((l) => BULLET.exec(l.text)).find(Boolean);
  if (!first) return paragraphItems(lines);
  const top = first[1];
  // A bullet indented deeper than the first one is a sub-item, even with the same bullet character.
  const indent = first[0].length - first[0].trimStart().length;
  const out: Span[] = [];
  for (const l of lines) {
    const b = BULLET.exec(l.text);
    if (b && b[1] === top && b[0].length - b[0].trimStart().length <= indent) out.push({ start: l.start + b[0].length, end: l.end });
    else if (out.length && l.text.trim() !== '') out[out.length - 1]!.end = l.end;
  }
  return out;
}

/**
 * The school report's recommendations, with source `inspection`; empty without the heading.
 * Source: Ofsted school reports' "What does the school need to do to improve (further)?" lists.
 */
export function detectSchoolRecommendations(text: string): Recommendation[] {
  return listUnder(text, HEADING, 'school-improve');
}

// Provider, youth justice and adult social care reports (FRAMEWORKS.md §11): "Recommendations",
// "Requirements" (SCCIF statutory requirements), "Areas for improvement".
const PROVIDER_HEADING = /^[ \t]*(?:Recommendations|(?:Statutory )?[Rr]equirements|Areas for improvement|What needs to improve)[ \t]*:?[ \t]*$/gm;

/** Every list under a provider report's recommendation or requirement headings. */
export function detectProviderRecommendations(text: string): Recommendation[] {
  // Each list ends at the next heading at the latest, so every line is read once: linear.
  const headings = [...text.matchAll(PROVIDER_HEADING)];
  return headings.flatMap((m, i) => toRecommendations(text, listLines(text, m.index + m[0].length, headings[i + 1]?.index ?? text.length), 'provider-list'));
}

// A note in brackets under the heading, "(Information for the school and appropriate authority)"
// (2019–24 reports), is no item.
const NOTE = /^[ \t]*\([^()\n]*\)[ \t]*$/;

/** The items of the list under the first `heading`, its bracketed note left out. */
function listUnder(text: string, heading: RegExp, ruleId: string): Recommendation[] {
  const h = heading.exec(text);
  return h ? toRecommendations(text, listLines(text, h.index + h[0].length).filter((l) => !NOTE.test(l.text)), ruleId) : [];
}

function toRecommendations(text: string, lines: TextLine[], ruleId: string): Recommendation[] {
  return items(lines).map((s) => ({
    ruleId,
    quote: text.slice(s.start, s.end).replace(/\s+/g, ' ').trim(),
    start: s.start,
    end: s.end,
    deadline: null,
    source: 'inspection' as const,
    section: null,
    group: 'improvement' as const,
  }));
}
