import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Council papers and news read by the SHAPE of a sentence, not its words (invented wording, real
// shapes): each shape has three or more variants and its nearest false friends (an aim, a
// hypothesis, a description, a count of councils, a school, the scale written out, someone else's view).
const PAPER = 'Agenda item\n\nChildren and Families Overview Committee\n\n';
const grades = (body: string) => detectReport(PAPER + body + '\n').judgements.map((j) => `${j.areaKey}|${j.grade}`);
const recs = (body: string) =>
  detectReport(`${PAPER}Ofsted inspected children’s services in March.\n\n${body}\n`).recommendations.map(
    (r) => `${r.source}|${r.quote}`,
  );

describe('an area, in any paper wording, as the subject of a grade', () => {
  it.each([
    ['The experiences and progress of care leaders requires improvement.', 'care_leavers|requires improvement'],
    ['Services for vulnerable children delivered by Anyshire County Council are ‘good’ overall.', 'overall|good'],
    ['Help and protection services were rated inadequate.', 'help_protection|inadequate'],
    ['Children who need help and protection were judged to require improvement.', 'help_protection|requires improvement'],
    ['Leadership and management were judged outstanding.', 'leaders|outstanding'],
    ['The adoption element of the service was singled out for particular praise and rated as “good”.', 'adoption|good'],
    ['Its children’s services department rated inadequate once again.', 'overall|inadequate'],
    ['Anyshire’s children’s services department has been judged to be good.', 'overall|good'],
    ['Anyshire Council services ‘inadequate’ for vulnerable children, damning Ofsted report says', 'overall|inadequate'],
  ])('%j', (body, want) => {
    expect(grades(body)).toContain(want);
  });

  it('a reduced relative with its own verb after it is an earlier grade', () => {
    const found = detectReport(
      `${PAPER}A council’s children’s services department rated inadequate has made progress, Ofsted has found.\n`,
    ).judgements;
    expect(found.map((j) => `${j.areaKey}|${j.grade}|${j.inspection}`)).toEqual(['overall|inadequate|previous']);
  });

  it.each([
    'Health information for care leavers is good.',
    'The department rated good practice highly.',
    'Children’s services are good at listening to families.',
    'The children’s services department aims to be rated good.',
    'If the department were rated inadequate, the minister would intervene.',
    'The children’s services department was judged good by parents.',
    'Care leavers are good at cooking.',
    'Anyshire Council bus services ‘good’, say passengers',
  ])('no grade in %j', (body) => {
    expect(grades(body)).toEqual([]);
  });
});

describe('the inspectorate’s reporting verb, then the service and a grade', () => {
  it.each([
    ['A re-inspection of Anyshire Council’s children’s services found they remain ‘inadequate’.', 'overall|inadequate'],
    ['Inspectors concluded that the service is now good.', 'overall|good'],
    ['Ofsted’s report said services for children in Anyshire were ‘good’.', 'overall|good'],
    ['The inspection found that children’s services were still inadequate.', 'overall|inadequate'],
  ])('%j', (body, want) => {
    expect(grades(body)).toContain(want);
  });

  it.each([
    'Parents found they were good.',
    'Inspectors found that some plans were good.',
    'Inspectors found that it was good to see children thriving.',
  ])('no grade in %j', (body) => {
    expect(grades(body)).toEqual([]);
  });
});

describe('several areas, one grade; a second grade for another area; grades counted', () => {
  it.each([
    ['Help and protection, children in care and leadership were all judged inadequate.', 'other|inadequate'],
    ['Adoption and care leavers were both rated good.', 'other|good'],
    [
      'Individual aspects of the service – children who need help and protection, “looked after” children, the experience of care leavers and leadership performance – were all rated as “requires improvement”.',
      'other|requires improvement',
    ],
    [
      'Ofsted rated the council’s children’s social care as inadequate in four areas and requiring improvement in another.',
      'other|requires improvement',
    ],
    ['The service was judged inadequate overall but good for adoption.', 'adoption|good'],
    ['Inspectors rated it good in three areas and outstanding in the other.', 'other|outstanding'],
    ['Inspectors awarded the council nine “outstanding” grades out of 22 categories.', 'other|outstanding'],
    ['Anyshire received three ‘outstanding’ judgements from Ofsted.', 'other|outstanding'],
    ['The council scored the next best rating of “good” in the other areas.', 'overall|good'],
  ])('%j', (body, want) => {
    expect(grades(body)).toContain(want);
  });

  it.each([
    'The cakes, scones and tea were all rated good.',
    'Nine councils received outstanding grades.',
    'Pupils achieved nine good grades.',
    'a rating of good by parents',
    'The council wants leadership and management to be judged outstanding.',
  ])('no grade in %j', (body) => {
    expect(grades(body)).toEqual([]);
  });

  it('"The service was judged inadequate and good practice was rare" has one grade', () => {
    expect(grades('The service was judged inadequate and good practice was rare.')).toEqual(['overall|inadequate']);
  });

  it('"then again in 2015" repeats the grade with its own date', () => {
    const found = detectReport(
      `${PAPER}An inspection by Ofsted first judged them "inadequate" in 2013, then again in 2015 before a trust took over.\n`,
    ).judgements;
    expect(found.map((j) => `${j.grade}|${j.inspection}`)).toEqual(['inadequate|2013', 'inadequate|2015']);
  });
});

describe('the scale written out gives no grade', () => {
  it.each([
    'Ofsted ratings go from inadequate, to requires improvement, to good and then outstanding.',
    'Councils are rated outstanding, good, requires improvement or inadequate.',
    'The four grades are outstanding, good, requires improvement to be good and inadequate.',
  ])('%j', (body) => {
    expect(grades(body)).toEqual([]);
  });

  it('a move between two grades is still read', () => {
    expect(grades('Anyshire is the first council in the region to go from ‘inadequate’ to ‘good’.')).toEqual([
      'overall|inadequate',
      'overall|good',
    ]);
  });
});

describe('capacity to improve is its own judgement, whatever it improves (SLAC, 2012–13 looked after children)', () => {
  it.each([
    'Ofsted found that the capacity to improve services for looked after children in Anyshire is good.',
    'The capacity to improve services for looked after children and care leavers was judged to be good.',
    'Capacity to improve services for children in care is adequate.',
  ])('%j', (body) => {
    expect(grades(body)).toEqual([`other|${/adequate/.test(body) ? 'adequate' : 'good'}`]);
  });
});

describe('a school’s news: an aside after a dash is not the school’s count', () => {
  it('"was this month reclassified as ‘good’ - the second of four ratings" is the school’s grade', () => {
    const found = detectReport(
      'Anytown Primary School celebrates Ofsted result\n\nAnytown Primary School was this month reclassified as ‘good’ - the second of four ratings given to schools.\n',
    ).judgements;
    expect(found.map((j) => `${j.areaKey}|${j.grade}`)).toContain('school_overall|good');
  });
});

describe('recommendations restated after a lead-in naming the inspectorate, in any words', () => {
  it.each([
    [
      'Ofsted identified the following areas for improvement:\na) the timeliness of assessments\nb) the quality of plans for children in care',
      2,
    ],
    ['The inspectors said the council needs to improve:\n• the timeliness of assessments\n• the quality of supervision', 2],
    ['Ofsted has asked the council to:\n1. improve the timeliness of assessments\n2. strengthen management oversight', 2],
    ['Inspectors want the council to:\n(i) improve the timeliness of assessments\n(ii) strengthen management oversight', 2],
    ['The areas Ofsted said need to improve are:\n• the timeliness of assessments\n• management oversight of casework', 2],
  ])('%j', (body, n) => {
    const found = recs(body);
    expect(found).toHaveLength(n);
    expect(found.every((r) => r.startsWith('inspection|') && !/^inspection\|(?:[a-z(]{1,3}\)|•|\d\.)/.test(r))).toBe(true);
  });

  it('a lead-in with no demand in it opens no list', () => {
    expect(recs('Ofsted inspected the following services:\n• adoption\n• fostering')).toEqual([]);
  });
});

describe('recommendations retold in prose: a lead-in naming the inspectorate, a speaker after the demand', () => {
  it.each([
    [
      'Among areas inspectors want to see further improvement is ensuring that children in care are consulted.',
      'inspection|ensuring that children in care are consulted',
    ],
    [
      'Areas where inspectors want to see improvement include the timeliness of assessments and the quality of plans.',
      'inspection|the timeliness of assessments',
    ],
    ['Inspectors want the council to improve the timeliness of assessments.', 'inspection|improve the timeliness of assessments'],
    [
      'Better understanding was required of children’s needs, it said.',
      'inspection|Better understanding was required of children’s needs',
    ],
    ['More work is needed to reduce drift in plans, inspectors said.', 'inspection|More work is needed to reduce drift in plans'],
    ['Management oversight must be strengthened, the report said.', 'inspection|Management oversight must be strengthened'],
  ])('%j', (body, want) => {
    expect(recs(body)).toContain(want);
  });

  it.each([
    'Areas inspectors praised include adoption and fostering.',
    'Areas where the council is improving include adoption.',
    'The weather was required to be fine, the organiser said.',
    'We must keep going, the leader said.',
  ])('none in %j', (body) => {
    expect(recs(body)).toEqual([]);
  });
});

describe('the committee’s tasks for officers in minutes', () => {
  it.each([
    'Officers were asked whether an update could be provided in three months time on the actions taken.',
    'Officers were asked to bring a report on progress against the action plan to the March meeting.',
    'The Committee asked officers to circulate the improvement plan to all members.',
  ])('%j', (body) => {
    expect(recs(body)).toEqual([`committee|${body}`]);
  });

  it('a member’s question is none', () => {
    expect(recs('Members asked whether the figures included agency staff.')).toEqual([]);
  });
});

describe('a deadline label run into its first item (PDF text with no space at the join)', () => {
  it('"Immediatelyimprove …" and "Within three monthsensure …" are two items with their deadlines', () => {
    const found = detectReport(
      'Areas for improvement\n\nImmediatelyimprove the timeliness of assessments so that children are seen\nWithin three monthsensure that all children have a plan\n',
    ).recommendations;
    expect(found.map((r) => [r.quote, r.deadline])).toEqual([
      ['improve the timeliness of assessments so that children are seen', 'immediately'],
      ['ensure that all children have a plan', 'within three months'],
    ]);
  });

  it('"Immediately after the inspection, …" in prose is no label', () => {
    expect(detectReport('Areas for improvement\n\nImmediately after the inspection, the council met.\n').recommendations).toEqual(
      [],
    );
  });
});

describe('the inspectorate as the subject, the authority or an area as the object; a verdict after a colon', () => {
  it.each([
    ['Ofsted rated Anyshire ‘good’ overall.', 'overall|good'],
    ['The report grades children’s services as good.', 'overall|good'],
    ['Inspectors described the service for care leavers as ‘outstanding’.', 'care_leavers|outstanding'],
    ['Ofsted judged the council’s children’s services to be inadequate.', 'overall|inadequate'],
    ['Ofsted’s verdict: requires improvement to be good.', 'overall|requires improvement'],
    ['The inspection outcome: ‘Inadequate’', 'overall|inadequate'],
    ['Children’s services in Anyshire rated good by Ofsted', 'overall|good'],
    ['Leaders’ impact on social work practice was judged good.', 'leaders|good'],
  ])('%j', (body, want) => {
    expect(grades(body)).toContain(want);
  });

  it.each([
    'Inspectors found Anyshire good at listening.',
    'Ofsted rated the weather as good.',
    'Ofsted’s verdict: good progress but more to do.',
    'Our aim for the overall rating: good.',
    'The council hopes services will be judged good at the next inspection.',
    'Ofsted rated 12 councils inadequate this year.',
    'The CQC rated the hospital trust good.',
  ])('no grade in %j', (body) => {
    expect(grades(body)).toEqual([]);
  });
});

describe('tables copied with bars between cells', () => {
  it.each([
    ['Overall effectiveness | Good', 'overall|good', 'Overall effectiveness | Good'],
    [
      '| Children in care | Requires improvement to be good |',
      'in_care|requires improvement',
      'Children in care | Requires improvement to be good',
    ],
    ['Leadership and management | Inadequate', 'leaders|inadequate', 'Leadership and management | Inadequate'],
  ])('%j', (body, want, quote) => {
    const found = detectReport(PAPER + body + '\n').judgements;
    expect(found.map((j) => `${j.areaKey}|${j.grade}`)).toEqual([want]);
    expect(found[0]!.quote).toBe(quote);
  });

  it('a header row of bars is no grade', () => {
    expect(grades('| Judgement | Grade |')).toEqual([]);
  });
});

describe('a lead-in that names the list it opens', () => {
  it.each([
    'The report makes the following recommendations:\n• improve the timeliness of assessments\n• strengthen management oversight',
    'Ofsted made two recommendations:\n1. Improve the timeliness of assessments.\n2. Strengthen management oversight.',
    'The report identified these priorities for improvement:\n• the timeliness of assessments\n• management oversight of casework',
  ])('%j', (body) => {
    expect(recs(body)).toHaveLength(2);
  });

  it('"… take the following steps:" after a mention of recommendations opens none', () => {
    expect(
      recs(
        'In line with the recommendations set out in the report, the Commissioner is expected to take the following steps:\n1. To direct the work',
      ),
    ).toEqual([]);
  });
});

describe('SLAC and annual-assessment wording in papers', () => {
  it.each([
    ['Ofsted rated the council’s safeguarding services as adequate.', 'help_protection|adequate'],
    ['Safeguarding arrangements in Anyshire were found to be inadequate.', 'help_protection|inadequate'],
    ['Ofsted found safeguarding to be inadequate.', 'help_protection|inadequate'],
    ['Its services for looked after children were rated good.', 'in_care|good'],
    ['The local safeguarding children board was judged to require improvement.', 'lscb|requires improvement'],
    ['The council’s children’s services were judged to be performing well.', 'overall|performs well'],
    ['Children’s services in Anyshire have improved to ‘good’.', 'overall|good'],
  ])('%j', (body, want) => {
    expect(grades(body)).toContain(want);
  });

  it.each(['Safeguarding is everyone’s business and good practice is shared.', 'Safeguarding was good to discuss.'])(
    'no grade in %j',
    (body) => {
      expect(grades(body)).toEqual([]);
    },
  );
});
