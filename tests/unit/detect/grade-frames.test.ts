import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Invented news items: the words right before a grade, or the sentence it points back to, place it
// before the item's own inspection.
const inspectionOf = (text: string, grade: string) =>
  detectReport(text)
    .judgements.filter((j) => j.grade.toLowerCase() === grade)
    .map((j) => j.inspection);

describe('frames that put a grade before the text’s own time', () => {
  it.each([
    'Children’s services in Eastvale are no longer ‘inadequate’, Ofsted has said.',
    'Eastvale children’s services no longer rated inadequate\n\nThe council welcomed the news.',
    'The Eastvale service is no longer judged to be inadequate after a big effort by staff.',
    'Children’s services in Fenbridge have improved and are no longer “inadequate”, inspectors found in 2024.',
  ])('"no longer" leaves the grade behind: %s', (text) => {
    expect(inspectionOf(text, 'inadequate')).toContain('previous');
    expect(inspectionOf(text, 'inadequate')).not.toContain(null);
  });

  it.each([
    'Ofsted has rated Eastvale’s children’s services good, two years after the service was handed an ‘inadequate’ rating.',
    'At the time of the ‘inadequate’ judgement, leaders did not know the extent of the problems.',
    'Staff at Eastvale children’s services have worked hard to sustain their previous ‘outstanding’ rating.',
  ])('a grade in a clause or phrase about an earlier time is earlier: %s', (text) => {
    expect(inspectionOf(text, 'inadequate').concat(inspectionOf(text, 'outstanding'))).toContain('previous');
  });

  it('keeps a grade "following the … judgement" as the item’s own: it may be the discussed inspection’s', () => {
    const text =
      'Ofsted inspected Eastvale children’s services in March 2016. Alongside the monitoring, which will be in place following the inadequate judgement, the council set up a board.';
    expect(inspectionOf(text, 'inadequate')).not.toContain('previous');
  });

  it('keeps the main clause’s grade after a "years after" clause as the item’s own', () => {
    const text = 'Five years after it was judged inadequate the children’s services department in Eastvale has been rated good.';
    expect(inspectionOf(text, 'good')).toEqual([null]);
    expect(inspectionOf(text, 'inadequate')).toEqual(['previous']);
  });

  it('"last assessed" makes the sentence’s grade an earlier one', () => {
    const text =
      'Children’s services in Eastvale were last assessed under the old county council, when they were rated as requires improvement.';
    expect(inspectionOf(text, 'requires improvement')).toEqual(['previous']);
  });

  it('"At this time … was judged" after a dated last inspection takes its date', () => {
    const text =
      'Ofsted inspected Eastvale in May 2024.\n\nThe last full inspection of the council was in October 2018. At this time Eastvale was judged to be ‘Good’.';
    expect(inspectionOf(text, 'good')).toContain('October 2018');
  });
});

describe('a date "then" points back to is not the grade’s own clause’s', () => {
  it('keeps a past-marked grade earlier when "then" points back to the discussed inspection’s date', () => {
    const text =
      'Inspectors came to Eastvale Council on 4 March 2021 for a full inspection of children’s services. ' +
      'The report showed Eastvale had improved since it was last inspected but not enough to lift the rating it received then of “requires improvement”.';
    expect(inspectionOf(text, 'requires improvement')).toEqual(['previous']);
  });
});

describe('a move from one grade to another after an inspection named by its date', () => {
  it.each([
    [
      'Compared with its 2020 inspection, Eastvale was downgraded from Outstanding to Good for care leavers.',
      'outstanding',
      'good',
      '2020',
    ],
    [
      'Eastvale children’s services saw its 2016 rating go from inadequate to requires improvement in every area.',
      'inadequate',
      'requires improvement',
      '2016',
    ],
    [
      'Fenbridge children’s services saw their July 2019 rating move from requires improvement to good.',
      'requires improvement',
      'good',
      'July 2019',
    ],
  ])('%s: the left-behind grade takes the date, the new one is the item’s own', (text, from, to, date) => {
    expect(inspectionOf(text, from)).toEqual([date]);
    expect(inspectionOf(text, to)).toEqual([null]);
  });

  it('leaves a dated new grade to its own date', () => {
    const text = 'Eastvale children’s services saw its 2016 rating go from inadequate to good in 2019.';
    expect(inspectionOf(text, 'good')).not.toEqual([null]);
  });
});

describe('a sentence opening "Following the ‘inadequate’ rating," told in the past', () => {
  const text = (s: string) =>
    `Eastvale children’s services rated good\n\nOfsted has rated Eastvale’s children’s services as good.\n\n${s}`;
  it.each([
    'Following the inadequate rating, the council created an improvement plan which a board oversaw.',
    'After the ‘inadequate’ judgement, leaders rebuilt the front door and recruited permanent staff.',
    'Following the inadequate Ofsted rating, Eastvale brought in a new director and set up a board.',
  ])('is the grade left behind: %s', (s) => {
    expect(inspectionOf(text(s), 'inadequate')).toEqual(['previous']);
  });

  it.each([
    'Following the inadequate rating, the council has appointed a new director.',
    'Following the inadequate rating, the council will draw up an improvement plan.',
    'Following the inadequate rating the council must now act quickly.',
  ])('stays the item’s own when what follows is now or to come: %s', (s) => {
    expect(
      inspectionOf(
        `Eastvale rated inadequate\n\nOfsted has rated Eastvale’s children’s services inadequate.\n\n${s}`,
        'inadequate',
      ),
    ).not.toContain('previous');
  });
});

// "… has improved since the last inspection and is now good": "now" right before the grade (its verb
// between) makes it the item's own, whatever past cue or earlier date the sentence holds (issue 10).
describe('a grade held "now" is the item’s own', () => {
  it.each([
    ['Help and protection for children has improved since the last inspection and is now good.', 'good'],
    ['Since the previous inspection in 2019, services for children in care have improved and are now rated as ‘Good’.', 'good'],
    [
      'Judged inadequate at its last inspection, the council’s children’s services now require improvement, Ofsted said.',
      'requires improvement',
    ],
    ['Compared with the last ILACS, the impact of leaders has now been graded ‘outstanding’ by the watchdog.', 'outstanding'],
    [
      'The regulator found that the council’s services for care leavers, criticised at the last inspection, are now good.',
      'good',
    ],
    ['Children’s services in Eastvale, rated inadequate in 2017, are now good, inspectors said.', 'good'],
  ])('%s', (text, grade) => {
    expect(inspectionOf(text, grade)).toEqual([null]);
  });

  it('leaves the earlier grade of the same sentence earlier', () => {
    const text =
      'The council was judged inadequate at its last inspection; its children’s services are now rated requires improvement.';
    expect(inspectionOf(text, 'inadequate')).toEqual(['previous']);
    expect(inspectionOf(text, 'requires improvement')).toEqual([null]);
  });
});

// A fall from one grade to another ("has slipped from good to requires improvement"): the grade left
// behind is earlier; under a heading "What has got worse since 2021" it takes that year (issue 10).
describe('a grade fallen from', () => {
  const NEWS = 'Eastvale news\n\nAn inspection of Eastvale Council’s children’s services took place in July 2025.\n\n';
  const both = (text: string, from: string, to: string) => ({
    from: inspectionOf(NEWS + text, from),
    to: inspectionOf(NEWS + text, to),
  });
  it.each([
    ['Overall effectiveness: the service has slipped from good to requires improvement.', 'good', 'requires improvement'],
    ['Help and protection declined from ‘Good’ to ‘Requires improvement’, inspectors said.', 'good', 'requires improvement'],
    ['The council’s children’s services have dropped from outstanding to good.', 'outstanding', 'good'],
    ['Leadership sank from “requires improvement” to “inadequate” in the watchdog’s eyes.', 'requires improvement', 'inadequate'],
    ['Services for care leavers are falling from good to requires improvement, Ofsted found.', 'good', 'requires improvement'],
    ['The department deteriorated from Good to Inadequate, the regulator said.', 'good', 'inadequate'],
  ])('%s', (text, from, to) => {
    expect(both(text, from, to)).toEqual({ from: ['previous'], to: [null] });
  });

  it('takes the year of a heading "… since YEAR" above it', () => {
    const text = 'What has got worse since 2021\n\nCare leavers: the service has slipped from good to requires improvement.\n';
    expect(both(text, 'good', 'requires improvement')).toEqual({ from: ['2021'], to: [null] });
  });
});

// "the previous ‘good’ rating six years ago": an earlier grade by its frame, dated by the relative date after it.
describe('a previous rating with a relative date after it', () => {
  const NEWS = 'Eastvale news\n\nAn inspection of Eastvale Council’s children’s services took place in July 2025.\n\n';
  it.each([
    [
      'No child is at risk as a result of the downgrading from the previous ‘good’ rating six years ago.',
      'good',
      'six years ago',
    ],
    ['Eastvale lost its former “outstanding” grade four years ago.', 'outstanding', 'four years ago'],
    ['The council’s earlier ‘inadequate’ judgement two years ago led to a new director.', 'inadequate', 'two years ago'],
    ['Staff remember the prior Requires Improvement rating three years ago.', 'requires improvement', 'three years ago'],
    ['Inspectors compared the service with its previous ‘good’ verdict five years ago.', 'good', 'five years ago'],
    ['The department has moved on from its previous ‘inadequate’ grade eighteen months ago.', 'inadequate', 'previous'],
  ])('%s', (text, grade, expected) => {
    expect(inspectionOf(NEWS + text, grade)).toEqual([expected]);
  });
});
