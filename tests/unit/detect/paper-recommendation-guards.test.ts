import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { AREAS_TO_IMPROVE_LEAD_IN } from '../../../lib/detect/recommendation-rules';

// More shapes of recommendations restated in council papers and news (invented wording, the shapes of
// real papers), and the shapes that look like them but are none: a quoted speaker's "That has …", a
// reported question, a list of services after a grade, the council's own plans and progress.
const PAPER = 'Agenda item\n\nChildren and Young People Scrutiny Committee\n\n';
const found = (body: string) => detectReport(PAPER + body).recommendations.map((r) => [r.quote, r.source]);
const quotes = (body: string) => detectReport(PAPER + body).recommendations.map((r) => r.quote);

describe('areas where the council "can do better", then a list (source inspection)', () => {
  it.each([
    'On areas where the council can do better, the report listed:',
    'Areas where the authority must do better were:',
    'The letter named the areas in which leaders could do better:',
  ])('%j opens a list of the inspection’s areas', (lead) => {
    expect(AREAS_TO_IMPROVE_LEAD_IN.test(lead)).toBe(true);
    expect(found(`${lead}\n\n  • the timeliness of visits;\n  • the recording of children’s wishes; and\n  • the use of data.\n`)).toEqual([
      ['the timeliness of visits;', 'inspection'],
      ['the recording of children’s wishes; and', 'inspection'],
      ['the use of data.', 'inspection'],
    ]);
  });

  it('areas where the council already does better opens none', () => {
    expect(AREAS_TO_IMPROVE_LEAD_IN.test('Areas where the council did better than last time were:')).toBe(false);
  });
});

describe('the committee’s own resolutions', () => {
  it('"That … be NOTED." in capitals on a line of its own', () => {
    expect(found('That the letter from Ofsted on the focused visit to the front door be NOTED.\n')).toEqual([
      ['That the letter from Ofsted on the focused visit to the front door be NOTED.', 'committee'],
    ]);
  });

  it('a quoted speaker’s sentence beginning "That has …" or "That was …" is none', () => {
    expect(quotes('The director said: "We had to put safeguarding first.\n"That has meant adoption work waited longer than we wanted. That was the right choice."\n')).toEqual([]);
    expect(quotes('“That was always going to take time,” she said.\n')).toEqual([]);
  });
});

describe('what looks like Ofsted’s demands but is none', () => {
  it('a reported question about areas to improve', () => {
    expect(quotes('Ofsted visited in May. The Chair asked whether Ofsted had named any areas that may need improvement.\n')).toEqual([]);
    expect(quotes('Ofsted visited in May. A member queried if inspectors had found areas that needed improvement.\n')).toEqual([]);
  });

  it('a list of services after a grade of "requires improvement"', () => {
    expect(quotes('Inspectors rated the service as ‘requires improvement’ in all four areas. These included adoption, fostering and help for care leavers.\n')).toEqual([]);
  });

  it('after the council’s own promise, or improvements already made, a list is none', () => {
    expect(
      quotes(
        '“We’ll be building the Ofsted recommendations into this work.”\n\nThey include a new team to support care leavers. Care leavers’ support was praised and there have been big improvements in this area lately. They include five new social workers.\n',
      ),
    ).toEqual([]);
  });

  it('areas leaders are already tackling is none', () => {
    expect(quotes('The report said leaders are actively tackling areas that need further improvement, such as the quality of plans and the timeliness of visits.\n')).toEqual([]);
  });
});

describe('what Ofsted recommended, in the subjunctive (source inspection)', () => {
  it('"The report recommended that X be improved …, and to ensure …"', () => {
    expect(
      found('Ofsted published its report. The report recommended that supervision be urgently strengthened in every team, and to ensure that visits were made on time.\n'),
    ).toEqual([
      ['supervision be urgently strengthened in every team', 'inspection'],
      ['ensure that visits were made on time', 'inspection'],
    ]);
  });

  it('someone else’s recommendation, or a finding in the past, is none', () => {
    expect(quotes('Ofsted visited in May. The Leader recommended that the plan be approved.\n')).toEqual([]);
    expect(quotes('Ofsted visited in May. Inspectors said that supervision was strengthened last year.\n')).toEqual([]);
  });
});

describe('the committee’s decisions retold in a news item (source committee)', () => {
  it('"The council’s cabinet agreed … to note …; to ask … and to agree …"', () => {
    expect(
      found('Ofsted rated the service good.\n\nThe council’s cabinet agreed at its meeting on 3 May to note the inspection letter and the action plan, which has been sent to Ofsted; to ask for a report on the cost of the plan once Ofsted has accepted it and to agree the new scrutiny arrangements.\n'),
    ).toEqual([
      ['to note the inspection letter and the action plan, which has been sent to Ofsted', 'committee'],
      ['to ask for a report on the cost of the plan once Ofsted has accepted it', 'committee'],
      ['to agree the new scrutiny arrangements', 'committee'],
    ]);
  });

  it('"Councillors agreed at last week’s meeting to approve …": councillors as the deciding body', () => {
    expect(
      found('Ofsted rated the service good.\n\nCouncillors agreed at last week’s meeting to approve plans to open two new children’s homes in the county.\n'),
    ).toEqual([['to approve plans to open two new children’s homes in the county', 'committee']]);
  });

  it('what the committee agreed was true, or a vote against, is none', () => {
    expect(quotes('Ofsted rated the service good. The committee agreed that the report was fair.\n')).toEqual([]);
    expect(quotes('Ofsted rated the service good. Members agreed to disagree about the figures.\n')).toEqual([]);
  });
});
