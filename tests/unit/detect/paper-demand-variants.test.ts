import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// More shapes of an inspection's recommendations retold in news and papers (invented wording, the
// shapes of real items): a question heading over paragraphs, reported speech about the authority,
// the actions "demanded", orders to improve; and what only looks like them: graded areas listed,
// praise, the government's requirements.
const NEWS = 'Ofsted report on Anyshire children’s services\n\nInspectors visited Anyshire in March.\n\n';
const found = (body: string) => detectReport(NEWS + body).recommendations.map((r) => r.quote);

describe('"What improvements are still needed?" over paragraphs with a reference in brackets', () => {
  it.each([
    [
      'What improvements are still needed?\n\nThe quality of safety planning for children. (Outcome 3, national framework)\n\nThe timeliness of assessments, ensuring that actions are recorded and tracked. (Enabler 3, national framework)\n',
      ['The quality of safety planning for children. (Outcome 3, national framework)', 'The timeliness of assessments, ensuring that actions are recorded and tracked. (Enabler 3, national framework)'],
    ],
    [
      'What still needs to improve?\nthe consistency of supervision\nhealth assessments for children in care\n',
      ['the consistency of supervision', 'health assessments for children in care'],
    ],
    [
      'What improvements are required?\n\nPathway plans for care leavers.\n\nReturn home interviews for children who go missing.\n',
      ['Pathway plans for care leavers.', 'Return home interviews for children who go missing.'],
    ],
  ])('%j gives each paragraph', (body, want) => {
    expect(found(body)).toEqual(want);
  });
  it('gives none for the council\'s statements under it', () => {
    expect(found('What improvements are still needed?\n\nThe council has already begun this work.\n\nLeaders will report to the board in June.\n')).toEqual([]);
  });
});

describe('graded areas and praise listed after a colon are no recommendations', () => {
  it.each([
    'Three areas in particular require improvement:\n- The experiences and progress of children who need help and protection\n- The overall effectiveness\n- Experiences of children in care and care leavers.\nWhile leaders were rated good, the report said more was needed.\n',
    'Inspectors credited strong leadership for driving the improvements which include:\n\n  • Direct work with children is now a strength.\n  • Care leavers are now very well supported.\n',
    'Inspectors praised the changes that have been made:\n- Supervision is regular and reflective.\n- Plans are clear.\n',
  ])('%j gives none', (body) => {
    expect(found(body)).toEqual([]);
  });
  it('still gives a list of areas to improve that are not grade titles', () => {
    expect(found('Three areas in particular require improvement:\n- the timeliness of assessments\n- the quality of plans\n')).toEqual([
      'the timeliness of assessments',
      'the quality of plans',
    ]);
  });
});

describe('reported speech about the authority', () => {
  it.each([
    [
      'In March, Anyshire County Council (ACC) was told to improve its service for care leavers, noting that the service had been weakened.\n',
      ['improve its service for care leavers'],
    ],
    [
      'The department was given a “satisfactory” rating and told to revise its curriculum and to ensure teachers promote equality.\n',
      ['revise its curriculum', 'ensure teachers promote equality'],
    ],
    [
      'The council is criticised for delays.\n\nIt was told to speed up recruitment of permanent social workers and develop a better relationship with police.\n',
      ['speed up recruitment of permanent social workers', 'develop a better relationship with police'],
    ],
  ])('%j gives each demand', (body, want) => {
    expect(found(body)).toEqual(want);
  });
  it.each([
    'The council was praised.\n\nThe council was required to establish an improvement board chaired by the adviser.\n',
    'The council was praised.\n\nIt has been directed to provide quarterly updates to the government.\n',
  ])('%j gives none: the government requires, Ofsted is not named there', (body) => {
    expect(found(body)).toEqual([]);
  });
});

describe('actions demanded, areas to improve on, improvements ordered', () => {
  it.each([
    [
      'Among the actions demanded were clearer child protection plans and steps to ensure care arrangements are assessed.\n',
      ['clearer child protection plans and steps to ensure care arrangements are assessed'],
    ],
    [
      'Ofsted gave the council some areas to improve on; the need to review plans regularly and to offer more apprenticeships.\n',
      ['the need to review plans regularly', 'to offer more apprenticeships'],
    ],
    [
      'WATCHDOGS HAVE ordered immediate improvements to be made to child protection services at the council.\n',
      ['ordered immediate improvements to be made to child protection services at the council'],
    ],
  ])('%j gives each', (body, want) => {
    expect(found(body)).toEqual(want);
  });
  it.each([
    'The actions demanded were discussed at length by members.\n',
    'Ofsted has ordered a review of the figures.\n',
  ])('%j gives none', (body) => {
    expect(found(body)).toEqual([]);
  });
});
