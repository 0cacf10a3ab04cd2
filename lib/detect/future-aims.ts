// A grade dated after the document's own time, in words of an aim ("leaders are rated outstanding in
// 2030" in a plan's aims, "By 2027, our children's services are rated outstanding"), is a hope, not a
// judgement: no inspection can have given it yet. Source: council plans and strategies (a new user's
// test, issue 10); GUIDELINES.md lists aims among the things that are not judgements.
import type { JudgementMention } from '../model/findings';
import { datelineDate } from './dateline';
import { sentenceAround, yearOf } from './text-util';

// An aim's words in the sentence or just before it (a list's "Our aims" heading).
const AIM_WORDS =
  /\b(?:aims?|aiming|ambitions?|targets?|want(?:s|ed)?|strive|striving|plans?|planned|planning|goals?|vision|aspir(?:e|es|ation|ations|ing)|intend(?:s|ed)?|hope(?:s|d)?)\b/i;
// Words of the future in the grade's own sentence.
const FUTURE_WORDS = /\b(?:will|shall|by\s+(?:19|20)\d\d)\b/i;
// How far before the sentence an aim's heading or lead-in is looked for.
const REACH = 200;

/** The year after which a date is in the document's future: its dateline's year, else this year's. O(1). */
export function referenceYear(text: string, now: Date = new Date()): number {
  const dateline = datelineDate(text);
  return dateline ? Number(dateline.slice(0, 4)) : now.getUTCFullYear();
}

/**
 * Is the mention dated after `reference` (a year) with an aim's words around it (see AIM_WORDS,
 * FUTURE_WORDS)? Reads its sentence and the REACH characters before it.
 */
export function futureAim(text: string, m: JudgementMention, reference: number): boolean {
  const year = yearOf(m.inspection ?? '');
  if (year === null || year <= reference) return false;
  const sentence = sentenceAround(text, m.start, m.end);
  const own = text.slice(sentence.start, sentence.end);
  return FUTURE_WORDS.test(own) || AIM_WORDS.test(text.slice(Math.max(0, sentence.start - REACH), sentence.end));
}

/** The mentions without future-dated aims (see futureAim). */
export function withoutFutureAims(text: string, mentions: JudgementMention[]): JudgementMention[] {
  if (!mentions.some((m) => (yearOf(m.inspection ?? '') ?? 0) > 0)) return mentions;
  const reference = referenceYear(text);
  return mentions.filter((m) => !futureAim(text, m, reference));
}
