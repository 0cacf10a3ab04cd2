// A demand whose speaker comes last, as news items retell Ofsted ("Better understanding was required
// of children's needs, it said."): read by prose-demands.ts when no head rule gave the sentence a demand.
import type { Part } from './demand-parts';
import { DEADLINE, MONEY, PRAISE, PRONOUN, SCHOOL_SUBJECT } from './demand-filters';

/** "Better understanding was required of …, it said.": the speaker after the demand. Groups: 1 the demand, 2 the speaker. */
const TRAILING_SPEAKER =
  /^(.{8,400}?),["'’”]?\s{1,5}(Ofsted|OFSTED|[Ii]nspectors|[Tt]he\s{1,5}(?:inspectorate|watchdog|regulator|inspectors|(?:inspection\s{1,5})?report)|[Ii]t|[Tt]hey)\s{1,5}(?:also\s{1,5})?(?:said|says|added|warned|noted|concluded|stated|found)[.!]?["'’”]?\s*$/;
const NEEDED =
  /\b(?:(?:was|is|were|are)\s+(?:still\s+|also\s+)?(?:required|needed|necessary|essential)|must|should|needs?\s+to|has\s+to|have\s+to|need(?:s|ed)?\s+(?:improving|improvement|strengthening))\b/;

/** The demand of a sentence whose speaker comes last, or none: a need or a modal, not the council's plans or money. */
export function trailingDemand(sentence: string, prevNamed: boolean): (Part & { ruleId: string; deadline: string | null })[] {
  const m = TRAILING_SPEAKER.exec(sentence);
  if (!m || !NEEDED.test(m[1]!) || (PRONOUN.test(m[2]!) && !prevNamed)) return [];
  const text = m[1]!.replace(/["'’”]+$/, '');
  if (SCHOOL_SUBJECT.test(text) || MONEY.test(text) || PRAISE.test(text) || /^(?:we|I|our)\b/i.test(text)) return [];
  const deadline = DEADLINE.exec(text);
  return [{ text, at: 0, ruleId: 'demand-trailing-speaker', deadline: deadline ? deadline[0].toLowerCase() : null }];
}
