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
