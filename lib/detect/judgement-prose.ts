// Prose judgement rules: sentences in which a named area of one authority is given a grade.
import { AREA_WORDS } from './areas';
import { matchesNearGrades, SENTENCE_REACH } from './anchor-index';
import { REACH } from './prose-reach';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { aimOrCount } from './news-shared';
import { PLACE_NAME } from './place-name';
import { sentenceAround } from './text-util';

const G = `(${GRADE_SOURCE})`;
const Q = `["'‘’“”]?`;

// Subjects that name a graded area of one authority; generic plurals ("authorities", "LSCBs") never do.
const SUBJECT = [
  'the overall (?:judgement|effectiveness)(?: of [^.;\\n\\t]{3,160}?)?',
  '(?:the )?overall effectiveness',
  'the overall service',
  // "the capacity to improve services for looked after children … is good": capacity, whatever it improves.
  '(?:the )?capacity (?:for|to) improve(?:ment)?(?: [^.;\\n\\t]{3,120}?)?',
  '(?:the )?(?:effectiveness|quality) of (?:the )?safeguarding(?: services)?',
  "children[’']?s services(?: in (?:the )?[A-Z][\\w ,’'-]{2,60}?)?",
  `children[’']?s services (?:run|provided) by (?:the )?${PLACE_NAME}`,
  '(?:the )?experiences? of (?:children|care leavers|young people) (?:in care|looked after|leaving care)[^.;\\n\\t]{0,60}?',
  `(?:children[’']?s )?services in (?:the )?${PLACE_NAME}`,
  'services for (?:children|looked after children|care leavers)[^.;\\n\\t]{0,120}?',
  '(?:the )?(?:local )?safeguarding children board(?: \\(LSCB\\))?',
  '(?:the )?effectiveness of the (?:local )?safeguarding children board(?: \\(LSCB\\))?',
  'the (?:LSCB|[A-Z]SCB)',
  "(?:the )?care leavers[’']? service",
  '(?:the )?experiences and progress of (?:children|care leavers|young people)[^.;\\n\\t]{0,80}?',
  '(?:the )?(?:experiences and progress of )?care leavers',
  '(?:the )?(?:sub-)?judgements? (?:for|on|of) [^.;\\n\\t]{3,200}?',
  '(?:the )?impact of leaders[^.;\\n\\t]{0,80}?',
  "(?:the )?leadership(?:,? management and governance)? of (?:the )?children[’']?s services",
  '(?:the )?adoption performance',
].join('|');

const VERB =
  '(?:is|are|was|were|has been|have been|had been|remains?|(?:has |have |had )?remained)(?:\\s+(?:also|all|now|then|still|overall|again|officially))*' +
  '(?:\\s+at least)?(?:\\s+(?:judged|found|rated|considered|assessed|graded|deemed|confirmed|(?:re)?classified|ranked|classed|branded|labelled)(?:\\s+by Ofsted)?(?:\\s+(?:to be|as))?)?';

const AFTER = `(?=["'’”]?\\s*(?:$|[.,;:)]|overall\\b|in all\\b|and\\b|because\\b|when\\b|at that\\b|in (?:19|20)\\d\\d|in \\w+ of the (?:\\w+ ){0,2}(?:areas|judgements)\\b|in [A-Z][a-z]+ (?:19|20)\\d\\d|in (?:its|their) overall\\b|since\\b|with\\b|for (?:the|all)\\b|by (?:Ofsted|inspectors|the (?:inspectorate|regulator|watchdog))\\b))`;

// (?<=\\S): a subject ends on a letter, so its open-ended tail and the blanks after it never share a blank.
const SUBJECT_VERB = new RegExp(`\\b(${SUBJECT})(?<=\\S)\\s+${VERB}\\s+${Q}${G}${AFTER}`, 'gim');
// "… was deemed to still ‘require improvement’ to attain the rating of good": the grade ends at a quote or a clause word.
const REQUIRE_AFTER = `(?:${AFTER}|(?=["'’”]?\\s+to\\s+(?:attain|achieve|reach|secure|get)\\b))`;
const SUBJECT_REQUIRE = new RegExp(
  `\\b(${SUBJECT})(?<=\\S)\\s+(?:(?:is|are|was|were)\\s+(?:deemed|judged|found|considered|assessed)\\s+to\\s+)?(?:still\\s+|now\\s+)?${Q}(requir(?:e|es|ed)\\s+improvement(?:\\s+to\\s+be\\s+good)?)${REQUIRE_AFTER}`,
  'gim',
);
const OFSTED_JUDGED = new RegExp(
  `\\b(?:Ofsted|inspectors)\\s+(?:judged|found|rated)\\s+(the (?:Board|LSCB|[\\w ]{3,60}?services))\\s+(?:to be|as)\\s+${Q}${G}`,
  'gi',
);
const GRADE_FIRST = new RegExp(
  `\\b(?:(?:the|Ofsted[’']s)\\s+(?:overall\\s+)?|an\\s+overall\\s+)${Q}${G}${Q}\\s+(judgements?|ratings?|outcomes?|grades?|verdicts?|(?:mark|assessment)(?!s|\\s+of\\b))\\b`,
  'gi',
);
const JUDGEMENT_OF = new RegExp(`\\b(the overall (?:judgement|rating|grade))\\s+(?:of|as|was|is)\\s+${Q}${G}`, 'gi');
const JUDGEMENT_THAT = new RegExp(
  `\\b(?:Ofsted[’']s|the)\\s+judgement\\s+(?:was\\s+)?that\\s+([^.;\\n\\t]{3,120}?)(?<=\\S)\\s+(?:is|are|was|were)(?:\\s+then)?\\s+${Q}${G}`,
  'gi',
);
const APART_FROM = new RegExp(
  `\\bapart from\\s+([^,.;\\n]{3,60}?),\\s+which\\s+(?:(?:was|were)\\s+(?:judged\\s+)?(?:to be\\s+|as\\s+)?)?${G}`,
  'gi',
);

const SUB_TOPIC = /\b(?:for|of|to|with|about|from|on|by|among|amongst|including|into|than)\s+$/i;

function proseRule(
  id: string,
  re: RegExp,
  areaGroup: number,
  gradeGroup: number,
  note: string,
  examples: JudgementRule['examples'],
): JudgementRule {
  return {
    id,
    note,
    source: 'Ofsted reports and council papers, in prose',
    examples,
    find: (text) => {
      const out: RawJudgement[] = [];
      for (const m of matchesNearGrades(text, re, REACH[id] ?? SENTENCE_REACH)) {
        const gradeText = m[gradeGroup]!;
        const gradeEnd = m.index + m[0].lastIndexOf(gradeText) + gradeText.length;
        const sentence = sentenceAround(text, m.index, gradeEnd);
        // "Health information for care leavers is good": the subject is a sub-topic, not the area.
        const lead = text.slice(sentence.start, m.index);
        if (id.startsWith('subject-') && SUB_TOPIC.test(lead.slice(-30)) && !/judge?ment|grade|rating/i.test(lead)) continue;
        // "before they can give the council an overall ‘good’ rating": a grade named as a noun may be an aim.
        if (id === 'grade-then-judgement' && aimOrCount(text, m.index)) continue;
        const area = areaGroup ? m[areaGroup]!.replace(/\s+/g, ' ').trim() : 'overall';
        if (area !== 'overall' && !AREA_WORDS.test(area)) continue;
        // The quote runs from the sentence start (or the clause for "apart from") to the grade.
        const start = id === 'apart-from-which' ? m.index : Math.min(sentence.start, m.index);
        const end = gradeEnd + (/^["'’”]?\./.exec(text.slice(gradeEnd, gradeEnd + 2))?.[0].length ?? 0);
        // "have remained outstanding (since 2018)", "Children’s Services now ‘required improvement’", "This is
        // the first time the service has been rated good": the grade holds at this inspection.
        const holds =
          /\bremain(?:s|ed)?\b|\bnow\b/i.test(m[0]) || (/\b(?:has|have) been\b/i.test(m[0]) && /\bfirst time\b/i.test(lead));
        const current = holds ? { current: true } : {};
        out.push({ ruleId: id, area, grade: normaliseGrade(gradeText), start, end, prose: true, ...current });
      }
      return out;
    },
  };
}

export const proseJudgementRules: JudgementRule[] = [
  proseRule('subject-is-grade', SUBJECT_VERB, 1, 2, 'A named area with a copula or "judged" and a grade', {
    match: [
      'The overall judgement is requires improvement',
      'Capacity for improvement was considered to be good.',
      'The care leavers service was judged requiring improvement.',
      'Children’s services in Bracknell Forest are good',
      'The Safeguarding Children Board was also found to be inadequate.',
      'The effectiveness of the Local Safeguarding Children Board (LSCB) is\ngood',
    ],
    miss: [
      'Health information for care leavers is good.',
      'The range and standard of accommodation for care leavers is good.',
      'Partnership working is good at a strategic level',
      'LSCBs were found to be good',
      'have been judged to be good',
      'Domestic abuse work is good overall',
      'the service would probably be judged to be inadequate',
    ],
  }),
  proseRule(
    'subject-requires-improvement',
    SUBJECT_REQUIRE,
    1,
    2,
    'SIF headlines: "Children’s services in X require improvement to be good"',
    {
      match: [
        'Children’s services in Havering require improvement to be good',
        'Children’s services in Southend-on-Sea require improvement to be good',
        'The overall judgement is that children’s services require\nimprovement.',
      ],
      miss: ['Some assessments require improvement.', 'Schools in Stoke-on-Trent require improvement to be good.'],
    },
  ),
  proseRule('ofsted-judged-area', OFSTED_JUDGED, 1, 2, 'Ofsted as the subject: "Ofsted judged the Board to be inadequate"', {
    match: ['Ofsted judged the Board to be inadequate, and failing to fulfil its statutory functions.'],
    miss: ['Ofsted judged that more work was needed.'],
  }),
  proseRule(
    'grade-then-judgement',
    GRADE_FIRST,
    0,
    1,
    'The grade named as the judgement: "Ofsted’s “inadequate” judgement in July 2012"',
    {
      match: [
        'Ofsted\'s "inadequate" judgement in July 2012',
        'following the inadequate judgement',
        'The judgement in this category has led to an overall inadequate judgement.',
      ],
      miss: [
        'a good judgement call',
        'an inadequate judgement by staff',
        'before they can give the council an overall ‘good’ rating',
      ],
    },
  ),
  proseRule('overall-judgement-of', JUDGEMENT_OF, 1, 2, '"The Council accepted the overall judgement of inadequate"', {
    match: ['The Council accepted the overall judgement of inadequate and the individual judgements'],
    miss: ['the overall judgement of the panel was that staff worked hard'],
  }),
  proseRule('judgement-that', JUDGEMENT_THAT, 1, 2, '"Ofsted’s judgement that our arrangements were “inadequate”"', {
    match: [
      'Ofsted\'s judgement that our safeguarding and child protection arrangements were "inadequate" when inspected in July 2012',
      'In July 2013 Ofsted\'s judgement was that services were then "adequate" and required improvement',
    ],
    miss: ['the judgement that staff made was sound'],
  }),
  proseRule(
    'apart-from-which',
    APART_FROM,
    1,
    2,
    'The exception in a summary: "apart from care leavers’ services, which required improvement"',
    {
      match: ["inadequate in all areas apart from care leavers' services, which required improvement"],
      miss: ['apart from the weather, which was good'],
    },
  ),
];
