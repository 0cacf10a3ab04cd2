import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

const grades = (text: string) =>
  detectReport(text)
    .judgements.map((j) => `${j.areaKey}|${j.grade}|${j.inspection ? 'previous' : 'this'}`)
    .sort();

// Invented letters in the layout of Ofsted's ungraded inspections of good and outstanding
// schools (2019–24): no cover table; the outcome is one fixed sentence, the improvement items sit
// under a parenthesised note, and the background names the earlier graded judgement.
const letter = (outcome: string, items: string) => `Inspection of a good school: Anytown Primary School
High Street, Anytown, Anyshire AB1 2CD

Inspection dates: 7 and 8 June 2023

Outcome

${outcome} There is enough evidence of improved performance to suggest that the school could be judged outstanding if we were to carry out a graded (section 5) inspection now. The school’s next inspection will be a graded inspection.

What is it like to attend this school?

Pupils enjoy school. Behaviour in the school continues to be good.

What does the school need to do to improve?

(Information for the school and appropriate authority)

${items}

Background

When we have judged a school to be good, we will then normally go into the school about once every four years to confirm that the school remains good. This is called an ungraded inspection.

This is the first ungraded inspection since we judged the school to be good in March 2018.
`;
const BULLETS = '\uf0b7 In a few subjects, the curriculum does not set out what pupils should learn. The school should make sure that it does.\n\uf0b7 Some pupils who fall behind in reading do not catch up quickly. Leaders should ensure that they get the support they need.';
const PARAGRAPHS = 'In a few subjects, the curriculum does not set out what pupils should learn. The school should make sure that it does.\n\nSome pupils who fall behind in reading do not catch up quickly. Leaders should ensure that they get the support they need.';

describe('ungraded inspections of good and outstanding schools (invented wording)', () => {
  it('reads "continues to be a good school" as the standing grade this inspection confirms, and the grade it was given before as earlier', () => {
    const text = letter('Anytown Primary School continues to be a good school.', BULLETS);
    expect(detectReport(text).document.kind).toBe('school inspection');
    expect(grades(text)).toEqual(['school_overall|good|previous', 'school_overall|good|this']);
    const earlier = detectReport(text).judgements.find((j) => j.inspection);
    expect(earlier?.inspection).toBe('March 2018');
  });

  it('reads "This school continues to be outstanding" the same way; "could be judged outstanding if …" and pupils’ behaviour give no grade', () => {
    const text = letter('This school continues to be outstanding.', BULLETS);
    expect(grades(text)).toEqual(['school_overall|good|previous', 'school_overall|outstanding|this']);
    expect(grades(letter('The school is improving.', BULLETS))).toEqual(['school_overall|good|previous']);
  });

  it('takes the items under "What does the school need to do to improve?" but not the parenthesised note, bulleted or not', () => {
    for (const items of [BULLETS, PARAGRAPHS]) {
      const found = detectReport(letter('Anytown Primary School continues to be a good school.', items)).recommendations;
      expect(found.map((r) => r.quote.slice(0, 24))).toEqual(['In a few subjects, the c', 'Some pupils who fall beh']);
    }
  });
});
