import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { colonRunIns } from '../../../lib/detect/colon-run-in';
import { SPOKEN_LEAD_IN } from '../../../lib/detect/recommendation-rules';

// A LEAD-IN saying the inspectorate wants something improved, then a LIST: on a line of its own
// (bullets), or run into the sentence after a colon. Invented wording; each slot varies on its own:
// who asks, what it asks, the list's separators and markers. Negatives: praise, the council's own
// plans, a school's list, the committee's business.
const NEWS = 'Children’s services inspected\n\nOfsted published its report on Anyshire today.\n\n';
const found = (body: string) => detectReport(NEWS + body).recommendations.map((r) => [r.quote, r.source]);

describe('a lead-in line naming who asks and what, then a bulleted list', () => {
  it.each([
    'The watchdog said improvements need to be made, including:',
    'The regulator wants the council to:',
    'Inspectors called for action on:',
    'The inspectorate urged leaders to:',
    'Ofsted said the priorities for development are:',
    'HMI told the authority it must:',
  ])('%j opens a list', (line) => {
    expect(SPOKEN_LEAD_IN.test(line)).toBe(true);
  });

  it.each([
    'The watchdog praised the following:',
    'The regulator noted these strengths:',
    'Inspectors welcomed the improvements made since the last visit:',
    'The watchdog said the school should:',
  ])('%j opens none', (line) => {
    expect(SPOKEN_LEAD_IN.test(line)).toBe(false);
  });

  it('gives each bullet through the whole detector', () => {
    const body =
      'The watchdog said improvements need to be made, including:\n\n  • Quicker decisions when risk is first reported\n\n  • Steadier staffing in the duty teams\n\nThe leader apologised.\n';
    expect(found(body)).toEqual([
      ['Quicker decisions when risk is first reported', 'inspection'],
      ['Steadier staffing in the duty teams', 'inspection'],
    ]);
  });
});

describe('whose list it is', () => {
  it('a list the watchdog asked for is the inspection\'s, though no "Ofsted" is near', () => {
    const body =
      'Council news\n\nThe watchdog said improvements need to be made, including:\n• steadier staffing\n• quicker plans\n';
    expect(detectReport(body).recommendations.map((r) => [r.quote, r.source])).toEqual([
      ['steadier staffing', 'inspection'],
      ['quicker plans', 'inspection'],
    ]);
  });
  it.each([
    'Strengths the watchdog found included: reduce reliance on agency staff; improve the timeliness of plans.\n',
    'Among the positives, inspectors said: leaders act quickly and staff feel supported.\n',
  ])('%j: strengths a speaker reports are no demands', (body) => {
    expect(found(body)).toEqual([]);
  });
  it('"Despite the strengths, inspectors said the council must …" still asks', () => {
    expect(found('Despite the strengths, inspectors said the council must reduce caseloads.\n')).toEqual([
      ['reduce caseloads', 'inspection'],
    ]);
  });
});

describe('a list run into its sentence after a colon', () => {
  it.each([
    [
      'Areas that “needed improvement” were: the need to tighten the recording of visits; review plans for disabled children; and improve return interviews.\n',
      ['the need to tighten the recording of visits', 'review plans for disabled children', 'improve return interviews'],
    ],
    [
      'The watchdog told the council to: speed up assessments, review the use of agency staff and strengthen supervision.\n',
      ['speed up assessments', 'review the use of agency staff', 'strengthen supervision'],
    ],
    [
      'Inspectors made four recommendations: better oversight of drift; quicker health checks; fuller pathway plans; and stronger audits.\n',
      ['better oversight of drift', 'quicker health checks', 'fuller pathway plans', 'stronger audits'],
    ],
    [
      'Aspects requiring development included: the voice of the child and the timeliness of reviews.\n',
      ['the voice of the child', 'the timeliness of reviews'],
    ],
    [
      'The regulator said leaders must: act on missing episodes; and reduce caseloads in the east team.\n',
      ['act on missing episodes', 'reduce caseloads in the east team'],
    ],
    [
      'Published in May, the inspection report set out priorities for action: the front door, supervision, and care plans.\n',
      ['the front door', 'supervision', 'care plans'],
    ],
  ])('%j gives each item', (body, want) => {
    expect(found(body)).toEqual(want.map((q) => [q, 'inspection']));
  });

  it.each([
    // praise and strengths
    'Inspectors praised three things: the front door, supervision and care plans.\n',
    'Strengths the watchdog found included: stable staffing, good audits and timely visits.\n',
    // the council's own plans and promises
    'Following the inspection we will focus on improvement: recruitment, training and supervision.\n',
    'The improvement plan sets out actions Ofsted asked for: a new panel, a training offer and audits.\n',
    // a school's list
    'Ofsted said the school should improve: attendance, reading and behaviour.\n',
    // the committee's business
    'Following the Ofsted inspection the Committee is asked to: note the report, agree the plan and thank staff.\n',
    // a quotation or a statement after the colon
    'The inspection report said: “Leaders must improve supervision, planning and oversight.”\n',
    'Inspectors want improvement in one area: the council has agreed to act on it.\n',
    // a single item is a demand's, not a list
    'Ofsted asked for improvement in one area: supervision of new staff.\n',
  ])('%j gives none', (body) => {
    expect(colonRunIns(NEWS + body)).toEqual([]);
  });
});

describe('one recommendation named among several: "Among 11 recommendations were to …"', () => {
  it.each([
    ['Among 11 recommendations were to speed up plans for a new case recording system.\n', 'to speed up plans for a new case recording system'],
    ['One of the recommendations was to review the use of bed and breakfast placements.\n', 'to review the use of bed and breakfast placements'],
    ['Amongst its recommendations was to strengthen the oversight of missing children.\n', 'to strengthen the oversight of missing children'],
    ['Another of Ofsted’s recommendations is to improve the quality of return interviews.\n', 'to improve the quality of return interviews'],
    ['Among the inspectors’ seven recommendations was that the council reviews its front door.\n', 'that the council reviews its front door'],
    ['Among the key recommendations were to recruit more permanent social workers.\n', 'to recruit more permanent social workers'],
  ])('%j gives the one named', (body, want) => {
    expect(found(body)).toEqual([[want, 'inspection']]);
  });

  it.each([
    'Among the recommendations was one the council had already met.\n',
    'One of the recommendations was to be discussed at the next meeting of the panel.\n',
    'Among the committee’s recommendations was to note the report.\n',
    'One of the recommendations is that Cabinet approves the revised plan.\n',
    'One of the recommendations was to note the progress made since the visit.\n',
  ])('%j gives none', (body) => {
    expect(found(body)).toEqual([]);
  });
});

describe('the areas singled out after the lead-in: "particularly in …", "namely …"', () => {
  it.each([
    [
      'There remain areas for improvement, particularly in the help given to care leavers and some children in need, the inspection found.\n',
      ['the help given to care leavers and some children in need'],
    ],
    ['Ofsted said there were areas for development, notably pathway plans and health checks.\n', ['pathway plans', 'health checks']],
    [
      'The regulator listed areas for improvement, especially the timeliness of assessments and the quality of plans, the report said.\n',
      ['the timeliness of assessments', 'the quality of plans'],
    ],
    [
      'The letter named areas for further development, in particular on supervision, audits and return interviews.\n',
      ['supervision', 'audits', 'return interviews'],
    ],
    [
      'The report identified five areas that need improvement and one that requires urgent action – namely delays in allocating new referrals.\n',
      ['delays in allocating new referrals'],
    ],
    [
      'Inspectors found three areas needing improvement, namely drift in plans for younger children and an inconsistent response to missing episodes.\n',
      ['drift in plans for younger children', 'an inconsistent response to missing episodes'],
    ],
  ])('%j gives each area', (body, want) => {
    expect(found(body)).toEqual(want.map((q) => [q, 'inspection']));
  });

  it.each([
    'Areas that have improved since the last visit, namely supervision and audits, were praised.\n',
    'Inspectors noted that areas for improvement had been made good, particularly the front door.\n',
  ])('%j gives none', (body) => {
    expect(found(body)).toEqual([]);
  });
});

describe('sending Ofsted an action plan is the procedure after every inspection, no recommendation', () => {
  it.each([
    'The council was required to provide Ofsted with an action plan setting out its response to the recommendations.\n',
    'Inspectors told the council to submit a written statement of action within 70 working days.\n',
    'The authority was told to send the regulator an action plan by the spring.\n',
    'Ofsted said the council must submit a statement of action showing how it will respond.\n',
  ])('%j gives none', (body) => {
    expect(found(body)).toEqual([]);
  });
  it('a demand to provide a service still counts', () => {
    expect(found('The council was required to provide better support to care leavers.\n')).toEqual([
      ['provide better support to care leavers', 'inspection'],
    ]);
  });
});
