// Ofsted's demands in reported speech, as council papers and news items retell them, as data with
// their own examples (read by prose-demands.ts after the rules of prose-demand-rules.ts): "The
// council was told to improve how it tracked …",
// "The council was told child protection plans had to be clearer", "Supervision also needed
// improving." Each runs only where the inspection is named in the sentence or the one before.
import { ADDRESSEE, DEMAND_VERB, SPEAKER, type DemandRule } from './prose-demand-rules';

/** The authority as a sentence's subject: "The council", "It", a name ("Anyshire", "Anyshire County Council (ACC)"), or ADDRESSEE's words. */
const SUBJECT = `(?:(?:[Tt]he|A)\\s{1,5}(?:(?:county|city|borough|district)\\s{1,5})?(?:council|authority|local\\s{1,5}authority|service|department|trust)|It|${ADDRESSEE})(?:\\s{1,5}\\([A-Z]{2,8}\\))?`;

export const reportedDemandRules: DemandRule[] = [
  {
    // Reported speech with the authority as the subject: "The council was told to improve how it tracked …".
    id: 'was-told-to',
    pattern: new RegExp(
      `\\b${SUBJECT}\\s{1,5}(?:was|were|(?:has|have|had)\\s{1,5}been)\\s{1,5}` +
        // "was given a 'satisfactory' rating and told to …": what else it was given comes first
        '(?:[^.;!?\\n]{1,80}?\\s(?:and|but)\\s{1,5})?' +
        `(?:also\\s{1,5})?(?:told|ordered|instructed|directed|urged|required)\\s{1,5}to\\s{1,5}` +
        `(?=(?:(?:also|now|immediately|urgently|further)\\s{1,5})*${DEMAND_VERB}\\b)`,
      'g',
    ),
    reads: 'verbs',
    chained: false,
    inspectionNamed: true,
    addresseeFirst: true,
    examples: {
      match: [
        'The council was told to improve how it tracked',
        'Anyshire has been ordered to urgently address',
        'Anyshire County Council (ACC) was told to improve',
        'The department was given a “satisfactory” rating and told to revise',
        'The local authority was also told to ensure',
        'A council has been told to improve',
      ],
      miss: ['The council was told to expect a visit', 'Cabinet was asked to approve the plan'],
    },
  },
  {
    // "The council was told child protection plans had to be clearer": what it was told, with a modal.
    id: 'was-told-that',
    pattern: new RegExp(
      `\\b${SUBJECT}\\s{1,5}(?:was|were|(?:has|have|had)\\s{1,5}been)\\s{1,5}(?:also\\s{1,5})?(?:told|warned)\\s{1,5}(?:that\\s{1,5})?` +
        // what it was told holds a modal: "… was told in May" is no demand
        '(?=[a-z][^.;!?\\n]{0,200}?\\b(?:must|should|had\\s{1,5}to|has\\s{1,5}to|have\\s{1,5}to|needs?\\s{1,5}to|needed\\s{1,5}to|ought\\s{1,5}to)\\b)',
      'g',
    ),
    reads: 'clauses',
    chained: false,
    inspectionNamed: true,
    // the authority is the subject: an inspection named in the document's opening is enough
    addresseeFirst: true,
    examples: {
      match: [
        'The council was told child protection plans had to be clearer',
        'Anyshire was also told that managers must check',
        'The authority has been warned that plans needed to improve',
      ],
      miss: ['The council was told in May', 'Staff were told about it'],
    },
  },
  {
    // Work still to do, as a monitoring visit's letter puts it: "there was still more to do to strengthen …".
    id: 'more-to-do',
    pattern: new RegExp(
      '\\bthere\\s{1,5}(?:is|was|remains|remained)\\s{1,5}(?:still\\s{1,5})?(?:(?:much|a\\s{1,5}lot)\\s{1,5})?(?:more|further)\\s{1,5}(?:work\\s{1,5})?(?:to\\s{1,5}do|needed|required)\\s{1,5}to\\s{1,5}' +
        `(?=${DEMAND_VERB}\\b)`,
      'g',
    ),
    reads: 'verbs',
    chained: false,
    inspectionNamed: true,
    examples: {
      match: [
        'there was still more to do to strengthen',
        'there is more work to do to improve',
        'there was further work needed to ensure',
        'there remains much more to do to address',
      ],
      miss: ['there was more to do in the afternoon', 'there is more work to do on the budget'],
    },
  },
  {
    // "It also wants to see better case supervision by managers and more regular assessments": what Ofsted wants, as nouns.
    id: 'wants-to-see',
    pattern: new RegExp(
      `\\b${SPEAKER}\\s{1,5}(?:also\\s{1,5})?(?:wants?|wanted|would\\s{1,5}like|expects?|expected)\\s{1,5}to\\s{1,5}see\\s{1,5}(?=(?:more|better|greater|faster|stronger|clearer|improved|consistent)\\b|improvements?\\s{1,5}(?:in|to)\\b)`,
      'g',
    ),
    reads: 'verbs',
    chained: false,
    examples: {
      match: [
        'It also wants to see better case supervision',
        'Inspectors would like to see more consistent planning',
        'Ofsted expects to see improvements in',
      ],
      miss: [
        'The council wants to see better outcomes',
        'Inspectors wanted to see the files',
        'areas inspectors want to see further improvement is',
      ],
    },
  },
  {
    // The need stated with what needs it as the subject: "Supervision also needed improving.",
    // "Help for care leavers had been identified as an area which needed to improve." The whole sentence.
    id: 'needed-improving',
    pattern:
      /^(?=(?!(?:We|I|Our|You|Your|What|How|Which|Why|Where)\b)(?![^.;!?\n]{0,200}?\b(?:said|says|added|told|felt|thought|believed|claimed|reported|[Ww]e|[Oo]ur)\b)[A-Z][^.;!?\n]{3,200}?\s(?:(?:also|still)\s{1,5})?(?:(?<!\b(?:the|a|an)\s)need(?:s|ed)?\s{1,5}(?:improving|improvement|strengthening|to\s{1,5}(?:be\s{1,5})?(?:improved?|strengthened))|(?:was|were|(?:has|have|had)\s{1,5}been)\s{1,5}identified\s{1,5}as\s{1,5}(?:an?\s{1,5})?areas?\s{1,5}(?:for|of|which|that|needing|requiring)\b)[^,;]{0,200}$)/g,
    reads: 'clauses',
    chained: false,
    inspectionNamed: true,
    examples: {
      match: [
        'The quality of supervision also needed improving.',
        'Help for care leavers had been identified as an area which needed to improve.',
        'Return home interviews need to be improved',
      ],
      miss: [
        'What still needs to improve?',
        'After the visit the need to improve was identified and a board set up.',
        'We need to improve our website.',
        'Supervision needed improving, inspectors said.',
        'Staff said that the office needed improving.',
        'The Director added: “We had already recognised areas that needed to be improved.',
      ],
    },
  },
];
