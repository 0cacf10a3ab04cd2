// Recommendations as council papers and minutes restate them in prose: run-in lists after a lead-in
// ("Areas for development: X, Y, and Z", "Some areas for improvement were identified which included
// X; Y; Z", "Amongst areas identified for further consideration were X"), one recommendation named
// in a sentence ("One recommendation was to …", "the Inspectors first recommendation, which
// suggested that …", "the need to …" in the inspection report), and the committee's own numbered or
// quoted resolutions ("1.  That the results … be noted.", “That the Committee have oversight …”).
import type { Recommendation, RecommendationSource } from '../model/findings';
import { anaphoricRunIns } from './anaphoric-run-in';
import { colonRunIns } from './colon-run-in';
import { decisionFields, recommendationsByAction } from './named-recommendations';
import { detectProseDemands } from './prose-demands';
import { isSchoolNews } from './school-news';
import { labelledRecommendations } from './labelled-recommendations';
import { actionPlanRecommendations } from './action-plan-tables';
import { SpanIndex } from './span-index';
import { AREAS_NEEDING, AREAS_WERE, LIST_NEEDS, LIST_WERE_AREAS, listedAreas, RUN_IN } from './run-in-rules';

/** The inspection named in a sentence, as its speaker: "The report notes that …", "Inspectors found that …". */
const INSPECTION_NAMED = /\b(?:Ofsted|OFSTED|[Ii]nspectors?|[Ii]nspection|[Ii]nspectorate|watchdog|regulator|report)\b/;

/**
 * A paper about a peer challenge or review names it in a title line, short and with no full stop
 * ("LGA Peer Challenge - Outcome"); one named in passing in a news item's prose ("Senior managers used
 * their self-evaluation, peer review process and …") leaves the areas it lists the inspection's.
 */
const PEER_REVIEW = /^(?![^\n]{201})[^.\n]*?\bpeer\s+(?:review|challenge)\b[^.\n]*$/im;

/**
 * The council's own plan or promise before a list of areas, or its work already under way: "The council
 * has drawn up a plan for …", "We will …", "leaders are actively tackling areas that need …".
 */
const OWN_PLAN = /\b(?:plan|we|our|will)\b|\b(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?(?:tackling|addressing|working\s+on|focusing\s+on)\s+$/i;

/** A clause not addressed to the committee ("that the Cabinet approves …" is the paper's own). */
const NOT_TO_COMMITTEE = '(?!(?:the\\s{1,20})?(?:Cabinet|Committee|Panel|Board|Members|Executive)\\b)';

/** One recommendation named in a sentence; group 1 is its text. */
const NAMED = new RegExp(
  '\\brecommendations?,?\\s{1,20}(?:which\\s{1,20})?(?:suggested|said|stated|asked)\\s{1,20}that\\s{1,20}([^.\\n]{10,400})' +
    '|\\b(?:one|another|the\\s{1,20}(?:first|second|third|last|final))\\s{1,20}recommendation\\s{1,20}(?:was|is)\\s{1,20}(to\\s{1,20}[^.\\n]{10,400})' +
    // "Among 11 recommendations were to …", "One of Ofsted's recommendations is that …": one named among several.
    "|\\b(?:among(?:st)?|(?:one|another|some)\\s{1,20}of)\\s{1,20}(?:(?:the|its|their|Ofsted[’']s|the\\s{1,20}inspectors[’']|\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s{1,20}){1,2}(?:(?:key|main|other|further)\\s{1,20})?recommendations\\s{1,20}(?:was|is|were|are)\\s{1,20}((?:to\\s{1,20}(?!(?:the|a|an|be|note|approve|agree|endorse)\\s)|that\\s{1,20}(?!(?:the\\s{1,20})?(?:Cabinet|Committee|Panel|Board|Members|Executive)\\b))[^.\\n]{10,400})" +
    '|\\b(?:inspection\\s{1,20}report|inspectors?|Ofsted)\\s{1,20}(?:of|on|highlighted|identified|noted)\\s{1,20}(the\\s{1,20}need\\s{1,20}to\\s{1,20}[^.\\n]{10,400})' +
    // "Watchdogs have ordered immediate improvements to be made to child protection services"
    // "It called for improvements in …" only after a sentence naming the inspection (read below).
    '|\\b(?:Ofsted|inspectors|watchdogs?|the\\s{1,20}(?:watchdog|inspectorate|regulator)|It|They)\\s{1,20}(?:(?:has|have)\\s{1,20})?((?:ordered|demanded|recommended|called\\s{1,20}for)\\s{1,20}(?:(?:immediate|urgent|swift|rapid)\\s{1,20})?improvements?\\s{1,20}(?:to\\s{1,20}be\\s{1,20}made\\s{1,20})?(?:to|in|at)\\s{1,20}[^.\\n–—]{5,300})' +
    // "In response to Ofsted’s recommendation that the council should …": to the clause's end.
    `|\\b(?:Ofsted|OFSTED|(?:the\\s{1,20})?(?:inspectors?|inspection|watchdog|regulator))[’']s?\\s{1,20}(?:(?:key|main|first|second|final|other)\\s{1,20})?recommendation\\s{1,20}that\\s{1,20}(${NOT_TO_COMMITTEE}[^.,;\\n]{10,300})` +
    // "The report’s only recommendation is that the council improves …"
    `|\\b(?:only|sole|single)\\s{1,20}recommendation\\s{1,20}(?:was|is)\\s{1,20}(that\\s{1,20}${NOT_TO_COMMITTEE}[^.\\n]{10,400})`,
  'gi',
);

/** "That" as a speaker's pronoun, not a resolution's opening: "That has meant …", "That was the right choice." */
const THAT_PRONOUN = '(?!(?:has|had|have|is|was|were|would|will|could|can|may|might|must|should|meant|means|said|says|seems|seemed|did|does|made|makes|led|leads)\\b)';

/**
 * The committee's resolutions: numbered, bulleted, quoted or a line of their own, "That … be noted."
 * (or "be NOTED."); numbered or bulleted, one addressed to its officers or members, "3. That officers
 * report back …", "b) That the Director writes to …" (a numbered paragraph "3. That is why …" is none,
 * and so is a quoted speaker's "That has meant …").
 */
const THAT_LINE = new RegExp(
  '^[ \\t]*(?:(?:\\d{1,2}[.)]|[a-z][.)]|[·•])[ \\t]+)?(That\\s' +
    THAT_PRONOUN +
    '[^\\n]{0,600}?\\bbe\\s+(?:[a-z]+ed|[A-Z]+ED)\\b[^\\n]*?)[ \\t]*$' +
    '|^[ \\t]*(?:\\d{1,2}[.)]|[a-z][.)]|[·•])[ \\t]+(That\\s+(?:the\\s+)?(?:officers?|(?:[A-Z][a-z]+\\s+){0,2}(?:Director|Chair|Committee|Cabinet|Panel|Board|Council|Executive|Member|Holder|Officer|Manager)|members)\\s+(?!(?:is|was|were|has|had|would|could|will|said|did)\\b)[a-z]+\\s[^\\n]{5,600}?)[ \\t]*$' +
    '|[“"](That\\s' +
    THAT_PRONOUN +
    '[^”"\\n]{10,600})[”"]',
  'gm',
);

/**
 * "Council is RECOMMENDED to receive the report …", "Cabinet was asked to approve the plan.": a paper's
 * own recommendation, at a line's or a sentence's start, to the sentence's end. "asked to" counts only
 * with a decision's verb ("The Panel is asked to discuss the letter." is none).
 */
const RECOMMENDED_TO =
  /(?:^[ \t]*|(?<=[.!?]["'’”]?[ \t]{1,5}))((?:The\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:Council|Cabinet|Committee|Panel|Board|Executive|Members|Forum)\s+(?:is|are|was|were)\s+(?:(?:RECOMMENDED|recommended)\s+to\s+|asked\s+to\s+(?=(?:approve|agree|endorse|note|adopt|accept|ratify|delegate|support|receive)\b))[^\n]{5,600}?(?:\.(?=\s|$)|$))/gm;

/**
 * A task minutes set the officers: "Officers were asked to bring a report on progress …", "Officers
 * were asked whether an update could be provided in three months …", "The Committee asked officers to
 * …". The committee's own recommendation. A member's question ("Members asked whether …") is none.
 */
const OFFICERS_ASKED = new RegExp(
  '(?:^|(?<=[.!?]\\s{1,5}))((?:(?:Officers|The\\s{1,5}(?:Director|officers?|Corporate\\s{1,5}Director))\\s{1,5}(?:were|was)\\s{1,5}(?:asked|requested|instructed)|The\\s{1,5}(?:Committee|Panel|Board)\\s{1,5}(?:asked|requested|instructed)\\s{1,5}(?:the\\s{1,5})?officers?)\\s{1,5}' +
    '(?:to\\s{1,5}(?:provide|bring|report|circulate|update|give|arrange|ensure|prepare|share|present|include|review|write|confirm|send|monitor)\\b|whether\\s[^.\\n]{0,120}?\\bcould\\s{1,5}be\\s{1,5}(?:provided|brought|circulated|given|arranged|shared|presented|included|reported)\\b)[^.\\n]{0,300}\\.)',
  'gm',
);

/** A decision's verb: what a committee agrees "to" do with a report or a plan. */
const DECISION_VERB = '(?:note|approve|agree|endorse|seek|receive|adopt|accept|request|ask|delegate|support|refer|recommend)';

/**
 * The committee's decisions retold in a news item's prose: "The council's executive agreed at its meeting
 * on 3 May to note the report …; to seek a further report … and to agree …", "Councillors agreed … to
 * approve …". At a sentence's start, the decisions to the sentence's end (group 1), each "to <decision
 * verb> …" one recommendation.
 */
const AGREED_TO = new RegExp(
  '(?:^|(?<=[.!?]["\'’”]?[ \\t]{1,5}))(?:[Tt]he[ \\t]+)?(?:(?:[A-Z][\\w’\'-]*|council[’\']s)[ \\t]+){0,3}(?:[Ee]xecutive|[Cc]abinet|[Cc]ommittee|[Pp]anel|[Bb]oard|[Cc]ouncillors|[Mm]embers)[ \\t]+(?:(?:has|have)[ \\t]+)?(?:agreed|resolved|decided)\\b' +
    `[^.;\\n]{0,80}?[ \\t](to[ \\t]+${DECISION_VERB}\\b[^.\\n]{5,800})`,
  'gm',
);
/** Where one decision ends and the next begins: "; ", "; and ", " and to <decision verb>". */
const NEXT_DECISION = new RegExp(`;\\s+(?:and\\s+)?(?=to\\s)|,?\\s+and\\s+(?=to\\s+${DECISION_VERB}\\b)`, 'g');

/** The decisions of an AGREED_TO match, as { quote, start }: each part that starts "to <decision verb>". */
function decisionsAgreed(list: string, at: number): { quote: string; start: number }[] {
  const out: { quote: string; start: number }[] = [];
  const starts = new RegExp(`^to\\s+${DECISION_VERB}\\b`);
  let from = 0;
  const push = (to: number) => {
    const quote = list.slice(from, to).trimEnd();
    if (starts.test(quote) && quote.length >= 12) out.push({ quote, start: at + from });
  };
  for (const m of list.matchAll(NEXT_DECISION)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(list.length);
  return out;
}

/** The sentence's text before `at`, back to a stop or a line break, at most 300 characters. */
function sentenceBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 300), at);
  return window.slice(Math.max(window.lastIndexOf('.'), window.lastIndexOf('\n')) + 1);
}

function item(ruleId: string, text: string, start: number, quote: string, source: RecommendationSource): Recommendation {
  return { ruleId, quote, start, end: start + quote.length, deadline: null, source, section: null };
}

/**
 * Recommendations a paper restates in prose, and the committee's numbered resolutions, in order of
 * position; none overlaps `known` (those found by the list and resolution rules) or another.
 * Source: "inspection", or "review" in a peer challenge or review write-up; "committee" for "That …".
 */
export function detectPaperRecommendations(text: string, known: Recommendation[]): Recommendation[] {
  const source: RecommendationSource = PEER_REVIEW.test(text.slice(0, 1500)) ? 'review' : 'inspection';
  const found: Recommendation[] = [];
  for (const m of text.matchAll(RUN_IN)) {
    // "respond to the areas for improvement: in detailing the action plan": a list of areas starts with no preposition.
    if (/^(?:in|on|at|by|for|to|with|from)\s/i.test(m[1]!)) continue;
    // "… including three within the first part and four within the second": counts of areas, not areas.
    if (/^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:within|in|of|under|from|across)\s/i.test(m[1]!)) continue;
    // "The actions demanded were discussed …": what happened to them, not which they are.
    if (/\b(?:were|are)\s+$/.test(m[0].slice(0, -m[1]!.length)) && /^(?:also|now|still|not|being|[a-z]+ed)\b/.test(m[1]!))
      continue;
    // "… areas for improvement:" / "The council has already started work on these …": a statement, not areas.
    if (
      /^(?:the\s+(?:(?:county|city|borough)\s+)?(?:council|authority|local\s+authority)|we|it|they|this|these|our)\s/i.test(m[1]!)
    )
      continue;
    const at = m.index + m[0].length - m[1]!.length;
    for (const p of listedAreas(m[1]!, at)) found.push(item('run-in-list', text, p.start, p.quote, source));
  }
  for (const p of anaphoricRunIns(text)) found.push(item('anaphoric-run-in', text, p.start, p.quote, source));
  for (const p of colonRunIns(text)) found.push(item('colon-run-in', text, p.start, p.quote, source));
  for (const m of text.matchAll(AREAS_NEEDING)) {
    // "The council has drawn up a plan for the areas requiring improvement, including …": its own plan.
    if (OWN_PLAN.test(sentenceBefore(text, m.index))) continue;
    const at = m.index + m[0].length - m[1]!.length;
    for (const p of listedAreas(m[1]!, at)) found.push(item('areas-needing', text, p.start, p.quote, source));
  }
  for (const m of text.matchAll(LIST_NEEDS)) {
    // Only a list, in a sentence naming the inspection: "Inspectors found that staff need to be supported" is one finding.
    // "found that although leaders have made improvements, three areas still need improvement": the concession is no area.
    const concession = /^(?:although|though|while|whilst|despite|even\s+though)\b[^,]{0,200},\s*/i.exec(m[1]!)?.[0].length ?? 0;
    const areas = listedAreas(m[1]!.slice(concession), m.index + m[0].indexOf(m[1]!) + concession);
    if (areas.length < 2 || !INSPECTION_NAMED.test(sentenceBefore(text, m.index + 10))) continue;
    for (const p of areas) found.push(item('list-needs', text, p.start, p.quote, source));
  }
  for (const m of text.matchAll(AREAS_WERE)) {
    const at = m.index + m[0].length - m[1]!.length;
    for (const p of listedAreas(m[1]!, at)) found.push(item('areas-were', text, p.start, p.quote, source));
  }
  for (const m of text.matchAll(LIST_WERE_AREAS)) {
    // A sentence's start also matches "Inspectors found that A and B were …": the list is after the verb.
    const verb = /^.*\b(?:found|said|identified|noted|highlighted|concluded|showed)\s+(?:that\s+)?/s.exec(m[1]!);
    const list = verb ? m[1]!.slice(verb[0].length) : m[1]!;
    // "Ofsted said there were areas for development, notably …": "there" names no area.
    if (/^(?:there|it|they|these|this)\s*$/i.test(list)) continue;
    const at = m.index + m[0].indexOf(m[1]!) + (verb ? verb[0].length : 0);
    for (const p of listedAreas(list, at)) found.push(item('areas-listed-first', text, p.start, p.quote, source));
  }
  for (const m of text.matchAll(NAMED)) {
    if (/^(?:It|They)\s/.test(m[0]) && !INSPECTION_NAMED.test(text.slice(Math.max(0, m.index - 300), m.index))) continue;
    // "… called for improvements in X, saying services were not up to par": the participle clause is the finding.
    const quote = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]!).replace(/,\s+(?:saying|noting|adding|stating|warning)\b[^]*$/, '').trim();
    found.push(item('named-recommendation', text, m.index + m[0].lastIndexOf(quote), quote, source));
  }
  for (const m of text.matchAll(THAT_LINE)) {
    const quote = (m[1] ?? m[2] ?? m[3]!).trim();
    found.push(item('that-resolution', text, m.index + m[0].indexOf(quote), quote, 'committee'));
  }
  for (const p of decisionFields(text)) found.push(item('decision-field', text, p.start, p.quote, 'committee'));
  for (const p of recommendationsByAction(text)) found.push(item('recommendation-by-action', text, p.start, p.quote, source));
  for (const p of labelledRecommendations(text, source)) found.push(item('labelled-recommendation', text, p.start, p.quote, p.source));
  for (const p of actionPlanRecommendations(text, source)) found.push(item('action-plan-row', text, p.start, p.quote, p.source));
  for (const m of text.matchAll(OFFICERS_ASKED))
    found.push(item('officers-asked', text, m.index + m[0].length - m[1]!.length, m[1]!, 'committee'));
  for (const m of text.matchAll(AGREED_TO))
    for (const p of decisionsAgreed(m[1]!, m.index + m[0].length - m[1]!.length)) found.push(item('agreed-to', text, p.start, p.quote, 'committee'));
  for (const m of text.matchAll(RECOMMENDED_TO))
    found.push(item('recommended-to', text, m.index + m[0].length - m[1]!.length, m[1]!.trimEnd(), 'committee'));
  // A school's next steps retold in a news item are the school's, not the authority's.
  if (!isSchoolNews(text)) found.push(...detectProseDemands(text));
  // "Ofsted said there were areas that needed to be addressed such as A, and B": the areas, not the whole clause.
  found.sort((a, b) => a.start - b.start);
  // "The regulator said leaders must: act on A; and B": the list's items, not a demand running over the colon.
  const whole = (r: Recommendation, k: number) =>
    r.ruleId.startsWith('demand-') &&
    (((found[k + 2]?.start ?? Infinity) < r.end && found[k + 1]!.end <= r.end) ||
      (found[k + 1]?.ruleId === 'colon-run-in' && found[k + 1]!.start < r.end && r.quote.includes(':')));
  const parts = found.filter((r, k) => !whole(r, k));
  const seen = new SpanIndex();
  for (const k of [...known].sort((a, b) => a.start - b.start)) seen.add(k);
  let lastEnd = -1;
  return parts.filter((r) => {
    if (seen.overlaps(r) || r.start < lastEnd) return false;
    lastEnd = r.end;
    return true;
  });
}
