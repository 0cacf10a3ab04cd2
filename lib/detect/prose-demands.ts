// Reads Ofsted's demands retold in the prose of council papers and news items (the heads are
// prose-demand-rules.ts): each demand becomes one recommendation with source `inspection`; what the
// council says it did or will do, its plans, and other bodies' demands are left alone.
import type { Recommendation } from '../model/findings';
import { DEMAND_VERB, demandRules, type DemandRule } from './prose-demand-rules';
import { partsOf, sentences, type Part } from './demand-parts';
import { trailingDemand } from './trailing-speaker';
import { AREA_COUNT, DEADLINE, GRADE_WORDS, GRADED_AREA_SUBJECT, MONEY, OTHER_BODY, PRAISE, PRONOUN, REPORTED_QUESTION, SCHOOL_SUBJECT, WHOLE_SERVICE } from './demand-filters';
import { reportedDemandRules } from './reported-demand-rules';

/** Every head, in the order tried: the inspectorate's own verbs first, then reported speech. */
const RULES = [...demandRules, ...reportedDemandRules];

/** The inspection named: its body, its inspectors, or a visit under it ("The monitoring visit picked up …"). */
const INSPECTION_WORD = /\b(?:Ofsted|OFSTED|inspectors?|inspectorate|inspection|watchdog|regulator|(?:monitoring|focused)\s+visits?)\b/i;
const MODAL =
  /\b(?:must|should|needs?\s+to|needed\s+to|had\s+to|has\s+to|have\s+to|ought\s+to|(?:could|should)\s+be\s+(?:further\s+)?(?:strengthened|improved)|need(?:s|ed)?\s+(?:improving|improvement|strengthening)(?=\s*$)|identified\s+as\s+(?:an?\s+)?areas?\s+(?:for|of|which|that|needing|requiring))\b/;
/** "it is important to …", "action should be taken to …": the verb phrase after it is the demand. */
const IMPORTANT =
  /^(?:it\s+(?:is|was)\s+(?:important|vital|essential|necessary|crucial)\s+to|(?:(?:urgent|immediate|further)\s+)?action\s+(?:should|must|needs\s+to|needed\s+to|had\s+to)\s+be\s+taken\s+to)\s+/i;
/** A deadline closing a demand is its deadline, not its text: "… reduce agency staff within three months". */
const TRAILING_DEADLINE = /\s+(?:within\s+(?:one|two|three|four|six|nine|twelve|\d+)\s+months|immediately)$/i;
const AUTHORITY_SUBJECT =
  /^(?:the\s+(?:(?:county|city|borough)\s+)?(?:council|authority|local\s+authority)|it|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s*$/;
/** "more progress needs to be made": no action named. */
const VAGUE = /^(?:much\s+)?(?:more|further|greater|faster|some)\s+(?:progress|work|improvement|pace)\s*$/i;
const MANDATED = new RegExp(
  // "recommended that the council strives to place …": an effort's verb before the action counts as the demand's
  `^(?:the\\s+(?:(?:county|city|borough)\\s+)?(?:council|authority|local\\s+authority)|it|[A-Z][\\w’'-]+)\\s+(?=${DEMAND_VERB}\\b|(?:strive|work|seek|aim|try)s?\\s+to\\s)`,
);
/** A clause in the subjunctive after "recommended that": "supervision be strengthened", "visits be made within a week". */
const SUBJUNCTIVE = /^(?!(?:it|this|that|there|they|we|he|she)\s)[a-z][^,;:.]{2,120}?\sbe\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+en|made|put|set|kept|built|done)\b/;
const LEADING_ADVERB = /^(?:(?:also|now|immediately|urgently|further)\s+)+/;
const STARTS_WITH_VERB = new RegExp(`^${DEMAND_VERB}\\b`);
/**
 * Handing in the plan ("provide Ofsted with an action plan …", "submit a written statement of action …"): the
 * procedure after every inspection. Drawing one up to tackle the failings still counts as a demand.
 */
const ACTION_PLAN_DUTY =
  /^(?:to\s+)?(?:provide|submit|send|give|return)\b[^.;]{0,60}?\b(?:action\s+plan|(?:written\s+)?statement\s+of\s+action)\b/i;
/** Strengths or praise named just before the speaker, in the same clause. */
const STRENGTHS_BEFORE = /\b(?:strengths?|positives?|prais\w*)\b[^,;.:]{0,80}$/i;
/** A demand is read at most this far after its head, so a run of heads in one long sentence stays linear. */
const MAX_DEMAND = 600;

/** The quoted demand of one part, or null: a verb phrase, or a clause with a modal ("X needed to …"). */
function demandOf(part: Part, rule: DemandRule, first: boolean, head: string): Part | null {
  // "The inspectors said the council needs to improve:" is a list's lead-in; its items are the demands.
  if (/:\s*$/.test(part.text)) return null;
  // "improve its service for care leavers, noting that …": the participle clause is the report's finding, not the demand.
  // "… after Ofsted inspectors identified …": why the demand was made, not its text.
  let text = part.text
    .replace(/,\s+(?:noting|saying|adding|stating|warning|after|because|while|although)\b[^]*$/, '')
    .replace(/\s+(?:after|following)\s+(?:Ofsted|inspectors?|(?:an?|the|its)\s+(?:\w+\s+)?inspection)\b[^]*$/, '')
    .replace(/[\s.,!?"”’]+$/, '')
    .replace(TRAILING_DEADLINE, '');
  // Sending Ofsted an action plan is what every inspection asks (the framework's written statement of action), no recommendation.
  if (ACTION_PLAN_DUTY.test(text)) return null;
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
  // "… and to ensure teachers promote …": the second demand of a pair keeps its verb, not its "to".
  lead(new RegExp(`^to\\s+(?=${DEMAND_VERB}\\b)`));
  const verbPhrase = lead(IMPORTANT) || (first && rule.reads === 'verbs');
  lead(LEADING_ADVERB);
  if (verbPhrase || STARTS_WITH_VERB.test(text))
    return /^['‘]?[a-z]/.test(text) && !MONEY.test(text) && !WHOLE_SERVICE.test(text) ? { text, at } : null;
  // "recommended that the council review …": the verb after the authority is the demand.
  const mandated = /\b(?:recommended|urged|insisted)\b/.test(head) ? MANDATED.exec(text) : null;
  if (mandated) return lead(MANDATED) && !MONEY.test(text) ? { text, at } : null;
  // "recommended that managerial oversight be urgently improved …": the clause in the subjunctive is the demand.
  if (/\b(?:recommended|urged|insisted|asked)\b/.test(head) && SUBJUNCTIVE.test(text)) return MONEY.test(text) ? null : { text, at };
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
    // "… within a year of a decision that they should be adopted": the modal of a clause inside the subject.
    /\b(?:that|which|who)\s+(?:they|he|she|it|we|you)\s*$/.test(subject) ||
    GRADED_AREA_SUBJECT.test(subject) ||
    AREA_COUNT.test(subject) ||
    // "Ofsted have found us to be good and that we know what we need to do": the council speaking.
    /\b(?:[Ww]e|I|[Uu]s|[Oo]ur)\b/.test(subject) ||
    GRADE_WORDS.test(text) ||
    (/^had\s/.test(modal[0]) && /\bfound\b/.test(head))
  )
    return null;
  if (AUTHORITY_SUBJECT.test(subject) && !/\sbe\s/.test(modal[0])) {
    const after = text.slice(modal.index + modal[0].length).replace(/^\s+/, '');
    at += text.length - after.length;
    text = after;
    lead(LEADING_ADVERB);
  }
  // "What Ofsted said needs to improve": a heading's bare modal and verb, with nothing to improve, is no demand.
  const bare = /^(?:(?:needs?|has|have)\s+to|must|should)\s+\S+$/.test(text);
  return text.length >= 8 && !bare && !WHOLE_SERVICE.test(text) && !ACTION_PLAN_DUTY.test(text) ? { text, at } : null;
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
  // A news item or paper about an inspection names it in its opening.
  const opening = INSPECTION_WORD.test(text.slice(0, 1000));
  for (const s of sentences(text)) {
    const found = demandsIn(s.text, prevGave || INSPECTION_WORD.test(prev), prevGave, opening);
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

/** The demands one sentence gives; `prevNamed`: the sentence before named the inspection or gave a demand; `opening`: the document's opening did. */
function demandsIn(
  sentence: string,
  prevNamed: boolean,
  prevGave: boolean,
  opening: boolean,
): (Part & { ruleId: string; deadline: string | null })[] {
  const out: (Part & { ruleId: string; deadline: string | null })[] = [];
  // "The Chair asked whether Ofsted had named any areas that may need improvement": a question, no demand.
  if (REPORTED_QUESTION.test(sentence)) return out;
  for (const rule of RULES) {
    if (rule.chained && !prevGave) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      const at = m.index + m[0].length;
      // A head that is only a lookahead ("needed-improving") matches no characters: step past it.
      if (m[0].length === 0) rule.pattern.lastIndex++;
      // "It"/"They" speak for Ofsted only after a sentence that names the inspection.
      // "It was told to …": there "It" is the authority addressed, not a speaker.
      const addressed = rule.addresseeFirst === true;
      if (!addressed && PRONOUN.test(m[0]) && !prevNamed && !INSPECTION_WORD.test(sentence.slice(Math.max(0, m.index - 300), m.index)))
        continue;
      if (rule.before && !rule.before.test(sentence.slice(Math.max(0, m.index - 300), m.index))) continue;
      // "Strengths the watchdog found included: …": strengths reported, not demands ("Despite the strengths, …" still asks).
      if (STRENGTHS_BEFORE.test(sentence.slice(Math.max(0, m.index - 120), m.index))) continue;
      // "was required to" / "directed to" are as often the government's: only "told" or "ordered" lean on the opening.
      // "… will have to meet targets set by the government": another body's demand on the authority.
      if (addressed && OTHER_BODY.test(sentence)) continue;
      const told = addressed && opening && /\b(?:told|ordered|urged)\b/.test(m[0]);
      if (rule.inspectionNamed && !prevNamed && !INSPECTION_WORD.test(sentence) && !told) continue;
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
