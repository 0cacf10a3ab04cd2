import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Issue 10: which inspection a grade in a council paper or news item belongs to, read from where the
// past cue and the date sit in its sentence (invented wording, shapes of real papers and news).
const PAPER = 'Agenda item\n\nChildren and Families Overview Committee\n\n';
const NEWS = 'Anyshire news\n\n';
const found = (prefix: string, body: string) =>
  detectReport(prefix + body).judgements.map((j) => ({ areaKey: j.areaKey, grade: j.grade, inspection: j.inspection }));
const paper = (body: string) => found(PAPER, body);
const news = (body: string) => found(NEWS, body);

describe('a gloss after a colon does not date the grade before it', () => {
  it.each([
    '- Overall effectiveness (good): "Many of the recommendations from the previous inspection have been addressed."\n',
    '- Overall effectiveness (good): leaders have built on the work since the last inspection in 2019.\n',
    '- Overall effectiveness (good): “The service is much stronger than at the time of the previous inspection.”\n',
  ])('%s', (body) => {
    expect(paper(body)).toContainEqual({ areaKey: 'overall', grade: 'good', inspection: null });
    expect(paper(body).filter((j) => j.inspection !== null)).toEqual([]);
  });

  it('a past cue before the colon still dates it', () => {
    expect(paper('- Overall effectiveness at the previous inspection (inadequate): services have improved since.\n')).toContainEqual({
      areaKey: 'overall',
      grade: 'inadequate',
      inspection: 'previous',
    });
  });
});

describe('a grade inside a "since" clause is an earlier inspection’s', () => {
  it.each([
    'During the visit, which was the third since the authority was judged as inadequate, inspectors met social workers.\n',
    'It is the second monitoring visit since children’s services were rated inadequate, and progress is clear.\n',
    'Much has changed since the council was judged to be inadequate by Ofsted.\n',
  ])('%s', (body) => {
    const all = news(body);
    expect(all.map((j) => j.grade)).toContain('inadequate');
    expect(all.filter((j) => j.inspection === null)).toEqual([]);
  });

  it('a grade before "since" is not inside it: "its first ‘good’ rating since 2013" stays current', () => {
    expect(news('Children’s services in Anyshire were rated ‘good’, the first such rating since 2013.\n')).toContainEqual({
      areaKey: 'overall',
      grade: 'good',
      inspection: null,
    });
  });
});

describe('a repeat of an earlier grade at a later date: "…, then again in 2015"', () => {
  it.each([
    ['An inspection by Ofsted first judged them ‘inadequate’ in 2013, then again in 2015 before a trust took over.\n', '2015'],
    ['Children’s services were rated inadequate in 2016 and again in 2018.\n', '2018'],
    ['Children’s services were rated ‘requires improvement’ in March 2014, and then once more in May 2017.\n', 'May 2017'],
  ])('%s', (body, date) => {
    const dated = news(body).filter((j) => j.inspection !== null);
    expect(dated.map((j) => j.inspection)).toContain(date);
    expect(new Set(dated.map((j) => j.grade)).size).toBe(1);
  });

  it('a later date with no repeat ("then in 2015 a trust took over") adds nothing', () => {
    const all = news('Ofsted rated the council’s children’s services inadequate in 2013, then in 2015 a trust took over.\n');
    expect(all.filter((j) => j.inspection === '2015')).toEqual([]);
  });
});

describe('"the same rating as its previous inspection in <date>"', () => {
  it.each([
    [
      'Ofsted rated children’s services as inadequate in four areas and requiring improvement in another, the same rating as its previous inspection report published in March 2020.\n',
      'inadequate',
      'March 2020',
    ],
    ['Ofsted judged children’s services to be good, the same rating as at the last inspection in 2017.\n', 'good', '2017'],
    ['Ofsted rated the council’s children’s services as inadequate, the same grade as its previous Ofsted inspection in June 2016.\n', 'inadequate', 'June 2016'],
  ])('%s', (body, grade, date) => {
    const all = news(body);
    expect(all).toContainEqual({ areaKey: 'overall', grade, inspection: date });
    // The sentence's own grade stays this inspection's: the date belongs to the comparison.
    expect(all.some((j) => j.grade === grade && j.inspection === null)).toBe(true);
  });

  it('"the same rating as its neighbours" names no earlier inspection', () => {
    expect(news('Ofsted rated the council’s children’s services good, the same rating as its neighbours.\n').filter((j) => j.inspection !== null)).toEqual([]);
  });
});

describe('the scale listed is no move between grades', () => {
  it.each([
    'Ofsted ratings go from inadequate, to requires improvement, to good and then outstanding.\n',
    'The grades move from inadequate to requires improvement to good to outstanding.\n',
    'Judgements rise from inadequate, to requires improvement, then good and outstanding.\n',
  ])('%s', (body) => {
    expect(news(body)).toEqual([]);
  });

  it('a dated move of one authority is still read', () => {
    expect(news('Anyshire’s children’s services moved from inadequate in 2016 to requires improvement, then to good in 2023.\n')).toContainEqual({
      areaKey: 'overall',
      grade: 'inadequate',
      inspection: '2016',
    });
  });
});

describe('a school’s history in a news item: the newest inspection is current, the others dated', () => {
  const school = (body: string) =>
    detectReport(`Anytown Primary School celebrates Ofsted result\n\n${body}\n`).judgements.map((j) => [j.grade, j.inspection]);
  it.each([
    ['In 2013 our school received a ‘requires improvement’ judgement from Ofsted. In April we were judged by Ofsted to be a ‘good’ school.', ['requires improvement', '2013']],
    ['The school was described as having improved on its previously ‘satisfactory’ rating. Inspectors judged it to be ‘good’.', ['satisfactory', 'previous']],
    ['The school was rated ‘inadequate’ in 2016. In 2019 the school was rated ‘good’ by Ofsted inspectors.', ['inadequate', '2016']],
  ])('%s', (body, earlier) => {
    const all = school(body);
    expect(all).toContainEqual(earlier);
    expect(all.filter(([, i]) => i === null).length).toBe(1);
  });

  it('one dated grade alone is the inspection the item is about', () => {
    expect(school('In June 2019 the school was rated ‘good’ by Ofsted inspectors.')).toEqual([['good', null]]);
  });
});

describe('a date wrapped onto an indented line (pdftotext -layout) still dates the grade', () => {
  it.each([
    ['30. The adoption service has improved and was judged to be adequate at the\n    last inspection in March 2013. Work goes on.\n', 'adoption', 'March 2013'],
    ['31. The fostering service was judged to be good at the last inspection\n        in June 2012.\n', 'other', 'June 2012'],
    ['32. The adoption service was judged to be outstanding at the previous inspection\n      in 2011.\n', 'adoption', '2011'],
  ])('%s', (body, areaKey, date) => {
    expect(found('', body)).toContainEqual(expect.objectContaining({ areaKey, inspection: date }));
  });

  it('a date two sentences on is not the grade’s', () => {
    expect(found('', '33. The adoption service was judged to be good at the last inspection.\n    The panel met in June 2012.\n')).not.toContainEqual(
      expect.objectContaining({ inspection: 'June 2012' }),
    );
  });
});
