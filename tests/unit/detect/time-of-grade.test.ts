import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Issue 10: the time of a grade in a council paper or news item, from its own clause, its
// sentence's past cue or the sentence before it (invented wording, shapes of real papers and news).
// Every paper below discusses an inspection of May 2024.
const OPENING = 'Anyshire news\n\nAnyshire children’s services were inspected by Ofsted between 13 and 24 May 2024.\n\n';
const timed = (body: string) =>
  detectReport(OPENING + body + '\n').judgements.map((j) => ({ grade: j.grade, inspection: j.inspection }));
const earlierOf = (body: string) => timed(body).filter((j) => j.inspection !== null);

describe('a lead-in sentence naming an earlier inspection dates the grade after it', () => {
  it.each([
    [
      'The previous inspection took place in March 2019. The outcome was ‘requires improvement’.',
      'requires improvement',
      'March 2019',
    ],
    [
      'Ofsted last inspected the council in 2018. Since the last inspection, when services were judged to be inadequate, leaders have acted.',
      'inadequate',
      '2018',
    ],
    ['The last full inspection was in November 2017. It was judged inadequate overall.', 'inadequate', 'November 2017'],
    ['An inspection was carried out in 2015. The resulting judgement was ‘good’.', 'good', '2015'],
  ])('%s', (body, grade, date) => {
    expect(timed(body)).toContainEqual({ grade, inspection: date });
    expect(timed(body)).not.toContainEqual({ grade, inspection: null });
  });

  it.each([
    // the discussed inspection's own year: its grade
    ['The inspection took place in May 2024. The outcome was ‘good’.', 'good'],
    // a later inspection to come is no earlier one
    ['The next inspection is expected in 2027. The outcome was ‘good’.', 'good'],
    // the meeting's own date
    ['The committee met on 12 June 2024. The outcome was ‘good’.', 'good'],
    // a lead-in that gives its own grade dates only that grade
    ['Services were rated inadequate in 2019. This time the outcome was ‘good’.', 'good'],
  ])('not: %s', (body, grade) => {
    expect(timed(body)).toContainEqual({ grade, inspection: null });
  });
});

describe('a date in the grade’s own clause is its own, in a chain of dated grades too', () => {
  it.each([
    [
      'The regulator rated the department requires improvement in 2017 and inadequate in 2020 because of serious failures.',
      [
        ['requires improvement', '2017'],
        ['inadequate', '2020'],
      ],
    ],
    [
      'Services were judged inadequate in 2012 and requires improvement in 2016, and are now good.',
      [
        ['inadequate', '2012'],
        ['requires improvement', '2016'],
      ],
    ],
    ['The council has spent £20 million since the ‘inadequate’ rating awarded in 2017.', [['inadequate', '2017']]],
    ['It marks a rise from the ‘requires improvement’ judgement in March 2019.', [['requires improvement', 'March 2019']]],
  ])('%s', (body, wanted) => {
    for (const [grade, date] of wanted as [string, string][]) expect(earlierOf(body)).toContainEqual({ grade, inspection: date });
  });

  it.each([
    // a target, not a judgement
    ['The council aims for services to be judged good by 2026.'],
    // a date later than the discussed inspection is no earlier inspection's
    ['Services were rated good, with a review of progress in 2025.'],
  ])('no earlier grade: %s', (body) => {
    expect(earlierOf(body)).toEqual([]);
  });
});

describe('a past cue in the sentence makes an undated grade the previous inspection’s', () => {
  it.each([
    'Last time, Ofsted rated the council’s children’s services ‘good’.',
    'Children’s services run by Anyshire County Council were previously found to be ‘inadequate’ by Ofsted.',
    'At the last inspection, the council was judged to require improvement.',
  ])('%s', (body) => {
    expect(timed(body).length).toBeGreaterThan(0);
    expect(timed(body).every((j) => j.inspection === 'previous')).toBe(true);
  });

  it.each([
    'This time, Ofsted rated the council’s children’s services ‘good’.',
    'For the first time, Ofsted rated the council’s children’s services ‘good’.',
  ])('not: %s', (body) => {
    expect(timed(body)).toContainEqual({ grade: 'good', inspection: null });
  });
});

describe('a date in the clause of a rating noun, or after "since the last inspection in", dates the grade', () => {
  it.each([
    ['Anyshire received an ‘outstanding’ rating for its child protection in 2012.', 'outstanding', '2012'],
    [
      'Anyshire was handed a ‘requires improvement’ rating for its services following a visit by the inspectorate in 2016.',
      'requires improvement',
      '2016',
    ],
    ['Anyshire had been given an ‘inadequate’ judgement by Ofsted after an inspection in 2011.', 'inadequate', '2011'],
    [
      'It is the third visit since Anyshire’s children’s services were judged to be inadequate in July last year.',
      'inadequate',
      'July last year',
    ],
    [
      'Leaders have acted since the last inspection in February 2019’, when services were found to be inadequate.',
      'inadequate',
      'February 2019',
    ],
    [
      'Inspectors said that since its last inspection in 2018 – when services were rated “good” – leaders have kept up the pace.',
      'good',
      '2018',
    ],
    ['Much has changed since the previous inspection in 2017 (when services were judged inadequate).', 'inadequate', '2017'],
  ])('%s', (body, grade, date) => {
    expect(timed(body)).toContainEqual({ grade, inspection: date });
  });

  it.each([
    // the date belongs to the other grade of the sentence
    [
      'Anyshire’s children’s services, rated as ‘inadequate’ in 2019, have moved up to a grade of ‘requires improvement’.',
      'requires improvement',
    ],
    // a date after a comma is another clause's
    ['Ofsted gave the council a ‘good’ rating, and in 2027 the council will be inspected again.', 'good'],
  ])('current: %s', (body, grade) => {
    expect(timed(body)).toContainEqual({ grade, inspection: null });
  });
});

describe('after a lead-in naming an earlier inspection, a grade in the past simple is that inspection’s', () => {
  it.each([
    [
      'The previous inspection took place in 2020. The education regulator rated the department inadequate.',
      'inadequate',
      '2020',
    ],
    [
      'The last inspection was in November 2015. Children’s services run by the council were found to be ‘inadequate’ by Ofsted.',
      'inadequate',
      'November 2015',
    ],
    [
      'Ofsted last inspected the council in 2018. Ofsted rated its children’s social care services ‘outstanding’.',
      'outstanding',
      '2018',
    ],
  ])('%s', (body, grade, date) => {
    expect(timed(body)).toContainEqual({ grade, inspection: date });
  });

  it.each([
    ['The last inspection was in 2018. Ofsted has now rated the council ‘good’.', 'good'],
    ['The last inspection was in 2018. This week Anyshire’s children’s services were rated ‘good’ by Ofsted.', 'good'],
  ])('current: %s', (body, grade) => {
    expect(timed(body)).toContainEqual({ grade, inspection: null });
  });
});

describe('a grade left behind "from X to Y" is an earlier one; a date in a later clause is not the grade’s', () => {
  it.each([
    'Anyshire’s children’s services have moved from an overall grade of ‘inadequate’ to ‘requires improvement’.',
    'The council is improving from ‘inadequate’ to ‘good’, Ofsted said.',
    'Anyshire’s services went from an ‘inadequate’ rating to ‘requires improvement’.',
  ])('%s', (body) => {
    expect(timed(body)).not.toContainEqual({ grade: 'inadequate', inspection: null });
  });

  it.each([
    [
      'Now Anyshire has been rated requires improvement, after inspectors found progress in all areas identified in 2019.',
      'requires improvement',
    ],
    ['Anyshire has been rated ‘good’, and leaders, appointed in 2021, were praised.', 'good'],
  ])('current: %s', (body, grade) => {
    expect(timed(body)).toContainEqual({ grade, inspection: null });
  });
});

describe('a movement away from a grade makes it an earlier one', () => {
  it.each([
    ['Ofsted has raised the authority’s rating from ‘good’, which was awarded in 2017, to ‘outstanding’.', 'good', '2017'],
    ['Decline of ‘good’ children’s services in Anyshire, Ofsted finds', 'good', 'previous'],
  ])('%s', (body, grade, date) => {
    expect(timed(body)).not.toContainEqual({ grade, inspection: null });
    expect(timed(body)).toContainEqual({ grade, inspection: date });
  });

  it('not: a grade the council moved to', () => {
    expect(timed('Anyshire’s children’s services have improved and are now rated ‘good’.')).not.toContainEqual({
      grade: 'good',
      inspection: 'previous',
    });
  });
});
