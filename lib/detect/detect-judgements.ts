// Runs the judgement rules, drops hypotheticals, ties each mention to its inspection and merges repeats.
import type { JudgementMention } from '../model/findings';
import { AREA_WORDS, areaKeyOf } from './areas';
import { rankGrade } from './grades';
import { proseJudgementRules } from './judgement-prose';
import { structuralJudgementRules, type JudgementRule, type RawJudgement } from './judgement-rules';
import { SpanIndex } from './span-index';
import { datesIn, lineAt, sentenceAround, yearOf, type Span } from './text-util';

export const judgementRules: JudgementRule[] = [...structuralJudgementRules, ...proseJudgementRules];

// A grade in a clause like these is a hope, a hypothesis, a condition or a denial, not a judgement.
const NOT_A_JUDGEMENT =
  /\b(?:not|n[’']t|never|would|could|might|may(?!\s+(?:19|20)\d\d)|likely|unlikely|if|where|whether|unless|aims?|ambition|aspir\w*|strive|hope\w*|getting to|towards|ensur\w*|so that|in order to|expect\w*|predict\w*|target)\b|\?/i;

const PAST_MARKER =
  /\b(?:last|previous|prior|earlier|preceding|former)\s+(?:\w+\s+)?(?:inspection|inspected|ILACS|SIF|judgement)|\blast inspected\b|\bat that time\b/i;

// The sentence of a prose mention, read once for the hypothetical check and once for its inspection.
const sentences = new WeakMap<RawJudgement, Span>();
function sentenceOf(text: string, j: RawJudgement): Span {
  const sentence = sentences.get(j) ?? sentenceAround(text, j.start, j.end);
  sentences.set(j, sentence);
  return sentence;
}

// Area names repeat (every table row of one area), so each is mapped to its key once.
const areaKeys = new Map<string, ReturnType<typeof areaKeyOf>>();
function cachedAreaKey(area: string): ReturnType<typeof areaKeyOf> {
  if (areaKeys.size > 5000) areaKeys.clear();
  const key = areaKeys.get(area) ?? areaKeyOf(area);
  areaKeys.set(area, key);
  return key;
}

function isHypothetical(text: string, j: RawJudgement): boolean {
  if (!j.prose) return false;
  const sentence = sentenceOf(text, j);
  return NOT_A_JUDGEMENT.test(text.slice(sentence.start, j.end));
}

interface Context {
  dates: string[];
  past: boolean;
}

/** Dates and past-inspection words around a mention: its sentence (prose) or its line and list lead-in. */
function contextOf(text: string, span: Span): Context {
  const snippet = text.slice(span.start, span.end) + ' ' + listLeadIn(text, span.start);
  return { dates: datesIn(snippet), past: PAST_MARKER.test(snippet) };
}

/**
 * Which inspection each mention belongs to: null for the document's own, else a date as written.
 * Table and heading mentions read their whole line, so lines are looked up once each: many
 * mentions on one long line cost one read of it, not one per mention.
 */
function inspectionReader(text: string, ownYears: Set<number>): (j: RawJudgement) => string | null {
  let line: Span = { start: -1, end: -1 };
  const lines = new Map<number, Context>();
  return (j) => {
    let context: Context;
    if (j.prose) context = contextOf(text, sentenceOf(text, j));
    else {
      if (j.start < line.start || j.start > line.end) line = lineAt(text, j.start);
      context = lines.get(line.start) ?? contextOf(text, line);
      lines.set(line.start, context);
    }
    const dates = j.date ? [j.date] : context.dates;
    const foreign = dates.find((d) => !ownYears.has(yearOf(d) ?? -1));
    if (foreign && (j.date || ownYears.size === 0 || context.past || dates.length === 1)) return foreign;
    if (j.prose && context.past) return 'previous';
    return null;
  };
}

/**
 * For an item of a list, the lines that introduce the list ("The last inspection report … was
 * published in January 2016. The judgements for the local authority were:").
 */
function listLeadIn(text: string, lineStart: number): string {
  if (!/^\s*[-•◼▪■●*]/.test(text.slice(lineStart, lineStart + 4))) return '';
  let pos = lineStart;
  for (let steps = 0; steps < 15 && pos > 0; steps++) {
    const line = lineAt(text, pos - 1);
    const content = text.slice(line.start, line.end);
    if (content.trim() === '') return '';
    if (/:\s*$/.test(content)) return text.slice(Math.max(0, line.start - 200), line.end);
    pos = line.start;
  }
  return '';
}

function toMention(text: string, j: RawJudgement, inspectionOf: (j: RawJudgement) => string | null): JudgementMention {
  const area = j.area === '' ? 'overall' : j.area;
  return {
    ruleId: j.ruleId,
    area,
    areaKey: cachedAreaKey(area),
    grade: j.grade,
    rank: rankGrade(j.grade),
    inspection: inspectionOf(j),
    quote: text.slice(j.start, j.end),
    start: j.start,
    end: j.end,
  };
}

/**
 * Keeps one mention where several rules found the same grade in overlapping spans. Mentions are
 * taken in order of start, so "does a kept one of this grade overlap?" is a question about the
 * furthest end kept so far (and, for prose, a binary search over the kept table and heading spans).
 */
function mergeRepeats(mentions: JudgementMention[]): JudgementMention[] {
  // Tables and headings first: their spans are tighter than a prose sentence's.
  const proseIds = new Set(proseJudgementRules.map((r) => r.id));
  const order = (a: JudgementMention, b: JudgementMention) => a.start - b.start || b.end - a.end;
  const structural = mentions.filter((m) => !proseIds.has(m.ruleId)).sort(order);
  const prose = mentions.filter((m) => proseIds.has(m.ruleId)).sort(order);
  const kept = keepFirstOfOverlaps(structural, () => false);
  const byGrade = new Map<string, SpanIndex>();
  for (const m of kept) byGrade.set(m.grade, byGrade.get(m.grade) ?? new SpanIndex());
  for (const m of kept) byGrade.get(m.grade)!.add(m);
  const keptProse = keepFirstOfOverlaps(prose, (m) => byGrade.get(m.grade)?.overlaps(m) ?? false);
  return [...kept, ...keptProse].sort((a, b) => a.start - b.start);
}

/** Of mentions sorted by start, those that overlap no earlier kept one of their grade nor `taken`. */
function keepFirstOfOverlaps(sorted: JudgementMention[], taken: (m: JudgementMention) => boolean): JudgementMention[] {
  const furthest = new Map<string, number>();
  return sorted.filter((m) => {
    if ((furthest.get(m.grade) ?? -1) > m.start || taken(m)) return false;
    furthest.set(m.grade, Math.max(furthest.get(m.grade) ?? -1, m.end));
    return true;
  });
}

/** Every judgement mention in the text, in document order. */
export function detectJudgements(text: string, ownYears: Set<number> = new Set()): JudgementMention[] {
  const raw = judgementRules.flatMap((rule) => rule.find(text));
  const kept = raw.filter((j) => (j.area === 'overall' || AREA_WORDS.test(j.area)) && !isHypothetical(text, j));
  const inspectionOf = inspectionReader(text, ownYears);
  return mergeRepeats(kept.map((j) => toMention(text, j, inspectionOf)));
}
