import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Recommendations that news items and council papers restate, by shape (invented wording, the
// shapes of real papers), and the near shapes that are none: praise lists, a grade restated in
// "needs improvement" words, prose under an "Areas for improvement" heading.
const NEWS = 'Ofsted report on children’s services published\n\n';
const PAPER = 'Agenda item\n\nChildren and Young People Scrutiny Committee\n\n';
const quotes = (text: string) => detectReport(text).recommendations.map((r) => r.quote);
const found = (text: string) => detectReport(text).recommendations.map((r) => [r.quote, r.source]);

describe('a news item naming a "review of" a service in its prose is no review', () => {
  it.each([
    'The inspection included a review of the front door service. It identified areas for improvement, including the timeliness of assessments, management oversight and the quality of supervision.\n',
    'Inspectors carried out a month-long review of services for children in need. It identified areas for improvement, including the timeliness of assessments, management oversight and the quality of supervision.\n',
  ])('reads the areas as the inspection’s: %j', (body) => {
    expect(found(NEWS + body)).toEqual([
      ['the timeliness of assessments', 'inspection'],
      ['management oversight', 'inspection'],
      ['the quality of supervision', 'inspection'],
    ]);
  });
});

describe('minutes whose list items end in semicolons, spaced by several blank lines', () => {
  it.each([
    [
      'key areas that the Council needed to improve included -\n\n\n\n\nthe timeliness of strategy meetings;\n\n\n\nimproving the use of data;\n\n\n\nthe stability of the workforce;\n',
      3,
    ],
    ['the areas Ofsted said need to improve are:\n\n\n\nreturn home interviews;\n\n\nthe quality of pathway plans;\n', 2],
  ])('reads each item: %j', (body, n) => {
    expect(quotes(PAPER + 'The Cabinet Member reported that -\n\n\n' + body)).toHaveLength(n);
  });

  it('reads no prose paragraphs after a lead-in as items', () => {
    expect(
      quotes(
        PAPER +
          'key areas that the Council needed to improve included -\n\n\n\nThe Chair thanked officers for the report and the Committee noted it.\n\n\n\nMembers asked about costs and were told that a report would follow.\n',
      ),
    ).toEqual([]);
  });
});

describe('a heading "Areas for improvement" over prose is no list', () => {
  it.each([
    'Areas for improvement\nHowever, the inspection also found some serious weaknesses in the service.\nThe report found that, in some cases, children were left at risk for too long.\n',
    'Areas for improvement\nBut inspectors said there was more to do.\nMeanwhile, the council has appointed a new director.\n',
  ])('finds nothing under it: %j', (body) => {
    expect(quotes(NEWS + 'Ofsted rated Anyshire good.\n' + body)).toEqual([]);
  });
});

describe('areas "requiring improvement" named, then listed in the sentence', () => {
  it.each([
    [
      'The report listed nine areas requiring improvement, including how quickly help is offered to families, and how well care leavers are helped to find homes.\n',
      ['how quickly help is offered to families', 'how well care leavers are helped to find homes'],
    ],
    [
      'However, there are some areas of the service where practice still requires improvement, such as the response to children who go missing, the oversight of allegations and the use of the early help threshold.\n',
      ['the response to children who go missing', 'the oversight of allegations', 'the use of the early help threshold'],
    ],
    [
      'Ofsted said there were specific areas that needed to be addressed such as the quality of assessments, and the timeliness of return home interviews.\n',
      ['the quality of assessments', 'the timeliness of return home interviews'],
    ],
    [
      'Inspectors found several aspects of practice that still need improving, including supervision, care planning and the voice of the child.\n',
      ['supervision', 'care planning', 'the voice of the child'],
    ],
  ])('reads each area: %j', (body, areas) => {
    expect(quotes(NEWS + body)).toEqual(areas);
  });

  it.each([
    'The report listed nine areas that had improved, including how quickly help is offered to families, and how well care leavers are helped.\n',
    'Areas requiring no further improvement included the front door, adoption and fostering.\n',
    'The council has drawn up a plan for the areas requiring improvement, including new training, more staff and a new IT system.\n',
  ])('reads none where the areas improved or the council plans: %j', (body) => {
    expect(quotes(NEWS + body)).toEqual([]);
  });
});

describe('a peer review named in passing leaves the areas the inspection’s', () => {
  const areas =
    'However, there are some areas where practice still requires improvement, such as the response to missing children, and the use of the threshold.\n';
  it('reads them as the inspection’s in a news item', () => {
    const body = 'Leaders have used their self-evaluation, peer review process and audits to improve services. ' + areas;
    expect(found(NEWS + body).map(([, source]) => source)).toEqual(['inspection', 'inspection']);
  });
  it('reads them as the review’s under a peer challenge title', () => {
    expect(found('LGA Peer Challenge - Outcome\n\n' + areas).map(([, source]) => source)).toEqual(['review', 'review']);
  });
});

describe('praise after a lead-in is no list of areas to improve', () => {
  it.each([
    'In its report, Ofsted highlighted the following improvements since the last inspection:\n- The new academy for social workers.\n- A faster response to safeguarding concerns.\n',
    'The main areas for improvement are:\n\n\nStrengths included:\n• the stability of the workforce\n• the quality of direct work\n',
    'Inspectors praised many strengths of the service. These are:\n- The quality of plans for children in care.\n- The timeliness of health assessments.\n',
  ])('finds none: %j', (body) => {
    expect(quotes(NEWS + body)).toEqual([]);
  });
});

describe('a list after an anaphoric lead-in whose sentence before names work to be done', () => {
  it.each([
    'The watchdog set out five areas where further work is needed for the service to stay good. These are:\n- The quality of plans for children in care.\n- The timeliness of health assessments.\n',
    'Inspectors identified several parts of the service that are not yet strong enough and need further work.\nThey include:\n- The quality of plans for children in care.\n- The timeliness of health assessments.\n',
    'The report identified weaknesses the council must tackle. These were:\n• The quality of plans for children in care.\n• The timeliness of health assessments.\n',
  ])('reads each item as the inspection’s: %j', (body) => {
    expect(found(NEWS + body)).toEqual([
      ['The quality of plans for children in care.', 'inspection'],
      ['The timeliness of health assessments.', 'inspection'],
    ]);
  });

  it.each([
    'Inspectors praised many strengths of the service. These are:\n- The quality of plans for children in care.\n- The timeliness of health assessments.\n',
    'The council has set out the work it will do next. These are:\n- New training for managers.\n- A new recording system.\n',
    'In its report, Ofsted highlighted the following improvements since the last inspection:\n- The new academy for social workers.\n- A faster response to safeguarding concerns.\n',
  ])('reads none after praise or the council’s own plans: %j', (body) => {
    expect(quotes(NEWS + body)).toEqual([]);
  });
});

describe('a list of areas that "need to become stronger", after a reporting verb', () => {
  it.each([
    [
      'The report notes that permanence planning, care planning, and the recording of children’s views need to become consistently stronger.\n',
      ['permanence planning', 'care planning', 'the recording of children’s views'],
    ],
    ['Inspectors noted that supervision and case recording need to be strengthened.\n', ['supervision', 'case recording']],
    [
      'Ofsted found that return home interviews, pathway plans and health assessments needed to improve.\n',
      ['return home interviews', 'pathway plans', 'health assessments'],
    ],
  ])('reads each area: %j', (body, areas) => {
    expect(quotes(NEWS + body)).toEqual(areas);
  });
});

describe('a grade restated in "needs improvement" words is no recommendation', () => {
  it.each([
    'Ofsted rated the council good. Leadership, management and governance also needs improving.\n',
    'Ofsted rated the council good. The experiences and progress of care leavers was identified as an area that needs improvement to be good.\n',
    'Anyshire was told to improve its children’s services after inspectors found weak practice.\n',
    'Services provided by Anyshire County Council have been told they must improve following concerns about staffing.\n',
  ])('finds none: %j', (body) => {
    expect(quotes(NEWS + body)).toEqual([]);
  });
});

describe('a demand on one part of the service is still read', () => {
  it.each([
    [
      'Ofsted inspected Anyshire in May. The council was told to improve its services for care leavers.\n',
      'improve its services for care leavers',
    ],
    [
      'Ofsted rated the council good. The quality of supervision also needed improving.\n',
      'The quality of supervision also needed improving',
    ],
  ])('reads %j', (body, quote) => {
    expect(quotes(NEWS + body)).toEqual([quote]);
  });
});

describe('Ofsted’s demands in reported speech', () => {
  it.each([
    [
      'Ofsted inspected Anyshire in March.\nInspectors found warm relationships with families.\nBut the council was told review plans had to be sharper and improve the timeliness of assessments.\n',
      ['review plans had to be sharper', 'improve the timeliness of assessments'],
    ],
    [
      'Ofsted published its report today.\nThe inspection team said that work needs to continue to cut the use of agency staff.\n',
      ['work needs to continue to cut the use of agency staff'],
    ],
    [
      'Ofsted published its report today. It also wants to see better supervision by team managers and more timely visits to children in care.\n',
      ['better supervision by team managers and more timely visits to children in care'],
    ],
    [
      'Ofsted published its report today. However, inspectors encouraged the trust to improve the help offered to young carers.\n',
      ['improve the help offered to young carers'],
    ],
    [
      'After the inspection in June the council has been instructed to draw up an action plan and to audit the files of all children in care.\n',
      ['draw up an action plan', 'audit the files of all children in care'],
    ],
    [
      'Ofsted visited again this year. Advice to care leavers about housing also needed improving, inspectors said at the time.\n',
      ['Advice to care leavers about housing also needed improving'],
    ],
  ])('reads %j', (body, demands) => {
    expect(quotes(NEWS + body)).toEqual(demands);
  });

  it.each([
    'Ofsted published its report today. The council wants to see better outcomes for children and more young people in work.\n',
    'Ofsted published its report today. Leadership, management and governance also needs improving, the report found.\n',
  ])('reads none: %j', (body) => {
    expect(quotes(NEWS + body)).toEqual([]);
  });
});

describe('a need inside praise or a noun phrase is no demand', () => {
  it.each([
    'Ofsted published its report today. “Staff know children well and can say what needs to be done next,” the report found.\n',
    'Ofsted published its report today. Care leavers receive quick help with housing if it is needed, and good advice about work, inspectors noted.\n',
    'Ofsted published its report today. After the visit in 2021 the need to improve was identified and a board was set up.\n',
    'Inspectors said that children are safe and that the service should continue to build on its impressive work with families.\n',
  ])('finds none: %j', (body) => {
    expect(quotes(NEWS + body)).toEqual([]);
  });
});

describe('the paper’s own decisions under a numbered "… is asked to"', () => {
  it.each([
    [
      '3.        The Executive is asked to\n\n1)   agree the action plan in response to the inspection.\n',
      'agree the action plan in response to the inspection.',
    ],
    ['4. Cabinet is recommended to:\n\na) note the findings of the focused visit.\n', 'note the findings of the focused visit.'],
  ])('reads the decision as the committee’s: %j', (body, quote) => {
    expect(found(PAPER + body)).toEqual([[quote, 'committee']]);
  });
});

describe('"It called for improvements in …" after a sentence naming the inspection', () => {
  it('reads it, without the participle clause', () => {
    const body =
      'Ofsted said there was more to do.\nIt called for improvements in the oversight of early help, saying plans were too vague.\n';
    expect(quotes(NEWS + body)).toEqual(['called for improvements in the oversight of early help']);
  });
  it('reads none where no inspection is named before', () => {
    expect(quotes('Council news\n\nThe union met on Monday.\nIt called for improvements in pay for care staff.\n')).toEqual([]);
  });
});
