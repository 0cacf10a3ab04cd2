// Ofsted's demands as council papers and news items retell them in prose, as data with their own
// examples: "Ofsted ordered the council to immediately improve …", "<Authority> must also ensure …",
// "the report also suggested that social workers needed to …", "Their report asked for action to be
// taken to ensure …". Each pattern matches the head only; what follows it to the sentence's end is
// read as one demand or several (prose-demands.ts). Every quantifier is bounded or anchored to a
// literal word, so each runs in time linear in the sentence.

/** Who speaks: the inspectorate, its inspectors ("the inspection team") or its report ("It"/"They" only after an inspection word). */
export const SPEAKER =
  "(?:Ofsted|OFSTED|[Ii]nspectors|[Tt]he\\s{1,5}(?:inspectorate|watchdog|regulator|inspectors|inspection)(?:\\s{1,5}team)?|(?:[Tt]he|[Tt]heir|[Ii]ts|Ofsted[’']s)\\s{1,5}(?:(?:inspection|final|latest)\\s{1,5})?report|[Tt]hey|[Ii]t)";

/** The authority addressed: "the council", "the local authority", "it", a name ("Anyshire"). */
export const ADDRESSEE =
  "(?:the\\s{1,5}(?:(?:county|city|borough|district)\\s{1,5})?(?:council|authority|local\\s{1,5}authority|service|department|trust)|it|them|[A-Z][\\w’'-]{1,30}(?:\\s{1,5}[A-Z][\\w’'-]{1,30}){0,3})";

/** The verbs Ofsted's demands open with; " and <verb>" starts the next demand. */
export const DEMAND_VERB =
  '(?:improve|ensure|make\\s+sure|strengthen|address|tackle|reduce|increase|establish|review|develop|take|act|raise|secure|sustain|prioriti[sz]e|implement|embed|demonstrate|provide|speed\\s+up|revise|introduce|recruit|consider|monitor|draw\\s+up|audit|carry\\s+out|put\\s+in\\s+place)';

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
  /** true: only in a sentence that names the inspection, or straight after one that does or gave a demand */
  inspectionNamed?: boolean;
  /** true: the head's subject is the authority addressed ("It was told to …"): "It" is no speaker, and an inspection named in the document's opening is enough */
  addresseeFirst?: boolean;
  examples: { match: string[]; miss: string[] };
}

export const demandRules: DemandRule[] = [
  {
    id: 'ordered-to',
    pattern: new RegExp(
      `\\b${SPEAKER}\\s{1,5}(?:(?:has|have|had)\\s{1,5})?(?:also\\s{1,5})?(?:ordered|told|instructed|directed|required|urged|encouraged|advised|pressed|called\\s{1,5}on|asked|wants?|wanted|would\\s{1,5}like)\\s{1,5}${ADDRESSEE}\\s{1,5}to\\s{1,5}` +
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
        'inspectors encouraged the trust to improve',
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
      `\\b${SPEAKER},?\\s{1,5}(?:(?:has|have|had)\\s{1,5})?` +
        // "The report, published today, rated X good, but stated …": what else it said comes first, then "and" or "but" and the verb
        '(?:[^.;!?\\n]{1,120}?\\s(?:and|but)\\s{1,5})?' +
        `(?:also\\s{1,5})?(?:said|stated|added|suggested|recommended|warned|concluded|found|made\\s{1,5}clear|insisted|asked(?=\\s{1,5}that\\s)|told\\s{1,5}${ADDRESSEE})(?:\\s{1,5}(?:that\\s{1,5})?|:[ \\t]{1,5}[“"](?=[A-Z][^”"\\n]{0,200}?\\b(?:should|must|needs?\\s{1,5}to|will\\s{1,5}need\\s{1,5}to|ought\\s{1,5}to)\\b))`,
      'g',
    ),
    reads: 'clauses',
    chained: false,
    examples: {
      match: [
        'the report also suggested that',
        'Ofsted said Anyshire',
        'It added that',
        'Inspectors told the authority it',
        'Ofsted has recommended that',
        'The report rated adoption good, but stated support',
        'The report, published today, rated adoption good, but stated support',
        'They also asked that help',
        'The report said: “Leaders should',
      ],
      miss: [
        'The Leader said that',
        'the council suggested that',
        'Ofsted rated it good and the Leader said that',
        'Inspectors asked staff',
        'The report said: “Leaders have continued to strengthen',
      ],
    },
  },
  {
    id: 'must-also',
    pattern: new RegExp(
      `^(?:(?!(?:We|I|You|Our|Your|This|That|These|Those|He|She|There|The|A|An|Its|Their)\\b)[A-Z][\\w’'-]{1,30}(?:\\s{1,5}[A-Z][\\w’'-]{1,30}){0,3}|The\\s{1,5}(?:council|authority|local\\s{1,5}authority|department|service|trust)|It)\\s{1,5}(?:also\\s{1,5})?(?:must|should|needs\\s{1,5}to)\\s{1,5}(?:also\\s{1,5})?(?=${DEMAND_VERB}\\b)`,
      'g',
    ),
    reads: 'verbs',
    chained: true,
    examples: {
      match: ['Anyshire must also ensure that', 'The council should improve', 'The department also needs to demonstrate'],
      miss: ['We must also ensure that', 'The council must save £2m', 'It was agreed that Anyshire must ensure'],
    },
  },
  {
    id: 'need-to',
    pattern: new RegExp(
      `\\b${SPEAKER}\\s{1,5}(?:(?:has|have|had)\\s{1,5})?(?:also\\s{1,5})?(?:highlighted|identified|noted|cited|stressed|emphasi[sz]ed|flagged|underlined|pointed\\s{1,5}to)\\s{1,5}(?:an?|the)\\s{1,5}(?:(?:immediate|urgent|clear|further|continuing|continued|ongoing|pressing)\\s{1,5})?need\\s{1,5}` +
        // "the need for the council to strengthen …"; a demand's verb follows ("a need to celebrate" is none)
        // "the need for more work to strengthen …"
        `(?:for\\s{1,5}(?:(?:the\\s{1,5})?(?:council|authority|local\\s{1,5}authority)|(?:more|further)\\s{1,5}(?:work|action))\\s{1,5})?to\\s{1,5}(?=(?:(?:also|further)\\s{1,5})*${DEMAND_VERB}\\b)`,
      'g',
    ),
    reads: 'verbs',
    chained: false,
    examples: {
      match: [
        'They have highlighted an immediate need to ensure',
        'Inspectors identified a clear need to improve',
        'The report also stressed the need to review',
        'The report stressed the need for the council to strengthen',
        'They also highlighted the need for more work to strengthen',
      ],
      miss: ['The council highlighted an immediate need to', 'Inspectors highlighted the need for', 'Inspectors highlighted a need to celebrate'],
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
