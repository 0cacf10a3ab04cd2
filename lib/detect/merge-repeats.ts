// Merges repeats: one mention where several rules found the same grade in overlapping spans.
import type { JudgementMention } from '../model/findings';
import { structuralJudgementRules } from './judgement-rules';
import { SpanIndex } from './span-index';
import type { Span } from './text-util';

const STRUCTURAL_IDS = new Set(structuralJudgementRules.map((r) => r.id));
const isProse = (m: JudgementMention) => !STRUCTURAL_IDS.has(m.ruleId);
// Dated earlier-inspection statements that name their own areas.
const NAMES_AREAS = new Set(['previous-inspection-of', 'inspection-of-was-in', 'inspection-in-date-judged', 'ofsted-judged-for']);
const DATES_ITSELF = new Set([...NAMES_AREAS, 'judged-then']);
// Closing quotes, brackets and stops after a mention's last word.
const TRAILING_MARK = /[\s"'’”).,;:!]/;

/** The offset just after the mention's last word (its grade, in the prose shapes): trailing marks stepped back over. */
function lastWordEnd(m: JudgementMention): number {
  let n = m.quote.length;
  while (n > 1 && TRAILING_MARK.test(m.quote[n - 1]!)) n--;
  return m.start + n;
}

/**
 * Kept mentions in span indexes by what a later mention asks of them (grade, area, inspection):
 * those kept in earlier passes (rebuilt in order of start between passes) and those of this pass
 * (added in order of start), so every question is a binary search.
 */
class KeptSpans {
  private done: JudgementMention[] = [];
  private before = new Map<string, SpanIndex>();
  private current = new Map<string, SpanIndex>();

  private static keys(m: JudgementMention): string[] {
    const g = m.grade;
    const keys = [`${g}|a|${m.areaKey}`];
    if (NAMES_AREAS.has(m.ruleId)) keys.push(`${g}|names-areas`);
    if (m.ruleId === 'judged-then' && m.inspection !== null) keys.push(`${g}|paired|${m.areaKey}`);
    if (m.inspection === null) keys.push(`${g}|own`);
    else keys.push(`${g}|i|${m.inspection}|${m.areaKey}`, `${g}|past`, `${g}|past|${m.areaKey}`);
    return keys;
  }

  add(m: JudgementMention): void {
    this.done.push(m);
    for (const key of KeptSpans.keys(m)) {
      const index = this.current.get(key) ?? new SpanIndex();
      index.add(m);
      this.current.set(key, index);
    }
  }

  /** Starts a new pass: everything kept so far becomes one set of indexes, in order of start. */
  nextPass(): void {
    this.before = new Map();
    for (const m of [...this.done].sort((a, b) => a.start - b.start)) {
      for (const key of KeptSpans.keys(m)) {
        const index = this.before.get(key) ?? new SpanIndex();
        index.add(m);
        this.before.set(key, index);
      }
    }
    this.current = new Map();
  }

  overlaps(key: string, m: JudgementMention): boolean {
    return (this.before.get(key)?.overlaps(m) || this.current.get(key)?.overlaps(m)) ?? false;
  }

  covers(key: string, m: Span): boolean {
    return (this.before.get(key)?.covers(m) || this.current.get(key)?.covers(m)) ?? false;
  }
}

/**
 * Is a kept mention a twin of m: same grade, overlapping spans, the same inspection (an undated
 * "previous" one takes any; an own one takes an own one, or an earlier one whose span holds it),
 * and the same area (two own mentions, or an own prose mention inside a kept one, need not agree).
 */
function hasTwin(kept: KeptSpans, m: JudgementMention): boolean {
  const g = m.grade;
  // the generic "judged" clause inside a dated statement that named its areas adds nothing
  if (m.ruleId === 'judged-then' && kept.overlaps(`${g}|names-areas`, m)) return true;
  if (m.inspection === 'previous') return kept.overlaps(`${g}|a|${m.areaKey}`, m);
  // A mention dated by its sentence's first date only, inside one that dates each area itself ("X and Y
  // were judged adequate when last inspected in 2011 and 2013"), adds nothing.
  if (m.inspection !== null)
    return (
      kept.overlaps(`${g}|i|${m.inspection}|${m.areaKey}`, m) ||
      (!DATES_ITSELF.has(m.ruleId) && kept.covers(`${g}|paired|${m.areaKey}`, m))
    );
  if (kept.overlaps(`${g}|own`, m)) return true;
  // Its grade word (its last word) read by a dated or "previous" mention of the same area: one
  // time reading for one grade, the earlier ("have ‘improved since the last inspection in 2019’, when
  // services were found to be inadequate": a subject rule over the sentence, the "when" rule over the clause).
  const last = lastWordEnd(m);
  if (kept.covers(`${g}|past|${m.areaKey}`, { start: last - 1, end: last })) return true;
  return kept.covers(isProse(m) ? `${g}|past` : `${g}|past|${m.areaKey}`, m);
}

/**
 * Keeps one mention where several rules found the same grade for one area in overlapping spans.
 * Tables and headings are taken first (their spans are tighter than a prose sentence's), dated
 * ones before own ones; within a pass in order of start, longer first. Shapes: mentions in any
 * order in, kept mentions in document order out; O(n log n).
 */
export function mergeRepeats(mentions: JudgementMention[]): JudgementMention[] {
  const pass = (m: JudgementMention) => Number(isProse(m)) * 2 + Number(m.inspection === null);
  const passes: JudgementMention[][] = [[], [], [], []];
  for (const m of mentions) passes[pass(m)]!.push(m);
  const kept = new KeptSpans();
  const out: JudgementMention[] = [];
  for (const group of passes) {
    kept.nextPass();
    for (const m of group.sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (hasTwin(kept, m)) continue;
      kept.add(m);
      out.push(m);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
