// Runs the judgement rules, drops hypotheticals, ties each mention to its inspection and merges repeats.
import type { JudgementMention } from '../model/findings';
import { AREA_WORDS, areaKeyOf } from './areas';
import { rankGrade } from './grades';
import { proseJudgementRules } from './judgement-prose';
import { structuralJudgementRules, type JudgementRule, type RawJudgement } from './judgement-rules';
import { datesIn, lineAt, sentenceAround, yearOf } from './text-util';

export const judgementRules: JudgementRule[] = [...structuralJudgementRules, ...proseJudgementRules];

// A grade in a clause like these is a hope, a hypothesis, a condition or a denial, not a judgement.
const NOT_A_JUDGEMENT =
  /\b(?:not|n[’']t|never|would|could|might|may(?!\s+(?:19|20)\d\d)|likely|unlikely|if|where|whether|unless|aims?|ambition|aspir\w*|strive|hope\w*|getting to|towards|ensur\w*|so that|in order to|expect\w*|predict\w*|target)\b|\?/i;

const PAST_MARKER =
  /\b(?:last|previous|prior|earlier|preceding|former)\s+(?:\w+\s+)?(?:inspection|inspected|ILACS|SIF|judgement)|\blast inspected\b|\bat that time\b/i;

function isHypothetical(text: string, j: RawJudgement): boolean {
  if (!j.prose) return false;
  const sentence = sentenceAround(text, j.start, j.end);
  return NOT_A_JUDGEMENT.test(text.slice(sentence.start, j.end));
}

/** Which inspection the mention belongs to: null for the document's own, else a date as written. */
function inspectionOf(text: string, j: RawJudgement, ownYears: Set<number>): string | null {
  const context = j.prose ? sentenceAround(text, j.start, j.end) : lineAt(text, j.start);
  const snippet = text.slice(context.start, context.end) + ' ' + listLeadIn(text, context.start);
  const dates = j.date ? [j.date] : datesIn(snippet);
  const foreign = dates.find((d) => !ownYears.has(yearOf(d) ?? -1));
  if (foreign && (j.date || ownYears.size === 0 || PAST_MARKER.test(snippet) || dates.length === 1)) return foreign;
  if (j.prose && PAST_MARKER.test(snippet)) return 'previous';
  return null;
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

function toMention(text: string, j: RawJudgement, ownYears: Set<number>): JudgementMention {
  const area = j.area === '' ? 'overall' : j.area;
  return {
    ruleId: j.ruleId,
    area,
    areaKey: areaKeyOf(area),
    grade: j.grade,
    rank: rankGrade(j.grade),
    inspection: inspectionOf(text, j, ownYears),
    quote: text.slice(j.start, j.end),
    start: j.start,
    end: j.end,
  };
}

/** Keeps one mention where several rules found the same grade in overlapping spans. */
function mergeRepeats(mentions: JudgementMention[]): JudgementMention[] {
  // Tables and headings first: their spans are tighter than a prose sentence's.
  const isProse = (m: JudgementMention) => proseJudgementRules.some((r) => r.id === m.ruleId);
  const sorted = [...mentions].sort((a, b) => Number(isProse(a)) - Number(isProse(b)) || a.start - b.start || b.end - a.end);
  const out: JudgementMention[] = [];
  for (const m of sorted) {
    const twin = out.find((o) => o.grade === m.grade && o.start < m.end && m.start < o.end);
    if (!twin) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every judgement mention in the text, in document order. */
export function detectJudgements(text: string, ownYears: Set<number> = new Set()): JudgementMention[] {
  const raw = judgementRules.flatMap((rule) => rule.find(text));
  const kept = raw.filter((j) => (j.area === 'overall' || AREA_WORDS.test(j.area)) && !isHypothetical(text, j));
  return mergeRepeats(kept.map((j) => toMention(text, j, ownYears)));
}
