import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { AREAS_TO_IMPROVE_LEAD_IN, ITEM_MARKER, RESOLVED_LEAD_IN, SPOKEN_LEAD_IN } from '../../../lib/detect/recommendation-rules';
import { reportedDemandRules } from '../../../lib/detect/reported-demand-rules';

// Recommendations restated in council papers and news, found by their shape (invented wording, the
// shapes of real papers): areas listed in one sentence, lists after a lead-in naming areas to improve,
// reported speech, and the committee's own decisions. Findings and strengths are none.
const PAPER = 'Agenda item\n\nChildren and Young People Scrutiny Committee\n\n';
const found = (body: string) => detectReport(PAPER + body).recommendations.map((r) => [r.quote, r.source]);
const quotes = (body: string) => detectReport(PAPER + body).recommendations.map((r) => r.quote);

describe.each(reportedDemandRules.map((r) => [r.id, r] as const))('reported-speech demand rule %s', (_id, rule) => {
  it.each(rule.examples.match)('opens a demand at %j', (example) => {
    rule.pattern.lastIndex = 0;
    expect(rule.pattern.test(example)).toBe(true);
  });
  it.each(rule.examples.miss)('opens none at %j', (example) => {
    rule.pattern.lastIndex = 0;
    expect(rule.pattern.test(example)).toBe(false);
  });
});

describe('areas named in one sentence, then listed: "… as needing improvement. These were a; b; and c."', () => {
  it.each([
    [
      'Ofsted rated Anyshire good. Four areas were highlighted in the letter as needing improvement. These were return home interviews, which inform safety plans; advice to care leavers about where to live; the timeliness of early help; and the oversight of the designated officer.\n',
      [
        'return home interviews, which inform safety plans',
        'advice to care leavers about where to live',
        'the timeliness of early help',
        'the oversight of the designated officer',
      ],
    ],
    [
      'Inspectors visited in March. Three areas were identified as requiring improvement. They were the quality of plans, supervision and the use of data.\n',
      ['the quality of plans', 'supervision', 'the use of data'],
    ],
    [
      'The focused visit found two areas for further development. These include pathway planning and health assessments for children in care.\n',
      ['pathway planning', 'health assessments for children in care'],
    ],
  ])('%j', (body, items) => {
    expect(quotes(body)).toEqual(items);
    expect(found(body).every(([, source]) => source === 'inspection')).toBe(true);
  });

  it('strengths, and areas already improved, are none', () => {
    expect(quotes('Ofsted visited Anyshire. Two areas were highlighted as strengths. These were adoption and fostering.\n')).toEqual([]);
    expect(quotes('Several areas have seen improvement since the last inspection. These were supervision and planning.\n')).toEqual([]);
  });
});

describe('a list after a lead-in naming areas to improve, ending in a colon or a dash', () => {
  it.each([
    'Five areas needing improvement were highlighted in the report:',
    'The key areas that the Council needed to improve included -',
    'Aspects which still require further work are:',
    'Children’s services were inspected in May. The areas identified as requiring improvement comprised –',
  ])('%j opens a list of the inspection’s areas', (lead) => {
    expect(found(`${lead}\n\n• the timeliness of assessments;\n\n• the quality of child protection plans.\n`)).toEqual([
      ['the timeliness of assessments;', 'inspection'],
      ['the quality of child protection plans.', 'inspection'],
    ]);
  });

  it.each([
    'Inspectors said weaknesses included:',
    'Areas of strength included:',
    'Areas where the council has improved include:',
    'Improvements made since the last inspection are:',
  ])('%j (findings, strengths, progress) opens none', (lead) => {
    expect(AREAS_TO_IMPROVE_LEAD_IN.test(lead)).toBe(false);
    expect(SPOKEN_LEAD_IN.test(lead)).toBe(false);
    expect(quotes(`${lead}\n- the timeliness of assessments\n- the quality of plans\n`)).toEqual([]);
  });
});

it('the council’s own plan naming areas for development opens no list of the inspection’s', () => {
  expect(AREAS_TO_IMPROVE_LEAD_IN.test('The council’s improvement plan covers the areas needing improvement:')).toBe(false);
  expect(AREAS_TO_IMPROVE_LEAD_IN.test('The action plan sets out areas which need to improve:')).toBe(false);
});

describe('Ofsted’s demands in reported speech (source inspection)', () => {
  it.each([
    ['Ofsted inspectors visited in May. The council was told to improve how it tracked children missing from education.\n', 'improve how it tracked children missing from education'],
    ['The inspection ended last week. Anyshire has been ordered to urgently address delays in assessments.\n', 'address delays in assessments'],
    ['Ofsted visited Anyshire. The council was told child protection plans had to be clearer.\n', 'child protection plans had to be clearer'],
    ['Inspectors published their letter. The authority was also told that managers must check case records monthly.\n', 'managers must check case records monthly'],
    ['Ofsted published its report. The quality of supervision also needed improving, inspectors said.\n', 'The quality of supervision also needed improving'],
    ['Ofsted rated the council good. Help for care leavers had been identified as an area which needed to improve.\n', 'Help for care leavers had been identified as an area which needed to improve'],
    ['The inspection report was published on Monday. Return home interviews still need to be improved.\n', 'Return home interviews still need to be improved'],
  ])('%j', (body, quote) => {
    expect(found(body)).toEqual([[quote, 'inspection']]);
  });

  it('with no inspection named, or the council’s own wish, none', () => {
    expect(quotes('The council was told to improve its website by residents.\n')).toEqual([]);
    expect(quotes('The budget was set in March. Our parks still need to be improved.\n')).toEqual([]);
    expect(quotes('Ofsted visited Anyshire. We need to improve our website.\n')).toEqual([]);
    expect(quotes('Ofsted visited Anyshire. The council was told to expect a second visit.\n')).toEqual([]);
  });
});

describe('the committee’s decisions in minutes (source committee)', () => {
  it('"the Mayor agreed that:" then "(1) …" items broken mid-sentence, up to the minutes’ prose', () => {
    expect(
      found(
        'Having considered an officer report, the Mayor\nagreed that:\n(1) the inspection report be noted;\n(2) the improvement plan be endorsed as a response to the\ninspection findings;\n(3) the views of the Select Committee as set out\nbe received.\nIn presenting the report, the Cabinet Member said it was expected.\n',
      ),
    ).toEqual([
      ['the inspection report be noted;', 'committee'],
      ['the improvement plan be endorsed as a response to the\ninspection findings;', 'committee'],
      ['the views of the Select Committee as set out\nbe received.', 'committee'],
    ]);
  });

  it.each(['The Cabinet agreed that:', 'The Committee RESOLVED that:', 'Members decided to:'])('%j opens the committee’s list', (lead) => {
    expect(RESOLVED_LEAD_IN.test(lead)).toBe(true);
  });

  it('"(1)" is a list marker; "(2019)" in prose is not', () => {
    expect(ITEM_MARKER.exec('(1) the plan be noted')?.[1]).toBe('1');
    expect(ITEM_MARKER.test('(2019) was a hard year')).toBe(false);
  });

  it.each([
    ['The report was presented. Cabinet was asked to approve the improvement plan.\n', 'Cabinet was asked to approve the improvement plan.'],
    ['Members were asked to note the letter and the action plan.\n', 'Members were asked to note the letter and the action plan.'],
    ['The Executive is asked to endorse the response to Ofsted.\n', 'The Executive is asked to endorse the response to Ofsted.'],
  ])('%j is the committee’s recommendation', (body, quote) => {
    expect(found(body)).toEqual([[quote, 'committee']]);
  });

  it('asked to discuss, or asked a question, is none', () => {
    expect(quotes('The Panel was asked to discuss the letter.\nCabinet was asked whether the plan was funded.\n')).toEqual([]);
  });
});

describe('the areas first, then that they need improving (source inspection)', () => {
  it.each([
    [
      'Ofsted published the report. A joint inspection last July found that multi-agency working and strategy meetings were areas requiring priority action.\n',
      ['multi-agency working', 'strategy meetings'],
    ],
    ['Supervision and planning were identified as areas for improvement.\n', ['Supervision', 'planning']],
    [
      'Inspectors said that the timeliness of assessments, pathway plans and return home interviews were areas for further development.\n',
      ['the timeliness of assessments', 'pathway plans', 'return home interviews'],
    ],
  ])('%j', (body, items) => {
    expect(found(body)).toEqual(items.map((q) => [q, 'inspection']));
  });

  it('strengths, or areas that improved, are none', () => {
    expect(quotes('Inspectors found that adoption and fostering were areas of strength.\n')).toEqual([]);
    expect(quotes('Adoption and fostering were areas that had improved.\n')).toEqual([]);
  });
});

describe('a need the inspectorate names, a deadline group, action to be taken', () => {
  it.each([
    ['Ofsted inspectors reported on Monday. They have highlighted an immediate need to ensure caseloads are manageable.\n', 'ensure caseloads are manageable', 'immediate'],
    ['Inspectors identified a clear need to improve the quality of plans.\n', 'improve the quality of plans', null],
    ['The report stressed the need for the council to strengthen management oversight.\n', 'strengthen management oversight', null],
    ['Some actions were labelled immediate.\n\n‘Immediate needs’ include making sure children attend their conferences.\n', 'making sure children attend their conferences', null],
    ['Inspectors also said action should be taken to reduce dependency on agency staff within three months.\n', 'reduce dependency on agency staff', 'within three months'],
  ])('%j', (body, quote, deadline) => {
    expect(detectReport(PAPER + body).recommendations.map((r) => [r.quote, r.source, r.deadline])).toEqual([[quote, 'inspection', deadline]]);
  });

  it('a council’s own need, or a need to celebrate, is none', () => {
    expect(quotes('The council highlighted a need to improve its website.\nInspectors highlighted a need to celebrate success.\n')).toEqual([]);
  });

  it('a quoted clause "X could be improved" is one demand, however long X is', () => {
    expect(
      quotes(
        'The report said "support from out-of-hours social workers to children who become subject to police protection powers at night could be improved".\n',
      ),
    ).toEqual(['support from out-of-hours social workers to children who become subject to police protection powers at night could be improved']);
  });
});

describe('a paper’s recommendation under its numbered heading', () => {
  it('"Members note …" is the committee’s; the next numbered heading is no item', () => {
    expect(
      found(
        '1. Purpose of report\n\nTo inform members.\n\n2. Recommendations\n\nMembers note the findings and assess the scrutiny arrangements.\n\n3. Link to Corporate Plan\n\nThis report is relevant.\n',
      ),
    ).toEqual([['Members note the findings and assess the scrutiny arrangements.', 'committee']]);
  });

  it('numbered items under the heading still run on', () => {
    expect(quotes('Recommendations\n\n1. That the report be noted.\n2. That a further report be brought in March.\n')).toEqual([
      'That the report be noted.',
      'That a further report be brought in March.',
    ]);
  });
});
