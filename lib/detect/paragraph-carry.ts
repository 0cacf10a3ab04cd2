// An undated past grade right after a sentence that dates an earlier grade is that inspection's:
// "In 2019, services were judged inadequate by Ofsted. Leadership was also rated inadequate." Papers
// and news items tell an earlier inspection's grades over several sentences of one paragraph.
// Source: council papers and news items (paper set, 2010–25), issue 10.
import type { JudgementMention } from '../model/findings';
import { toldInPast } from './lead-in-date';
import { datesIn, sentenceAround, type Span } from './text-util';

const SAME_PARAGRAPH = /^[ \t]*(?:\n[ \t]*)?$/;

/**
 * The mentions, each undated one (inspection null) whose sentence tells of the past only and
 * follows right after a sentence holding earlier-dated mentions and no current one (same
 * paragraph) taking their inspection. O(mentions), one sentence read per mention.
 */
export function carryEarlierDates(text: string, mentions: JudgementMention[]): JudgementMention[] {
  const order = [...mentions].sort((a, b) => a.start - b.start);
  const sentences = new Map<JudgementMention, Span>();
  const sentenceOf = (m: JudgementMention) => sentences.get(m) ?? sentences.set(m, sentenceAround(text, m.start, m.end)).get(m)!;
  const carried = new Map<JudgementMention, string>();
  let before: { sentence: Span; inspection: string | null; mixed: boolean } | null = null;
  for (const m of order) {
    const s = sentenceOf(m);
    let inspection = carried.get(m) ?? m.inspection;
    if (before && before.sentence.end <= s.start && m.inspection === null && !m.quote.includes('\t')) {
      const own = text.slice(s.start, s.end);
      const next = SAME_PARAGRAPH.test(text.slice(before.sentence.end, s.start));
      if (next && before.inspection && !before.mixed && datesIn(own).length === 0 && toldInPast(own)) {
        inspection = before.inspection;
        carried.set(m, inspection);
      }
    }
    if (before && before.sentence.start === s.start) {
      before.mixed ||= inspection === null || inspection !== before.inspection;
    } else before = { sentence: s, inspection, mixed: false };
  }
  return carried.size ? mentions.map((m) => (carried.has(m) ? { ...m, inspection: carried.get(m)! } : m)) : mentions;
}
