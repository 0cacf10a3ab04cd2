// A demand whose speaker comes last, as news items retell Ofsted ("Better understanding was required
// of children's needs, it said."): read by prose-demands.ts when no head rule gave the sentence a demand.
import type { Part } from './demand-parts';
import { DEADLINE, GRADE_WORDS, GRADED_AREA_SUBJECT, MONEY, PRAISE, PRONOUN, SCHOOL_SUBJECT } from './demand-filters';

/**
 * "Better understanding was required of …, it said.": the speaker after the demand, perhaps with when
 * it spoke ("…, inspectors said at the time.", "…, Ofsted said in 2022."). Groups: 1 the demand, 2 the speaker.
 */
const TRAILING_SPEAKER =
  /^(.{8,400}?),["'’”]?\s{1,5}(Ofsted|OFSTED|[Ii]nspectors|[Tt]he\s{1,5}(?:inspectorate|watchdog|regulator|inspectors|(?:inspection\s{1,5})?report)|[Ii]t|[Tt]hey)\s{1,5}(?:also\s{1,5})?(?:said|says|added|warned|noted|concluded|stated|found)(?:\s{1,5}(?:at\s{1,5}the\s{1,5}time|then|last\s{1,5}year|in\s{1,5}(?:[A-Z][a-z]{2,8}\s{1,5})?(?:19|20)\d\d))?[.!]?["'’”]?\s*$/;
const NEEDED =
  /\b(?:(?:was|is|were|are)\s+(?:still\s+|also\s+)?(?:required|needed|necessary|essential)|must|should|needs?\s+to|has\s+to|have\s+to|need(?:s|ed)?\s+(?:improving|improvement|strengthening))\b/;

/** The demand of a sentence whose speaker comes last, or none: a need or a modal, not the council's plans or money. */
export function trailingDemand(sentence: string, prevNamed: boolean): (Part & { ruleId: string; deadline: string | null })[] {
  const m = TRAILING_SPEAKER.exec(sentence);
  const need = m ? NEEDED.exec(m[1]!) : null;
  if (!m || !need || (PRONOUN.test(m[2]!) && !prevNamed)) return [];
  // "… support if it is needed", "… what needs to be done next, the report found": praise with a need inside a clause.
  if (/\b(?:what|if\s+(?:it|they)|where|when|as|whatever)\s+$/i.test(m[1]!.slice(Math.max(0, need.index - 12), need.index)))
    return [];
  const text = m[1]!.replace(/["'’”]+$/, '');
  if (SCHOOL_SUBJECT.test(text) || MONEY.test(text) || PRAISE.test(text) || /^(?:we|I|our)\b/i.test(text)) return [];
  // "Leadership, management and governance also needs improving, the report found.": the grade restated.
  if (GRADE_WORDS.test(text) || GRADED_AREA_SUBJECT.test(text.slice(0, need.index))) return [];
  const deadline = DEADLINE.exec(text);
  return [{ text, at: 0, ruleId: 'demand-trailing-speaker', deadline: deadline ? deadline[0].toLowerCase() : null }];
}
