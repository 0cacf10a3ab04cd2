import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// The small failing inputs of issue 10 (invented wording, real shapes), each with its right value.
const pick = (text: string) =>
  detectReport(text).judgements.map((j) => ({ areaKey: j.areaKey, grade: j.grade, inspection: j.inspection }));

const ILACS_2025_HEAD =
  'Inspection of Anyshire children’s services\n\nInspection dates: 3 to 14 March 2025\n\n' + 'Overall effectiveness\tGood\n\n';

describe('earlier inspections, dated', () => {
  it('SIF previous inspections: safeguarding is help and protection', () => {
    expect(
      pick(
        'The previous inspection of Anyshire’s safeguarding arrangements was in June 2012. The local authority was judged to be inadequate.',
      ),
    ).toEqual([{ areaKey: 'help_protection', grade: 'inadequate', inspection: 'June 2012' }]);
  });

  it('SIF previous inspections: fostering, "the overall quality was good"', () => {
    expect(pick('The inspection of Anyshire’s fostering service was in October 2010. The overall quality was good.')).toEqual([
      { areaKey: 'other', grade: 'good', inspection: 'October 2010' },
    ]);
  });

  it('an ILACS sub-clause is the earlier inspection, and nothing is current', () => {
    expect(
      pick('Since the last inspection in 2022, when services were found to be inadequate, leaders have acted quickly.'),
    ).toEqual([{ areaKey: 'overall', grade: 'inadequate', inspection: '2022' }]);
  });

  it('"inadequate across all judgement areas" in 2021 gives every area of that inspection, none current', () => {
    const text =
      ILACS_2025_HEAD +
      'In 2021, children’s services in Anyshire were judged by Ofsted to be inadequate across all judgement areas.';
    const found = pick(text);
    const current = found.filter((j) => j.inspection === null);
    expect(current).toEqual([{ areaKey: 'overall', grade: 'good', inspection: null }]);
    const earlier = found.filter((j) => j.inspection === '2021');
    expect(new Set(earlier.map((j) => j.areaKey))).toEqual(
      new Set(['overall', 'leaders', 'help_protection', 'in_care_and_care_leavers']),
    );
    expect(earlier.every((j) => j.grade === 'inadequate')).toBe(true);
  });

  it('a visit letter: "since the local authority was judged inadequate in December 2021"', () => {
    expect(pick('This is the third monitoring visit since the local authority was judged inadequate in December 2021.')).toEqual([
      { areaKey: 'overall', grade: 'inadequate', inspection: 'December 2021' },
    ]);
  });

  it('a school cover: "Overall effectiveness at previous inspection<TAB>Requires improvement"', () => {
    expect(pick('Overall effectiveness at previous inspection\tRequires improvement')).toEqual([
      { areaKey: 'overall', grade: 'requires improvement', inspection: 'previous' },
    ]);
  });

  it('a paper: the judgement dated by the sentence before', () => {
    const text =
      'Ofsted last inspected Anyshire’s children’s services in November 2016. The resulting Ofsted judgement from that inspection was one of ‘Requires Improvement’.';
    expect(pick(text)).toEqual([{ areaKey: 'overall', grade: 'requires improvement', inspection: 'November 2016' }]);
  });

  it('a paper: "was last inspected in March 2019 and judged to require improvement to be good"', () => {
    expect(
      pick('Anyshire children’s services was last inspected in March 2019 and judged to require improvement to be good.'),
    ).toEqual([{ areaKey: 'overall', grade: 'requires improvement', inspection: 'March 2019' }]);
  });

  it('a list whose lead-in dates an earlier inspection dates every item, past a blank line and dash items', () => {
    const text =
      ILACS_2025_HEAD.replace('Good', 'Requires improvement to be good') +
      '• The last inspection report was published in September 2015. The judgements for the local authority were:\n' +
      '• Overall effectiveness: Inadequate\n' +
      '• Children looked after and achieving permanence: Requires improvement\n' +
      '– experiences and progress of care leavers: Inadequate\n\n' +
      '• Leadership, management and governance: Inadequate.\n';
    const found = pick(text);
    expect(found.filter((j) => j.inspection === null)).toEqual([
      { areaKey: 'overall', grade: 'requires improvement', inspection: null },
    ]);
    expect(found.filter((j) => j.inspection === 'September 2015')).toHaveLength(4);
  });
});

describe('one current grade per area', () => {
  it('"children in need of adoption" is adoption', () => {
    expect(pick('Services for children in need of adoption are outstanding.')).toEqual([
      { areaKey: 'adoption', grade: 'outstanding', inspection: null },
    ]);
  });

  it('a sub-topic sentence is no judgement', () => {
    expect(pick('Health information for care leavers is good.')).toEqual([]);
    expect(pick('The range and standard of accommodation for care leavers is good.')).toEqual([]);
  });

  it('a heading about the last inspection makes the grades under it earlier', () => {
    const text = ILACS_2025_HEAD + 'Previous Ofsted inspections\n\nOverall effectiveness\tInadequate\n';
    expect(pick(text)).toEqual([
      { areaKey: 'overall', grade: 'good', inspection: null },
      { areaKey: 'overall', grade: 'inadequate', inspection: 'previous' },
    ]);
  });
});

describe('council papers', () => {
  it('"Ofsted’s overall judgment was ‘Requires Improvement’" in minutes is the inspection discussed', () => {
    expect(pick('Members noted that Ofsted’s overall judgment was ‘Requires Improvement’.')).toEqual([
      { areaKey: 'overall', grade: 'requires improvement', inspection: null },
    ]);
  });

  it('committee wording with quoted grades', () => {
    expect(pick('At the inspection in May 2024 the outcome was ‘Requires Improvement’.').map((j) => j.grade)).toEqual([
      'requires improvement',
    ]);
    expect(pick('Services for care leavers were rated overall as ‘good’.').map((j) => j.areaKey)).toEqual(['care_leavers']);
  });

  it('lettered recommendations after a lead-in are the inspection’s, apart from the committee’s own', () => {
    const text =
      'Report to the Children’s Scrutiny Committee\n\n1. Recommendations\n\n1.1 That the committee notes the report.\n\n' +
      '2. Background\n\nThe key areas for improvement identified by Ofsted were:\n\n' +
      'a. the timeliness of assessments for children in need\nb. the quality of supervision of social workers\n' +
      'c. the stability of placements for children in care\n\nThe council has an action plan.\n';
    const recs = detectReport(text).recommendations.map((r) => [r.quote, r.source]);
    expect(recs).toEqual([
      ['That the committee notes the report.', 'committee'],
      ['the timeliness of assessments for children in need', 'inspection'],
      ['the quality of supervision of social workers', 'inspection'],
      ['the stability of placements for children in care', 'inspection'],
    ]);
  });
});

describe('every restatement in a report is a mention', () => {
  it('a section heading with its grade split over two lines below', () => {
    const found = detectReport('1. Children who need help and protection\n\nRequires\nimprovement\n\nText follows.').judgements;
    expect(found.map((j) => [j.areaKey, j.grade, j.inspection])).toEqual([['help_protection', 'requires improvement', null]]);
    expect(found[0]!.quote).toMatch(/^Children who need help and protection[^]*improvement$/);
  });

  it('a numbered paragraph: "61. Leadership and management are inadequate."', () => {
    expect(pick('61. Leadership and management are inadequate.')).toEqual([
      { areaKey: 'leaders', grade: 'inadequate', inspection: null },
    ]);
  });
});

describe('SIF 2014–15 recommendations under topic sub-headings', () => {
  it('finds items under sub-headings right after the heading, across page numbers', () => {
    const text =
      'What does the local authority need to improve?\n\nPriority and immediate action\n\n' +
      '1. Cease the use of bed and breakfast accommodation for young people.\n\nAreas for improvement\n\n' +
      'Leadership and management\n\n4\n\n2. Undertake a review of quality assurance activity.\n\n' +
      'Social work practice\n\n3. Review and strengthen the process of section 47 enquiries.\n\n' +
      'Summary for children and young people\n\nChildren said good things.\n';
    expect(detectReport(text).recommendations.map((r) => r.quote)).toEqual([
      'Cease the use of bed and breakfast accommodation for young people.',
      'Undertake a review of quality assurance activity.',
      'Review and strengthen the process of section 47 enquiries.',
    ]);
  });

  it('finds the first item under a sub-heading straight after the LSCB heading', () => {
    const text =
      'What does the LSCB need to improve?\n\nAreas for improvement\n\nManaging the response to CSE\n\n' +
      '166. Revise and update the CSE action plan to ensure that it is outcome focused.\n\n' +
      'Effectiveness of scrutiny and challenge\n\n167. Ensure that the performance framework includes a data set.\n';
    expect(detectReport(text).recommendations).toHaveLength(2);
  });
});

describe('text from other converters', () => {
  it('pdftotext -layout: a row whose gutter is a run of spaces', () => {
    expect(pick('Overall effectiveness                      Requires improvement to be good')).toEqual([
      { areaKey: 'overall', grade: 'requires improvement', inspection: null },
    ]);
  });

  it('pdftotext: a number marker alone on its line before the item', () => {
    const text =
      'What does the local authority need to improve?\nPriority and immediate action\n1.\n\n' +
      'Ensure that there is focused work to reduce the time children wait.\n\n2.\n\nImprove the timeliness of adopter recruitment.\n';
    expect(detectReport(text).recommendations.map((r) => r.quote)).toEqual([
      'Ensure that there is focused work to reduce the time children wait.',
      'Improve the timeliness of adopter recruitment.',
    ]);
  });
});

describe('minutes and papers: whose recommendations', () => {
  it('a letter’s "areas of concern identified at the last inspection:" list is the inspection’s', () => {
    const text =
      'Dear Director\n\nMonitoring visit to Anyshire children’s services\n\nInspectors reviewed the progress made in the following areas of concern identified at the last inspection:\n\n' +
      '  • The quality of practice, in particular assessment.\n  • The timeliness of social work intervention for unborn children.\n';
    expect(detectReport(text).recommendations.map((r) => r.source)).toEqual(['inspection', 'inspection']);
  });

  it('"RESOLVED – That …" in minutes is the committee’s', () => {
    const text =
      'Minutes of the Children and Young People Scrutiny Committee\n\nRESOLVED – That the contents of the report be noted.\n';
    expect(detectReport(text).recommendations.map((r) => [r.quote, r.source])).toEqual([
      ['That the contents of the report be noted.', 'committee'],
    ]);
  });

  it('"the following steps:" after a mention of recommendations opens no list', () => {
    const text =
      'Report of the Commissioner\n\nIn line with the recommendations set out in the report, the Commissioner is expected to take the following steps:\n\n1. *To direct and support the improvement of children’s social care*\n';
    expect(detectReport(text).recommendations).toEqual([]);
  });
});

describe('news wording about one council', () => {
  const news = (body: string) => `Kirklees Council children's services\n\n${body}`;
  it('"have been rated ‘inadequate’" is the inspection the item reports', () => {
    expect(pick(news('Children\'s services at Kirklees Council have been rated "inadequate" by Ofsted.'))).toEqual([
      { areaKey: 'overall', grade: 'inadequate', inspection: null },
    ]);
  });
  it('"no longer rated as inadequate" is an earlier grade', () => {
    expect(
      pick(news("Kirklees children's services department is no longer rated as inadequate.")).map((j) => j.inspection),
    ).toEqual(['previous']);
  });
  it('"the last inspection in 2015, which judged them overall to be inadequate"', () => {
    expect(
      pick(news('Services have improved since the last inspection in 2015, which judged them overall to be inadequate.')),
    ).toEqual([{ areaKey: 'overall', grade: 'inadequate', inspection: '2015' }]);
  });
});

describe('earlier inspections: two areas, two dates, one sentence', () => {
  const SIF_2016 =
    'Anyshire\nInspection of services for children in need of help and protection, children looked after and care leavers\n' +
    'Inspection dates: 3 October 2016 to 27 October 2016\n\n';
  const items =
    'The previous inspection of the local authority’s arrangements for the protection of children was in February 2013. The local authority was judged to be adequate.\n' +
    'The previous inspection of the local authority’s services for children looked after was in September 2011. The local authority was judged to be adequate.\n';

  it('each area takes the year the report gives its own earlier inspection', () => {
    const text = `${SIF_2016}Services for children in need of help and protection and for children looked after were judged adequate when last inspected in 2011 and 2013. Work has been slow.\n\n${items}`;
    expect(pick(text).filter((j) => j.inspection && /^\d{4}$/.test(j.inspection))).toEqual([
      { areaKey: 'help_protection', grade: 'adequate', inspection: '2013' },
      { areaKey: 'in_care', grade: 'adequate', inspection: '2011' },
    ]);
  });

  it('without those items, the years go to the areas in order', () => {
    const text = `${SIF_2016}Services for children in need of help and protection and for children looked after were judged adequate when last inspected in 2011 and 2013.\n`;
    expect(pick(text)).toEqual([
      { areaKey: 'help_protection', grade: 'adequate', inspection: '2011' },
      { areaKey: 'in_care', grade: 'adequate', inspection: '2013' },
    ]);
  });
});

describe('earlier inspections: an inspection that "judged services" names the area by what it inspected', () => {
  it('"An inspection of arrangements for the protection of children in July 2013 judged services to be adequate" is help and protection only', () => {
    const text =
      'Anyshire\nInspection dates: 1 June 2015 to 20 June 2015\n\nAn inspection of local authority arrangements for the protection of children in July 2013 judged services to be adequate. The board met.\n';
    expect(pick(text)).toEqual([{ areaKey: 'help_protection', grade: 'adequate', inspection: 'July 2013' }]);
  });
});
