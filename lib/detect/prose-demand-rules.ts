// Ofsted's demands as council papers and news items retell them in prose, as data with their own
// examples: "Ofsted ordered the council to immediately improve …", "<Authority> must also ensure …",
// "the report also suggested that social workers needed to …", "Their report asked for action to be
// taken to ensure …". Each pattern matches the head only; what follows it to the sentence's end is
// read as one demand or several (prose-demands.ts). Every quantifier is bounded or anchored to a
// literal word, so each runs in time linear in the sentence.

/** Who speaks: the inspectorate, its inspectors or its report ("It"/"They" only after an inspection word). */
export const SPEAKER =
  "(?:Ofsted|OFSTED|[Ii]nspectors|[Tt]he\\s{1,5}(?:inspectorate|watchdog|regulator|inspectors|inspection)|(?:[Tt]he|[Tt]heir|[Ii]ts|Ofsted[’']s)\\s{1,5}(?:(?:inspection|final|latest)\\s{1,5})?report|[Tt]hey|[Ii]t)";

/** The authority addressed: "the council", "the local authority", "it", a name ("Anyshire"). */
export const ADDRESSEE =
  "(?:the\\s{1,5}(?:(?:county|city|borough|district)\\s{1,5})?(?:council|authority|local\\s{1,5}authority|service|department|trust)|it|them|[A-Z][\\w’'-]{1,30}(?:\\s{1,5}[A-Z][\\w’'-]{1,30}){0,3})";

/** The verbs Ofsted's demands open with; " and <verb>" starts the next demand. */
export const DEMAND_VERB =
  '(?:improve|ensure|make\\s+sure|strengthen|address|tackle|reduce|increase|establish|review|develop|take|act|raise|secure|sustain|prioriti[sz]e|implement|embed|demonstrate|provide)';

export interface DemandRule {
  id: string;
  /** global; matches the head, the demand runs from its end to the sentence's end */
  pattern: RegExp;
  /** `verbs`: what follows is one or more verb phrases ("improve X and ensure Y"); `clauses`: that-clauses with a modal */
  reads: 'verbs' | 'clauses';
  /** true: only straight after a sentence that gave a demand ("Anyshire must also ensure …") */
  chained: boolean;
  /** when set, the sentence before the head must match it ("inspectors identified … where X could be strengthened") */
  before?: RegExp;
  examples: { match: string[]; miss: string[] };
}

export const demandRules: DemandRule[] = [
  {
    id: 'ordered-to',
    pattern: new RegExp(
      `\\b${SPEAKER}\\s{1,5}(?:(?:has|have|had)\\s{1,5})?(?:also\\s{1,5})?(?:ordered|told|instructed|directed|required|urged|called\\s{1,5}on|asked|wants?|wanted|would\\s{1,5}like)\\s{1,5}${ADDRESSEE}\\s{1,5}to\\s{1,5}` +
        '(?:(?:carry\\s{1,5}out|take)\\s{1,5}(?:immediate|urgent)\\s{1,5}action\\s{1,5}to\\s{1,5})?',
      'g',
    ),
    reads: 'verbs',
    chained: false,
    examples: {
      match: [
        'Ofsted ordered the council to immediately improve',
        'They have told Anyshire to take urgent action to ensure',
        'Inspectors want the council to improve',
      ],
      miss: ['The Department for Education ordered the council to improve', 'Ofsted ordered a review of'],
    },
  },
  {
    id: 'action-to-be-taken',
    pattern: new RegExp(
      `\\b${SPEAKER}\\s{1,5}(?:also\\s{1,5})?(?:asked|called)\\s{1,5}for\\s{1,5}(?:(?:immediate|urgent|swift)\\s{1,5})?action\\s{1,5}(?:to\\s{1,5}be\\s{1,5}taken\\s{1,5})?to\\s{1,5}`,
      'g',
    ),
    reads: 'verbs',
    chained: false,
    examples: {
      match: ['Their report asked for action to be taken to ensure', 'Inspectors called for urgent action to improve'],
      miss: ['The council asked for action to be taken to ensure', 'Their report asked for views'],
    },
  },
  {
    id: 'said-that',
    pattern: new RegExp(
      `\\b${SPEAKER}\\s{1,5}(?:also\\s{1,5})?(?:said|stated|added|suggested|recommended|warned|concluded|found|made\\s{1,5}clear|insisted|told\\s{1,5}${ADDRESSEE})\\s{1,5}(?:that\\s{1,5})?`,
      'g',
    ),
    reads: 'clauses',
    chained: false,
    examples: {
      match: ['the report also suggested that', 'Ofsted said Anyshire', 'It added that', 'Inspectors told the authority it'],
      miss: ['The Leader said that', 'the council suggested that'],
    },
  },
  {
    id: 'must-also',
    pattern: new RegExp(
      `^(?:(?!(?:We|I|You|Our|Your|This|That|These|Those|He|She|There|The|A|An|Its|Their)\\b)[A-Z][\\w’'-]{1,30}(?:\\s{1,5}[A-Z][\\w’'-]{1,30}){0,3}|The\\s{1,5}(?:council|authority|local\\s{1,5}authority|department|service|trust)|It)\\s{1,5}(?:must|should|needs\\s{1,5}to)\\s{1,5}(?:also\\s{1,5})?(?=${DEMAND_VERB}\\b)`,
      'g',
    ),
    reads: 'verbs',
    chained: true,
    examples: {
      match: ['Anyshire must also ensure that', 'The council should improve'],
      miss: ['We must also ensure that', 'The council must save £2m', 'It was agreed that Anyshire must ensure'],
    },
  },
  {
    id: 'need-to',
    pattern: new RegExp(
      `\\b${SPEAKER}\\s{1,5}(?:(?:has|have|had)\\s{1,5})?(?:also\\s{1,5})?(?:highlighted|identified|noted|cited|stressed|emphasi[sz]ed|flagged|underlined|pointed\\s{1,5}to)\\s{1,5}(?:an?|the)\\s{1,5}(?:(?:immediate|urgent|clear|further|continuing|continued|ongoing|pressing)\\s{1,5})?need\\s{1,5}to\\s{1,5}`,
      'g',
    ),
    reads: 'verbs',
    chained: false,
    examples: {
      match: [
        'They have highlighted an immediate need to ensure',
        'Inspectors identified a clear need to improve',
        'The report also stressed the need to review',
      ],
      miss: ['The council highlighted an immediate need to', 'Inspectors highlighted the need for'],
    },
  },
  {
    id: 'needs-include',
    pattern:
      /(?:^|[.;]\s{1,5})["'‘“]?(?:[Ii]mmediate\s{1,5}(?:needs|actions?)|[Pp]riorit(?:y|ies)\s{1,5}for\s{1,5}(?:action|improvement)|[Aa]ctions?\s{1,5}(?:required|needed))["'’”]?\s{1,5}(?:include|included|are|were)\s{1,5}/g,
    reads: 'verbs',
    chained: false,
    examples: {
      match: [
        "'Immediate needs' include making sure",
        'Priorities for action are improving',
        'Actions required included reviewing',
      ],
      miss: ['Our immediate needs include funding', 'The priorities for the council include'],
    },
  },
  {
    id: 'could-be-strengthened',
    pattern:
      /\b(?:where|that)\s{1,5}(?=[^.;\n]{3,200}?\s(?:could|should)\s{1,5}be\s{1,5}(?:further\s{1,5})?(?:strengthened|improved)\b)/g,
    reads: 'clauses',
    chained: false,
    before: new RegExp(`\\b${SPEAKER}\\b[^]*\\b(?:identified|found|said|noted)\\b`),
    examples: {
      match: ['inspectors identified some cases where plans could be further strengthened'],
      miss: ['inspectors found plans were strong'],
    },
  },
];

/** A demand, or a part of the text after a head, with its offset in the sentence. */
export type Part = { text: string; at: number };

/** Where one demand ends and the next begins: "; ", ", and that", " and that", " and <verb>", ", and <subject> <verb>". */
const SPLIT = new RegExp(
  `;\\s+|,?\\s+and\\s+that\\s+|,?\\s+and\\s+(?=${DEMAND_VERB}\\b)|,\\s+and\\s+(?=[a-z]+(?:\\s[a-z]+){0,3}\\s(?:were|was|is|are|had|have|has|did|needed|must|should)\\b)`,
  'g',
);
const ENDS_WITH_VERB = new RegExp(`(?:^|\\s)${DEMAND_VERB}$`);

/** Splits the demand text into its parts, each with its offset in the sentence. */
export function partsOf(rest: string, at: number): Part[] {
  const out: Part[] = [];
  let from = 0;
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(rest); m; m = SPLIT.exec(rest)) {
    // "improve and sustain": a verb alone is not a demand; the next verb shares its object.
    if (m[0].includes('and') && ENDS_WITH_VERB.test(rest.slice(from, m.index).trim())) continue;
    out.push({ text: rest.slice(from, m.index), at: at + from });
    from = m.index + m[0].length;
  }
  out.push({ text: rest.slice(from), at: at + from });
  return out;
}
