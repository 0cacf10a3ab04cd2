import { describe, expect, it } from 'vitest';
import { discussedInspection } from '../../../lib/detect/discussed-inspection';
import { detectReport } from '../../../lib/detect/detect-report';

// Issue 10: the inspection a paper or news item discusses, when it also tells earlier ones
// (invented wording, shapes of real papers and news).
const date = (text: string) => discussedInspection(text)?.date ?? null;

describe('the inspection a paper discusses', () => {
  it.each([
    [
      'Provision went on to be rated “inadequate” in November 2015 following an inspection by Ofsted.\n\nBut a re-inspection, carried out last November, found the service is now good.',
      'last November',
    ],
    [
      'Services were judged ‘inadequate’ when inspected in July 2012. In July 2013 Ofsted’s judgement was that services were then ‘adequate’, and in July 2014 the Minister lifted the notice.',
      'July 2013',
    ],
    [
      'The council was rated good after an inspection in March 2014. Ofsted’s inspection in May 2018 found services had declined to requires improvement.',
      'May 2018',
    ],
  ])('a history of dated grades gives its newest: %s', (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  it.each([
    'Ofsted said that despite improvement since an unannounced inspection in November 2009, services were inadequate.',
    'Children’s services were most recently subject to a full inspection in June 2018, after which they were graded ‘Good’.',
    'The council expects the next inspection in March 2026.',
  ])('an inspection called earlier or next is not the one discussed: %s', (text) => {
    expect(date(text)).toBeNull();
  });

  it('a meeting date in another sentence is not a later inspection', () => {
    expect(
      date(
        'The inspection took place in March 2019. Services were judged good. The committee met in July 2019 to note the report.',
      ),
    ).toBe('March 2019');
  });
});

describe('grades dated against the discussed inspection', () => {
  const news = (body: string) => detectReport(`Anyshire news\n\n${body}\n`).judgements.map((j) => [j.grade, j.inspection]);

  it('the grade of the history’s newest inspection is current; the older stays dated', () => {
    const found = news(
      'That notice was a consequence of Ofsted’s judgement that children’s services were “inadequate” when inspected in July 2012. In July 2013 Ofsted’s judgement was that services were then “adequate”, and in July 2014 the Minister lifted the notice.',
    );
    expect(found).toContainEqual(['adequate', null]);
    expect(found).toContainEqual(['inadequate', 'July 2012']);
    expect(found.filter(([, i]) => i === 'July 2014')).toEqual([]);
  });

  it('the earlier inspection before a re-inspection told without its year keeps its date', () => {
    const found = news(
      'Provision went on to be rated “inadequate” in November 2015 following an inspection by Ofsted.\n\nBut a re-inspection, carried out last November, found that the service is now considered to be “good”.',
    );
    expect(found).toContainEqual(['inadequate', 'November 2015']);
    expect(found).toContainEqual(['good', null]);
  });
});

describe('an undated inspection named by its framework', () => {
  it.each([
    ['Ofsted inspectors have criticised the council’s safeguarding and looked-after children’s services.', 'SLAC'],
    ['The council’s children’s services were inspected under the single inspection framework and judged good.', 'SIF'],
    ['The ILACS inspection report was presented to members, who noted the judgements.', 'ILACS'],
  ])('%s', (text, framework) => {
    expect(discussedInspection(text)).toEqual({ framework, date: null });
  });

  it('a framework named for an earlier inspection gives none', () => {
    expect(discussedInspection('Since the previous SIF inspection, the council has inspected its own practice.')).toBeNull();
  });
});

describe('a grade dated by the discussed inspection is that inspection’s, whatever past words it has', () => {
  const paper = (body: string) =>
    detectReport(
      `Agenda item\n\nChildren’s Scrutiny Committee\n\nThe report on the Ofsted inspection held in March 2019 is attached.\n\n${body}\n`,
    ).judgements.map((j) => [j.grade, j.inspection]);
  it.each([
    'At the most recent inspection in March 2019, Ofsted judged children’s services to be good.',
    'In March 2019 Ofsted’s judgement was that services were then good.',
    'Children’s services were last inspected in March 2019 and judged to be good.',
  ])('%s', (body) => {
    expect(paper(body)).toContainEqual(['good', null]);
    expect(paper(body).filter(([g, i]) => g === 'good' && i !== null)).toEqual([]);
  });

  it('an earlier date keeps its grade earlier', () => {
    expect(paper('At the previous inspection in June 2016, Ofsted judged children’s services to be inadequate.')).toContainEqual([
      'inadequate',
      'June 2016',
    ]);
  });
});

describe('a visit that "follows on from" a graded inspection', () => {
  // A news item about a focused or monitoring visit (no grades) tells the grade of the full
  // inspection it follows: that grade is the earlier inspection's, dated, never the visit's.
  const news = (body: string) =>
    detectReport(`Council news\n\nPublished 2 June 2025\n\n${body}\n`).judgements.map((j) => [j.grade, j.inspection]);
  it.each([
    'The focused visit follows on from Ofsted’s full inspection of Anytown’s children’s services in July 2023, which saw the services being graded ‘good’ overall.',
    'This monitoring visit followed on from the inspection in May 2022, when services were judged inadequate.',
  ])('%s', (body) => {
    const found = news(body);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter(([, i]) => i === null)).toEqual([]);
  });

  it('"Following the inspection in March 2024" still names the inspection discussed', () => {
    expect(date('Following the inspection in March 2024, the council has published its plan for children’s services.')).toBe(
      'March 2024',
    );
  });
});

describe('the framework of a 2010–13 inspection a paper discusses', () => {
  it('an adoption inspection is the adoption agency inspection; 2012–13 protection inspections are not SLAC', () => {
    expect(
      discussedInspection('Officers reported that the Adoption Inspection took place between 15 and 19 November 2010.')
        ?.framework,
    ).toBe('Adoption agency inspection');
    expect(
      discussedInspection(
        'That the results of a full Ofsted adoption inspection which took place from 9 – 12 January 2012 be noted.',
      )?.framework,
    ).toBe('Adoption agency inspection');
    expect(
      discussedInspection(
        'A presentation on the inspection of the Council’s arrangements for the protection of children, which took place in March 2013.',
      )?.framework,
    ).toBe('Inspection of local authority arrangements for the protection of children');
    expect(discussedInspection('The unannounced inspection took place in September 2012.')?.framework).toBe(
      'Inspection of local authority arrangements for the protection of children',
    );
  });

  it('SLAC stays SLAC', () => {
    expect(
      discussedInspection('The safeguarding and looked after children inspection took place in January 2012.')?.framework,
    ).toBe('SLAC');
    expect(discussedInspection('The inspection took place in October 2010.')?.framework).toBe('SLAC');
  });
});

describe('the discussed inspection: a date in a "since" clause is where a period began', () => {
  it('skips "since inspectors graded them … in December 2019" for a later inspection', () => {
    const text =
      'Following an inspection in May 2022 inspectors found that leaders had worked hard since Ofsted inspectors graded them as “inadequate” in December 2019. A further inspection in June 2023 found more progress.';
    expect(date(text)).not.toBe('December 2019');
  });
});

// A paper whose only dated inspection has its grade told right after the date, as the main clause
// ("following the inspection carried out by Ofsted in September 2017 the Council was rated good"):
// the most recent inspection it grades, not called earlier, is the one it discusses.
describe('the only dated inspection, its grade told after the date', () => {
  it.each([
    [
      'The Director reminded members that following the inspection carried out by Ofsted in March 2018 the council was rated good overall.',
      'March 2018',
    ],
    [
      'The latest Ofsted inspection, which took place in October 2013, was unannounced and rated the council’s services as ‘adequate’.',
      'October 2013',
    ],
    [
      'After the inspection in June 2022 Anyshire’s children’s services were judged to be Outstanding by the inspectorate.',
      'June 2022',
    ],
    ['Inspectors visited in February 2024, and the department was graded “requires improvement to be good”.', 'February 2024'],
    ['Following an ILACS inspection in 5 to 16 May 2025 the services were rated inadequate in every area.', '5 to 16 May 2025'],
    [
      'The report of the inspection in November 2019 was published and found the service good; its leaders were rated outstanding.',
      'November 2019',
    ],
  ])('%s', (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  it.each([
    'The council was given a notice to improve after an inspection in November 2010, when inspectors found safeguarding was inadequate.',
    'Much has improved since the inspection in July 2012 judged services to be inadequate.',
  ])('not a cause or a start told with "when" or "since": %s', (text) => {
    expect(date(text)).toBeNull();
  });

  it('dates the grades of that inspection as the paper’s own', () => {
    const text =
      'Minutes\n\nThe Director reminded members that following the inspection carried out by Ofsted in March 2018 the council was rated good overall.\n';
    expect(detectReport(text).judgements.map((j) => j.inspection)).toEqual([null]);
  });
});
