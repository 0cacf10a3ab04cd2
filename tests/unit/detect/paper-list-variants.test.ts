import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { REPORT_ASKS_LEAD_IN, SPOKEN_LEAD_IN } from '../../../lib/detect/recommendation-rules';

// Restated lists of an inspection's recommendations in the other shapes papers give them (invented
// wording, the shapes of real council pages and news): markers lost, the list inside one sentence
// after "were", and "the report" asking the council; each with a negative of the same shape.
const PAPER = 'Agenda item\n\nChildren and Young People Scrutiny Committee\n\nOfsted inspected Anyshire in May 2024.\n\n';
const found = (body: string) => detectReport(PAPER + body).recommendations.map((r) => [r.quote, r.source]);

describe('a list whose markers were lost: one item a line after a lead-in', () => {
  it.each([
    [
      'Ofsted identified the following areas for improvement:\nthe timeliness of assessments\nmanagement oversight of casework\n\nThe director welcomed the report.\n',
      ['the timeliness of assessments', 'management oversight of casework'],
    ],
    [
      'Inspectors said the council should:\n\nimprove the quality of plans for children in care\n\nensure that return home interviews are offered to every child\n\nstrengthen supervision of newly qualified social workers\n',
      [
        'improve the quality of plans for children in care',
        'ensure that return home interviews are offered to every child',
        'strengthen supervision of newly qualified social workers',
      ],
    ],
    [
      'Areas for improvement\nPathway plans for care leavers;\nThe sufficiency of local placements;\n',
      ['Pathway plans for care leavers', 'The sufficiency of local placements'],
    ],
  ])('%j gives each line', (body, want) => {
    expect(found(body)).toEqual(want.map((q) => [q, 'inspection']));
  });

  it.each([
    // prose after a lead-in: one line, or a paragraph that says something
    'Ofsted identified the following areas for improvement:\nThe council has already started work on these and will report back in the autumn. It expects progress by March.\n',
    // a grade table after a lead-in whose own sentence opens no list
    'The inspection judged the service requires improvement. The judgements are outlined below:\nHelp and protection Requires improvement to be good\nChildren in care Good\n',
    // a news item's next paragraphs after one item
    'Inspectors said the council should:\n\nThe council said it had accepted the findings.\n\nIt was pleased with the report, the Leader said.\n',
  ])('%j gives none', (body) => {
    expect(found(body)).toEqual([]);
  });
});

describe('the areas as subject, the list after "were": "The areas for improvement identified by Ofsted were A; B; and C."', () => {
  it.each([
    [
      'The areas for improvement identified by Ofsted were the timeliness of assessments; the quality of plans; and supervision.\n',
      ['the timeliness of assessments', 'the quality of plans', 'supervision'],
    ],
    ['The two areas for improvement were pathway planning and health assessments.\n', ['pathway planning', 'health assessments']],
    [
      'The main areas for development are: the voice of the child in plans, the use of chronologies and the stability of the workforce.\n',
      ['the voice of the child in plans', 'the use of chronologies', 'the stability of the workforce'],
    ],
  ])('%j gives each area', (body, want) => {
    expect(found(body)).toEqual(want.map((q) => [q, 'inspection']));
  });

  it.each([
    'The areas for improvement were discussed with staff at the feedback meeting.\n',
    'The areas for development are now being addressed through the improvement plan.\n',
    'The areas for improvement were also noted by the peer reviewers.\n',
  ])('%j gives none', (body) => {
    expect(found(body)).toEqual([]);
  });
});

describe('"The report recommends that the council:" opens the inspection\'s list', () => {
  it.each([
    'The report recommends that the council:',
    'Ofsted’s report said the local authority should:',
    'The inspection report asked that Anyshire County Council take action to:',
    'The report stated that leaders must:',
  ])('%j opens a list', (line) => {
    expect(REPORT_ASKS_LEAD_IN.test(line)).toBe(true);
  });
  it.each(['This report recommends that Cabinet:', 'The report recommends that the Committee:', 'The report was published on:'])(
    '%j opens none',
    (line) => {
      expect(REPORT_ASKS_LEAD_IN.test(line)).toBe(false);
    },
  );
  it('gives the items with source inspection, though no inspectorate is named above', () => {
    const body = 'Background\n\nThe report recommends that the council:\n• improve the timeliness of assessments\n• strengthen management oversight\n';
    expect(detectReport('Agenda item\n\nScrutiny Committee\n\n' + body).recommendations.map((r) => [r.quote, r.source])).toEqual([
      ['improve the timeliness of assessments', 'inspection'],
      ['strengthen management oversight', 'inspection'],
    ]);
  });
});

describe('a school\'s or a provider\'s list restated in a paper is not the authority\'s', () => {
  it.each(['Ofsted said the school should:', 'Inspectors said the academy needs to improve:', 'Ofsted told the nursery to:'])(
    '%j opens no list',
    (line) => {
      expect(SPOKEN_LEAD_IN.test(line)).toBe(false);
    },
  );
  it('gives nothing for a school\'s bulleted list', () => {
    expect(found('Ofsted said the school should:\n• improve attendance\n• raise standards in mathematics\n')).toEqual([]);
  });
  it('still opens the council\'s: "Ofsted said the council should:"', () => {
    expect(SPOKEN_LEAD_IN.test('Ofsted said the council should:')).toBe(true);
  });
});
