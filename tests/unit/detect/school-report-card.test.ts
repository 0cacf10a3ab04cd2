import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

const grades = (text: string) =>
  detectReport(text)
    .judgements.map((j) => `${j.areaKey}|${j.grade}|${j.inspection ?? 'this'}`)
    .sort();

// Invented report cards in the layout Ofsted prints from November 2025: no "Ofsted report card"
// title line, the school's address and URN, "Inspection report: <date>", the five-point key one
// word a line, "Safeguarding standards met" in lower case, then each evaluation area with its grade
// at the right margin, and the key again as a glossary at the end.
const LEGEND = '  Exceptional\n\n  Strong standard\n\n  Expected standard\n\n  Needs attention\n\n  Urgent improvement\n';
const card = (safeguarding: string, rows: string) =>
  `Anytown Primary School\nAddress: 1 High Street, AB1 2CD\nUnique reference number (URN): 100001\n\n\n\nInspection report: 4 March 2026\n\n${LEGEND}\n\n\n   ${safeguarding}\n\nThe school has an open culture of safeguarding.\n\nHow we evaluate safeguarding\n\n  Met: The school has an open and positive culture of safeguarding.\n  Not met: The school has not created an open and positive culture of safeguarding.\nStrong standard\n\n${rows}\n\nNeeds attention\nThe expected standards are not met but leaders are likely able to make the necessary\nimprovements.\n`;

describe('2025 report cards as Ofsted prints them (invented wording)', () => {
  const text = card(
    'Safeguarding standards met',
    'Attendance and behaviour                                  Strong standard\n\nPupils attend well.\n\n\nCurriculum and teaching                                   Needs attention\n\nTeaching varies.',
  );

  it('knows the report card by its cover, without an "Ofsted report card" title', () => {
    expect(detectReport(text).document.kind).toBe('school inspection');
  });

  it('reads each area row and the lower-case "Safeguarding standards met"; the key and the glossary give no grade', () => {
    expect(grades(text)).toEqual(['school_behaviour|strong standard|this', 'school_safeguarding|met|this', 'school_teaching|needs attention|this'].sort());
  });

  it('dates the report card by its "Inspection report: <date>" line', () => {
    const doc = detectReport(text).document;
    expect(doc.inspectionDates).toBe('4 March 2026');
    expect(doc.framework).toBe('Ofsted school inspection 2026');
  });

  it('reads "Safeguarding standards not met" as not met', () => {
    const notMet = card('Safeguarding standards not met', 'Achievement                                               Urgent improvement');
    expect(grades(notMet)).toEqual(['school_outcomes|urgent improvement|this', 'school_safeguarding|not met|this'].sort());
  });

  it('takes no grade from prose that says the standards "are met"', () => {
    const prose = 'Anytown Primary School\nInspection report: 4 March 2026\n\nThe safeguarding standards are met. Leaders know safeguarding is met by everyone.\n';
    expect(detectReport(prose).judgements.filter((j) => j.areaKey === 'school_safeguarding')).toEqual([]);
  });
});
