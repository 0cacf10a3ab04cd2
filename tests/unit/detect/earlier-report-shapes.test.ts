import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Shapes of earlier-inspection statements in Ofsted reports (issue 10), each with invented wording
// and a negative test for its nearest false positive.
const pick = (text: string) =>
  detectReport(text).judgements.map((j) => ({ areaKey: j.areaKey, grade: j.grade, inspection: j.inspection }));
const earlier = (text: string) => pick(text).filter((j) => j.inspection !== null);
const byArea = (found: { areaKey: string }[]) => [...found].sort((a, b) => a.areaKey.localeCompare(b.areaKey));

const SIF_2016 =
  'Anyshire\nInspection of services for children in need of help and protection, children looked after and care leavers\n' +
  'Inspection dates: 3 October 2016 to 27 October 2016\n\n';
const ILACS_2019 =
  'Inspection of Anyshire children’s services\n\nInspection dates: 3 to 14 June 2019\n\nOverall effectiveness\tInadequate\n\n';

describe('"All of the judgements were X, with one area Y", dated by the sentence before', () => {
  it('every area of that framework X, the named area Y (plural typo "improvements" too)', () => {
    const text =
      ILACS_2019 +
      '12. The last full inspection was in May 2016. All of the judgements were requires improvements to be good, with care leavers judged to be good. Since then, services have declined.\n';
    const ri = (areaKey: string) => ({ areaKey, grade: 'requires improvement', inspection: 'May 2016' });
    expect(byArea(earlier(text))).toEqual(
      byArea([
        ri('overall'),
        ri('help_protection'),
        ri('in_care'),
        ri('adoption'),
        ri('leaders'),
        { areaKey: 'care_leavers', grade: 'good', inspection: 'May 2016' },
      ]),
    );
  });
  it('a count of homes after the same dated sentence is no judgement', () => {
    const text =
      ILACS_2019 + '12. The last full inspection was in May 2016. All of the children’s homes were judged to be good.\n';
    expect(earlier(text)).toEqual([]);
  });
});

describe('"An inspection of [areas] in [year] found services [grade]"', () => {
  it('"…, which found services for children adequate" names the inspected areas', () => {
    const text =
      SIF_2016 +
      'After an inspection of safeguarding and looked after children in 2011, which found services for children adequate, the council has improved.\n';
    expect(byArea(earlier(text))).toEqual([
      { areaKey: 'help_protection', grade: 'adequate', inspection: '2011' },
      { areaKey: 'in_care', grade: 'adequate', inspection: '2011' },
    ]);
  });
  it('the date first: "By 2014, inspections of … found services had improved to good"', () => {
    const text =
      SIF_2016 +
      'By 2014, inspections of child protection and\nlooked after children found services had improved to good. Work went on.\n';
    expect(byArea(earlier(text))).toEqual([
      { areaKey: 'help_protection', grade: 'good', inspection: '2014' },
      { areaKey: 'in_care', grade: 'good', inspection: '2014' },
    ]);
  });
  it('inspections of schools that found teaching good are no judgement of the authority', () => {
    const text = SIF_2016 + 'By 2014, inspections of schools in the area found teaching had improved to good. Work went on.\n';
    expect(earlier(text)).toEqual([]);
  });
});

describe('the grade on the word judgement, the area after it', () => {
  it('"Since the previous ‘good’ inspection judgement for looked after children in 2012"', () => {
    const text =
      SIF_2016 + 'Since the previous ‘good’ inspection judgement for looked\nafter children in 2012, services have declined.\n';
    expect(earlier(text)).toEqual([{ areaKey: 'in_care', grade: 'good', inspection: '2012' }]);
  });
  it('"a judgement of inadequate at a safeguarding inspection in 2010"', () => {
    const text = SIF_2016 + 'This led to a judgement of inadequate at a child\nprotection inspection in 2010. Leaders acted.\n';
    expect(earlier(text)).toEqual([{ areaKey: 'help_protection', grade: 'inadequate', inspection: '2010' }]);
  });
  it('a judgement at a children’s home inspection is no area of the authority', () => {
    const text = SIF_2016 + 'This led to a judgement of good at a children’s home inspection in 2013. Leaders acted.\n';
    expect(earlier(text)).toEqual([]);
  });
});

describe('the area named after the grade', () => {
  it('"judged good in the inspection of looked after children in 2012" is that area, not overall', () => {
    const text =
      SIF_2016 + 'The council was judged good in the inspection of looked after children in 2012. Since then, it has changed.\n';
    expect(earlier(text)).toEqual([{ areaKey: 'in_care', grade: 'good', inspection: '2012' }]);
  });
  it('"judged inadequate at the last inspection in 2010" without an area stays overall', () => {
    const text = SIF_2016 + 'The council was judged inadequate at the last inspection in 2010. Since then, it has changed.\n';
    expect(earlier(text)).toEqual([{ areaKey: 'overall', grade: 'inadequate', inspection: '2010' }]);
  });
});

describe('three grades in one sentence, one per area', () => {
  const lead =
    'The previous inspection of Anyshire’s services for safeguarding and looked after children was in May 2012. The local authority was judged to be ';
  it('the third, "and adequate for overall effectiveness", is found too', () => {
    const text =
      SIF_2016 +
      lead +
      'adequate for safeguarding, good for looked after children’s services and adequate for overall effectiveness.\n';
    expect(byArea(earlier(text))).toEqual([
      { areaKey: 'help_protection', grade: 'adequate', inspection: 'May 2012' },
      { areaKey: 'in_care', grade: 'good', inspection: 'May 2012' },
      { areaKey: 'overall', grade: 'adequate', inspection: 'May 2012' },
    ]);
  });
  it('two grades give two areas and no overall', () => {
    const text = SIF_2016 + lead + 'adequate for safeguarding and good for looked after children.\n';
    expect(byArea(earlier(text))).toEqual([
      { areaKey: 'help_protection', grade: 'adequate', inspection: 'May 2012' },
      { areaKey: 'in_care', grade: 'good', inspection: 'May 2012' },
    ]);
  });
});

describe('a count of the authority’s own children’s homes', () => {
  const count = 'Anyshire has 14 children’s homes. Eleven were judged to be good and three were judged to be outstanding.\n';
  it('gives no judgement in a report, under a heading of previous inspections too', () => {
    expect(pick(SIF_2016 + count)).toEqual([]);
    expect(pick(SIF_2016 + 'Previous Ofsted inspections\n\n• ' + count)).toEqual([]);
  });
  it('gives no judgement in a paper either', () => {
    expect(pick('Report to the Children’s Scrutiny Committee\n\n' + count)).toEqual([]);
  });
});

describe('own-inspection headline with hyphenated and multi-word authority names', () => {
  const head = (name: string) =>
    `${name}\nInspection of services for children in need of help and protection, children looked after and care leavers\n` +
    `Inspection dates: 3 October 2016 to 27 October 2016\n\nChildren’s services in ${name} require improvement to be\ngood\n\nThere are no widespread failures.\n`;
  it.each([
    'Stoke-on-Trent',
    'Southend-on-Sea',
    'Stockton-on-Tees',
    'Kingston upon Thames',
    'Redcar and Cleveland',
    'Bath and North East Somerset',
    'Anyshire',
  ])('%s', (name) => {
    expect(pick(head(name))).toEqual([{ areaKey: 'overall', grade: 'requires improvement', inspection: null }]);
  });
  it('"are good" after a hyphenated name too', () => {
    expect(pick(SIF_2016 + 'Children’s services in Stockton-on-Tees are good.\n')).toEqual([
      { areaKey: 'overall', grade: 'good', inspection: null },
    ]);
  });
  it('schools in a hyphenated place are no judgement of its children’s services', () => {
    expect(pick(SIF_2016 + 'Schools in Stoke-on-Trent require improvement to be good.\n')).toEqual([]);
  });
});

describe('framework of a SIF re-inspection', () => {
  const cover =
    'Anyshire County Council\n\nRe-inspection of services for children in need of help and\nprotection, children looked after and care leavers\n' +
    'Inspection date: 4 June 2018–28 June 2018\nReport Published: 17 August 2018\n\nChildren’s services in Anyshire require improvement to be\ngood\n';
  it('is SIF', () => {
    expect(detectReport(cover).document.framework).toBe('SIF');
  });
  it('a council paper that names such a re-inspection has no framework of its own', () => {
    const paper =
      'Report to Cabinet\n\nSubject: Ofsted re-inspection\n\nThe re-inspection of services for children in need of help and protection, children looked after and care leavers took place in June 2018.\n';
    expect(detectReport(paper).document.framework).toBeNull();
  });
});
