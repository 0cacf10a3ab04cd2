// Finds recommendation lists under their headings or lead-ins, and the items in them.
import type { Recommendation, RecommendationSource } from '../model/findings';
import { DEADLINE_LINE, ITEM_MARKER, LEAD_IN, headingRules, isHeadingLike } from './recommendation-rules';
import { trimSpan } from './text-util';

interface Line {
  text: string;
  start: number;
  end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

export interface RecommendationContext {
  /** an inspection report itself, a review or commissioner's report, or a council paper about them */
  kind: 'inspection' | 'review' | 'paper';
}

const isBlank = (l: Line | undefined) => !l || l.text.trim() === '';
const LSCB_SECTION =
  /^(?:section 2:|review of the effectiveness of the local safeguarding children\s+board|the local safeguarding children board(?: \(LSCB\))?$|(?:the )?effectiveness of the (?:LSCB|local safeguarding children board)\b)/i;
const LA_SECTION = /^(?:section 1:|summary of key findings|executive summary)/i;
const REVIEW_WORDS = /\b(?:review|consultan\w*|commissioner|peer|audit|Ingson)\b/i;
const INSPECTION_WORDS = /\b(?:Ofsted|inspection|inspectors?|CQC)\b/i;

/** Source of a list from its heading and the lines around it. */
function sourceOf(
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
function sourceOfLeadIn(heading: string, context: string, ctx: RecommendationContext): RecommendationSource {
  if (ctx.kind === 'inspection') return 'inspection';
  if (REVIEW_WORDS.test(heading) && !INSPECTION_WORDS.test(heading)) return 'review';
  if (INSPECTION_WORDS.test(heading)) return 'inspection';
  if (REVIEW_WORDS.test(context) && !INSPECTION_WORDS.test(context)) return 'review';
  if (INSPECTION_WORDS.test(context)) return 'inspection';
  return ctx.kind === 'review' ? 'review' : 'committee';
}

/** The nearest heading paragraph above line i (within 40 lines), or ''. */
function sectionHeadingAbove(lines: Line[], i: number): string {
  for (let k = i - 1; k >= Math.max(0, i - 40); k--) {
    const t = lines[k]!.text.trim();
    if (t && isBlank(lines[k - 1]) && isBlank(lines[k + 1]) && isHeadingLike(t) && t.length < 100) return t;
  }
  return '';
}

interface OpenList {
  source: RecommendationSource;
  deadline: string | null;
  lscb: boolean;
  /** opened by a heading (not a lead-in): a council's "That the report be received." needs no bullet */
  fromHeading: boolean;
  /** number of the last numbered item, so a sub-heading is only crossed when numbering runs on */
  lastNumber: number | null;
}

/** The item that starts at line i: its marker-less span, running until the next item, label or gap. */
function readItem(lines: Line[], i: number, text: string): { start: number; end: number; next: number } {
  const marker = ITEM_MARKER.exec(lines[i]!.text);
  const start = lines[i]!.start + (marker ? marker[0].length : 0);
  let j = i + 1;
  let end = lines[i]!.end;
  while (j < lines.length) {
    const line = lines[j]!;
    if (isBlank(line)) {
      // A paragraph gap ends the item unless the sentence plainly runs on in lower case.
      const after = lines.slice(j).find((l) => !isBlank(l));
      const unfinished = !/[.;:!?]["'’”)]?\s*$/.test(text.slice(start, end));
      if (!after || !unfinished || !/^[a-z]/.test(after.text.trim())) break;
      j++;
      continue;
    }
    if (ITEM_MARKER.test(line.text) || DEADLINE_LINE.test(line.text) || matchHeading(line.text) || /^#+\s/.test(line.text)) break;
    end = line.end;
    j++;
  }
  return { ...trimSpan(text, { start, end }), next: j };
}

function matchHeading(line: string): (typeof headingRules)[number] | undefined {
  const clean = line.trim().replace(/^\*\*|\*\*$/g, '');
  return headingRules.find((r) => r.pattern.test(clean));
}

const DEADLINE_IN_ITEM =
  /\b(?:within (?:one|two|three|six|twelve|\d+) months|immediately|by (?:the end of )?[A-Z][a-z]+ (?:19|20)\d\d|at its [A-Z][a-z]+ (?:19|20)\d\d meeting|within six, then 12 months)\b/;

/** Every recommendation in list form, in document order. */
export function detectListRecommendations(text: string, ctx: RecommendationContext): Recommendation[] {
  const lines = splitLines(text);
  const out: Recommendation[] = [];
  let list: OpenList | null = null;
  let inLscb = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.text.trim();
    if (LSCB_SECTION.test(trimmed) && !/\t\d+$/.test(trimmed)) inLscb = true;
    else if (LA_SECTION.test(trimmed)) inLscb = false;
    const heading = matchHeading(trimmed);
    if (heading) {
      const context = lines
        .slice(Math.max(0, i - 6), i + 4)
        .map((l) => l.text)
        .join(' ');
      list = {
        source: sourceOf(trimmed, context, ctx, heading.source),
        deadline: null,
        lscb: inLscb && ctx.kind === 'inspection',
        fromHeading: true,
        lastNumber: (list as OpenList | null)?.lastNumber ?? null,
      };
      continue;
    }
    if (!list && LEAD_IN.test(trimmed)) {
      const context = lines
        .slice(Math.max(0, i - 8), i + 1)
        .map((l) => l.text)
        .join(' ');
      list = {
        source: sourceOfLeadIn(sectionHeadingAbove(lines, i), context, ctx),
        deadline: null,
        lscb: false,
        fromHeading: false,
        lastNumber: null,
      };
      continue;
    }
    if (!list || isBlank(line)) continue;
    const deadline = DEADLINE_LINE.exec(line.text);
    if (deadline) {
      list.deadline = deadline[1]!.toLowerCase().replace(/\s+/g, ' ');
      continue;
    }
    if (LEAD_IN.test(trimmed) && !ITEM_MARKER.test(line.text)) continue;
    if (!ITEM_MARKER.test(line.text) && !(list.fromHeading && isCommitteeAction(trimmed))) {
      // An introduction ("…should take the following action.") or a sub-heading over more items keeps
      // the list open; anything else ends it.
      if (!isIntro(trimmed) && !isSubheading(lines, i, list.lastNumber)) list = null;
      continue;
    }
    const number = ITEM_MARKER.exec(line.text)?.[1];
    list.lastNumber = number ? Number(number) : null;
    const item = readItem(lines, i, text);
    const quote = text.slice(item.start, item.end);
    if (quote.length >= 12 && /[a-z]/.test(quote) && !isIntro(quote)) {
      const inline = DEADLINE_IN_ITEM.exec(quote);
      out.push({
        ruleId: 'list-item',
        quote,
        start: item.start,
        end: item.end,
        deadline: list.deadline ?? (inline ? inline[0] : null),
        source: list.source,
        section: list.lscb ? 'lscb' : null,
      });
    }
    i = item.next - 1;
  }
  return out;
}

const isIntro = (line: string) => /(?:following action\.?|asked to:?|following:|including(?: that)?:)\s*$/i.test(line);
const isCommitteeAction = (line: string) =>
  /^(?:that\b|note|agree|approve|request|receive|endorse|consider|comment|cabinet|council|the (?:panel|committee|board|cabinet))/i.test(
    line,
  );

/** A short heading inside a numbered list ("Help and protection") after which the numbering runs on. */
function isSubheading(lines: Line[], i: number, lastNumber: number | null): boolean {
  if (lastNumber === null || lines[i]!.text.startsWith('#')) return false;
  let end = i;
  while (end + 1 < lines.length && !isBlank(lines[end + 1])) end++;
  const paragraph = lines
    .slice(i, end + 1)
    .map((l) => l.text)
    .join('\n');
  const next = lines.slice(end + 1).find((l) => !isBlank(l));
  const nextNumber = next ? ITEM_MARKER.exec(next.text)?.[1] : undefined;
  // Topic sub-headings are a bare area name; section headings that also run the numbering on are not.
  const isTopic =
    paragraph.length <= 50 && !/findings|summary|information|inspection|judgement|strengths|weaknesses/i.test(paragraph);
  return isHeadingLike(paragraph) && isTopic && Number(nextNumber) === lastNumber + 1;
}
