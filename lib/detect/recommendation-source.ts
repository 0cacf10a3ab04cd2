// Whose recommendations a list holds (inspectors, a review, or the committee), from its heading,
// the section it sits in and the lines before it; and the line model the list reader walks.
import type { RecommendationSource } from '../model/findings';
import { ASKER } from './inspectorate-asks';
import { isHeadingLike } from './recommendation-rules';
import { perText } from './text-cache';

export interface Line {
  text: string;
  start: number;
  end: number;
}

/** The lines of `text` between line feeds (as `text.split('\n')` gives them) with their offsets. O(n). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // indexOf and slice, not split and a second walk: one pass and no array of parts (a whole-text cost).
  for (let start = 0; ;) {
    const feed = text.indexOf('\n', start);
    const end = feed < 0 ? text.length : feed;
    lines.push({ text: text.slice(start, end), start, end });
    if (feed < 0) return lines;
    start = feed + 1;
  }
}

/** `splitLines`, built once per text for the rules that read it line by line (shared: do not change it). */
export const linesOf: (text: string) => Line[] = perText(splitLines);

export interface RecommendationContext {
  /** an inspection report itself, a review or commissioner's report, or a council paper about them */
  kind: 'inspection' | 'review' | 'paper';
}

export const isBlank = (l: Line | undefined) => !l || l.text.trim() === '';

/** Index of the first line at or after `from` that is not blank (`lines.length` when none is). */
export function nextFilled(lines: Line[], from: number): number {
  let k = from;
  while (k < lines.length && isBlank(lines[k])) k++;
  return k;
}

export const LSCB_SECTION =
  /^(?:section 2:|review of the effectiveness of the local safeguarding children\s+board|the local safeguarding children board(?: \(LSCB\))?$|(?:the )?effectiveness of the (?:LSCB|local safeguarding children board)\b)/i;
export const LA_SECTION = /^(?:section 1:|summary of key findings|executive summary)/i;
const REVIEW_WORDS = /\b(?:review|consultan\w*|commissioner|peer|audit|Ingson)\b/i;
/** The inspectorate by any of its names ("the watchdog", "the regulator", "HMI"), or the CQC. */
const INSPECTION_WORDS = new RegExp(String.raw`\b(?:${ASKER}|CQC)\b`, 'i');

/** Source of a list from its heading and the lines around it. */
export function sourceOf(
  heading: string,
  context: string,
  ctx: RecommendationContext,
  ruleSource: RecommendationSource | null,
): RecommendationSource {
  if (ruleSource) return ruleSource;
  if (ctx.kind === 'inspection') return 'inspection';
  if (/areas? for|priority/i.test(heading)) return 'inspection';
  if (/recommendation/i.test(heading)) return ctx.kind === 'review' ? 'review' : 'committee';
  return sourceOfLeadIn('', context, ctx);
}

/** Whose recommendations a prose lead-in introduces: the section heading speaks first, then the lines before. */
export function sourceOfLeadIn(heading: string, context: string, ctx: RecommendationContext): RecommendationSource {
  if (ctx.kind === 'inspection') return 'inspection';
  if (REVIEW_WORDS.test(heading) && !INSPECTION_WORDS.test(heading)) return 'review';
  if (INSPECTION_WORDS.test(heading)) return 'inspection';
  if (REVIEW_WORDS.test(context) && !INSPECTION_WORDS.test(context)) return 'review';
  if (INSPECTION_WORDS.test(context)) return 'inspection';
  return ctx.kind === 'review' ? 'review' : 'committee';
}

/** The nearest heading paragraph above line i (within 40 lines), or ''. */
export function sectionHeadingAbove(lines: Line[], i: number): string {
  for (let k = i - 1; k >= Math.max(0, i - 40); k--) {
    const t = lines[k]!.text.trim();
    if (t && isBlank(lines[k - 1]) && isBlank(lines[k + 1]) && isHeadingLike(t) && t.length < 100) return t;
  }
  return '';
}
