// Reads Ofsted's demands retold in the prose of council papers and news items (the heads are
// prose-demand-rules.ts): each demand becomes one recommendation with source `inspection`; what the
// council says it did or will do, its plans, and other bodies' demands are left alone.
import type { Recommendation } from '../model/findings';
import { DEMAND_VERB, demandRules, partsOf, type DemandRule, type Part } from './prose-demand-rules';
import { reportedDemandRules } from './reported-demand-rules';

/** Every head, in the order tried: the inspectorate's own verbs first, then reported speech. */
const RULES = [...demandRules, ...reportedDemandRules];

/** A sentence's end inside a line: a stop (and closing quotes) before a capital, or the line's end. */
const STOP = /[.!?]["'’”)]*(?=\s+["'‘“(]?[A-Z0-9]|\s*$)/g;
const PRONOUN = /^(?:[Tt]hey|[Ii]t)\b/;
const INSPECTION_WORD = /\b(?:Ofsted|OFSTED|inspectors?|inspectorate|inspection|watchdog|regulator)\b/i;
const MODAL =
  /\b(?:must|should|needs?\s+to|needed\s+to|had\s+to|has\s+to|have\s+to|ought\s+to|(?:could|should)\s+be\s+(?:further\s+)?(?:strengthened|improved)|need(?:s|ed)?\s+(?:improving|improvement|strengthening)(?=\s*$)|identified\s+as\s+(?:an?\s+)?areas?\s+(?:for|of|which|that|needing|requiring))\b/;
/** "it is important to …", "action should be taken to …": the verb phrase after it is the demand. */
const IMPORTANT =
  /^(?:it\s+(?:is|was)\s+(?:important|vital|essential|necessary|crucial)\s+to|(?:(?:urgent|immediate|further)\s+)?action\s+(?:should|must|needs\s+to|needed\s+to|had\s+to)\s+be\s+taken\s+to)\s+/i;
/** A deadline closing a demand is its deadline, not its text: "… reduce agency staff within three months". */
const TRAILING_DEADLINE = /\s+(?:within\s+(?:one|two|three|four|six|nine|twelve|\d+)\s+months|immediately)$/i;
const AUTHORITY_SUBJECT =
  /^(?:the\s+(?:(?:county|city|borough)\s+)?(?:council|authority|local\s+authority)|it|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s*$/;
/** A school's people are not the authority's; money to save is not a demand on practice. */
const SCHOOL_SUBJECT = /\b(?:school|academy|pupils?|teachers?|headteacher|governors)\b/i;
const MONEY = /£|\bbudget\b|\bsav(?:e|ings?)\b/i;
/** "staff should be proud of …": praise, not a demand. */
const PRAISE = /\bbe\s+(?:proud|pleased|congratulated|commended|celebrated)\b/i;
/** "more progress needs to be made": no action named. */
const VAGUE = /^(?:much\s+)?(?:more|further|greater|faster|some)\s+(?:progress|work|improvement|pace)\s*$/i;
const MANDATED = new RegExp(
  `^(?:the\\s+(?:(?:county|city|borough)\\s+)?(?:council|authority|local\\s+authority)|it|[A-Z][\\w’'-]+)\\s+(?=${DEMAND_VERB}\\b)`,
);
const LEADING_ADVERB = /^(?:(?:also|now|immediately|urgently|further)\s+)+/;
const STARTS_WITH_VERB = new RegExp(`^${DEMAND_VERB}\\b`);
/** A demand is read at most this far after its head, so a run of heads in one long sentence stays linear. */
const MAX_DEMAND = 600;
const DEADLINE = /\b(?:immediately|immediate|urgently|urgent|within\s+(?:one|two|three|six|twelve|\d+)\s+months)\b/i;

/** The quoted demand of one part, or null: a verb phrase, or a clause with a modal ("X needed to …"). */
function demandOf(part: Part, rule: DemandRule, first: boolean, head: string): Part | null {
  // "The inspectors said the council needs to improve:" is a list's lead-in; its items are the demands.
  if (/:\s*$/.test(part.text)) return null;
  let text = part.text.replace(/[\s.,!?"”’]+$/, '').replace(TRAILING_DEADLINE, '');
  let at = part.at;
  const lead = (re: RegExp) => {
    const m = re.exec(text);
    if (!m) return false;
    text = text.slice(m[0].length);
    at += m[0].length;
    return true;
  };
  // A quoted demand ("The report said \"support … could be improved\""): the quotation marks are not its text.
  lead(/^["“]/);
  const verbPhrase = lead(IMPORTANT) || (first && rule.reads === 'verbs');
  lead(LEADING_ADVERB);
  if (verbPhrase || STARTS_WITH_VERB.test(text)) return /^['‘]?[a-z]/.test(text) && !MONEY.test(text) ? { text, at } : null;
  // "recommended that the council review …": the verb after the authority is the demand.
  const mandated = /\b(?:recommended|urged|insisted)\b/.test(head) ? MANDATED.exec(text) : null;
  if (mandated) return lead(MANDATED) && !MONEY.test(text) ? { text, at } : null;
  const modal = MODAL.exec(text);
  if (!modal) return null;
  const subject = text.slice(0, modal.index);
  // "Inspectors found that staff had to cover …" tells what happened, not what must; "X could be
  // improved" names what must improve, however long X is.
  const passive = /\sbe\s/.test(modal[0]);
  if (
    subject.length > (passive ? 200 : 80) ||
    SCHOOL_SUBJECT.test(subject) ||
    MONEY.test(text) ||
    PRAISE.test(text) ||
    VAGUE.test(subject) ||
    (/^had\s/.test(modal[0]) && /\bfound\b/.test(head))
  )
    return null;
  if (AUTHORITY_SUBJECT.test(subject) && !/\sbe\s/.test(modal[0])) {
    const after = text.slice(modal.index + modal[0].length).replace(/^\s+/, '');
    at += text.length - after.length;
    text = after;
    lead(LEADING_ADVERB);
  }
  return text.length >= 8 ? { text, at } : null;
}

/** Each sentence of the text: its offset and text; a line's end always ends one. */
function* sentences(text: string): Generator<{ at: number; text: string }> {
  for (const line of text.matchAll(/[^\n]+/g)) {
    let from = 0;
    STOP.lastIndex = 0;
    for (let m = STOP.exec(line[0]); m; m = STOP.exec(line[0])) {
      const chunk = line[0].slice(from, m.index + m[0].length);
      const lead = chunk.length - chunk.trimStart().length;
      yield { at: line.index + from + lead, text: chunk.slice(lead) };
      from = m.index + m[0].length;
    }
    if (line[0].slice(from).trim()) yield { at: line.index + from, text: line[0].slice(from) };
  }
}

/**
 * Ofsted's demands retold in a paper's or news item's prose, in order, each with source
 * `inspection` and its deadline ("immediately", "immediate") when the text gives one. Empty for a
 * news item about a school (a school's next steps are not the authority's). Source: council
 * papers, press releases and news items restating an inspection's recommendations.
 */
export function detectProseDemands(text: string): Recommendation[] {
  const out: Recommendation[] = [];
  let prev = '';
  let prevGave = false;
  for (const s of sentences(text)) {
    const found = demandsIn(s.text, prevGave || INSPECTION_WORD.test(prev), prevGave);
    for (const d of found) {
      const start = s.at + d.at;
      out.push({
        ruleId: d.ruleId,
        quote: d.text,
        start,
        end: start + d.text.length,
        deadline: d.deadline,
        source: 'inspection',
        section: null,
      });
    }
    prev = s.text;
    prevGave = found.length > 0;
  }
  return out;
}

/** "Better understanding was required of …, it said.": the speaker after the demand. Groups: 1 the demand, 2 the speaker. */
const TRAILING_SPEAKER =
  /^(.{8,400}?),["'’”]?\s{1,5}(Ofsted|OFSTED|[Ii]nspectors|[Tt]he\s{1,5}(?:inspectorate|watchdog|regulator|inspectors|(?:inspection\s{1,5})?report)|[Ii]t|[Tt]hey)\s{1,5}(?:also\s{1,5})?(?:said|says|added|warned|noted|concluded|stated|found)[.!]?["'’”]?\s*$/;
const NEEDED =
  /\b(?:(?:was|is|were|are)\s+(?:still\s+|also\s+)?(?:required|needed|necessary|essential)|must|should|needs?\s+to|has\s+to|have\s+to|need(?:s|ed)?\s+(?:improving|improvement|strengthening))\b/;

/** The demand of a sentence whose speaker comes last, or none: a need or a modal, not the council's plans or money. */
function trailingDemand(sentence: string, prevNamed: boolean): (Part & { ruleId: string; deadline: string | null })[] {
  const m = TRAILING_SPEAKER.exec(sentence);
  if (!m || !NEEDED.test(m[1]!) || (PRONOUN.test(m[2]!) && !prevNamed)) return [];
  const text = m[1]!.replace(/["'’”]+$/, '');
  if (SCHOOL_SUBJECT.test(text) || MONEY.test(text) || PRAISE.test(text) || /^(?:we|I|our)\b/i.test(text)) return [];
  const deadline = DEADLINE.exec(text);
  return [{ text, at: 0, ruleId: 'demand-trailing-speaker', deadline: deadline ? deadline[0].toLowerCase() : null }];
}

/** The demands one sentence gives; `prevNamed`: the sentence before named the inspection or gave a demand. */
function demandsIn(
  sentence: string,
  prevNamed: boolean,
  prevGave: boolean,
): (Part & { ruleId: string; deadline: string | null })[] {
  const out: (Part & { ruleId: string; deadline: string | null })[] = [];
  for (const rule of RULES) {
    if (rule.chained && !prevGave) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      const at = m.index + m[0].length;
      // A head that is only a lookahead ("needed-improving") matches no characters: step past it.
      if (m[0].length === 0) rule.pattern.lastIndex++;
      // "It"/"They" speak for Ofsted only after a sentence that names the inspection.
      if (PRONOUN.test(m[0]) && !prevNamed && !INSPECTION_WORD.test(sentence.slice(Math.max(0, m.index - 300), m.index)))
        continue;
      if (rule.before && !rule.before.test(sentence.slice(Math.max(0, m.index - 300), m.index))) continue;
      if (rule.inspectionNamed && !prevNamed && !INSPECTION_WORD.test(sentence)) continue;
      const before = out.length;
      partsOf(sentence.slice(at, at + MAX_DEMAND), at).forEach((p, k) => {
        const d = demandOf(p, rule, k === 0, m![0]);
        const deadline = DEADLINE.exec(m![0]) ?? DEADLINE.exec(p.text);
        if (d) out.push({ ...d, ruleId: `demand-${rule.id}`, deadline: deadline ? deadline[0].toLowerCase() : null });
      });
      // One head gives the sentence's demands; a head that gave none leaves the sentence to the next rule.
      if (out.length > before) return out;
    }
  }
  return out.length > 0 ? out : trailingDemand(sentence, prevNamed);
}
