import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

const dir = path.resolve(import.meta.dirname, '../../fixtures/text/schools');
const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
const grades = (text: string) =>
  detectReport(text)
    .judgements.map((j) => `${j.areaKey}|${j.grade}|${j.inspection ?? 'this'}`)
    .sort();

// Real covers (tests/fixtures/text/schools/README.md) and invented ones in each era's layout.
const LABELLED: Array<[name: string, text: string, want: string[]]> = [
  ['Kinson Primary 2015 (real, 2012–15 cover)', read('kinson-primary-2015.txt'), ['school_overall|requires improvement|this', 'school_overall|requires improvement|previous', 'school_leadership|requires improvement|this', 'school_behaviour|requires improvement|this', 'school_teaching|requires improvement|this', 'school_outcomes|requires improvement|this', 'school_early_years|good|this']],
  ['Oldham Academy North 2016 (real, 2015–19 cover)', read('oldham-academy-north-2016.txt'), ['school_overall|good|this', 'school_leadership|good|this', 'school_teaching|good|this', 'school_behaviour|good|this', 'school_outcomes|good|this', 'school_overall|requires improvement|previous']],
  ['2011 (invented, Satisfactory)', 'Anytown Primary School\nInspection report\n\nInspection dates 7–8 February 2011\n\nOverall effectiveness Satisfactory 3\nLeadership and management Good 2\n', ['school_overall|satisfactory|this', 'school_leadership|good|this']],
  ['2022 (invented, 2019–24 cover)', 'Inspection of Anytown Church of England Primary School\nHigh Street, Anytown\n\nInspection dates: 3 and 4 May 2022\n\nOverall effectiveness Requires improvement\nThe quality of education Requires improvement\nBehaviour and attitudes Good\nPersonal development Good\nLeadership and management Requires improvement\nEarly years provision Good\nPrevious inspection grade Good\n', ['school_overall|requires improvement|this', 'school_teaching|requires improvement|this', 'school_behaviour|good|this', 'school_personal_development|good|this', 'school_leadership|requires improvement|this', 'school_early_years|good|this', 'school_overall|good|previous']],
  ['2025 report card (invented)', 'Anytown Academy\nOfsted report card\n\nInspection dates: 18 to 20 November 2025\n\nInclusion Strong standard\nCurriculum and teaching Expected standard\nAchievement Needs attention\nAttendance and behaviour Exceptional\nPersonal development and well-being Expected standard\nLeadership and governance Urgent improvement\nSafeguarding Met\n', ['school_inclusion|strong standard|this', 'school_teaching|expected standard|this', 'school_outcomes|needs attention|this', 'school_behaviour|exceptional|this', 'school_personal_development|expected standard|this', 'school_leadership|urgent improvement|this', 'school_safeguarding|met|this']],
];

describe('school reports: grades of each era', () => {
  it.each(LABELLED)('%s', (_name, text, want) => {
    expect(detectReport(text).document.kind).toBe('school inspection');
    expect(grades(text)).toEqual([...want].sort());
  });

  it('never takes the previous inspection grade as the current one', () => {
    for (const [, text] of LABELLED) {
      const own = detectReport(text).judgements.filter((j) => j.inspection === null && j.areaKey === 'school_overall');
      expect(own.length).toBeLessThanOrEqual(1);
    }
    const oldham = detectReport(read('oldham-academy-north-2016.txt')).judgements;
    expect(oldham.find((j) => j.inspection === null && j.areaKey === 'school_overall')?.grade).toBe('good');
  });

  it('ranks the report card five-point scale 1–5 and gives safeguarding no rank', () => {
    const card = detectReport(LABELLED[4]![1]).judgements;
    expect(card.find((j) => j.grade === 'urgent improvement')?.rank).toBe(5);
    expect(card.find((j) => j.areaKey === 'school_safeguarding')?.rank).toBeNull();
  });
});

describe('school reports: category, recommendations and authority', () => {
  it('reads special measures and the "What does the school need to do to improve further?" items (real text)', () => {
    const found = detectReport(read('al-hijrah-2017.txt'));
    expect(found.judgements.map((j) => [j.areaKey, j.grade])).toEqual([['school_category', 'special measures']]);
    expect(found.recommendations.map((r) => r.quote.slice(0, 30))).toEqual(['As a matter of urgency, improv', 'Improve behaviour and the mana']);
    expect(found.recommendations[0]!.quote).toContain('single central record is compliant');
  });
  it('reads another real special measures report (2018): the category and both improvement items, sub-items kept', () => {
    const found = detectReport(read('king-solomon-2018.txt'));
    expect(found.document.kind).toBe('school inspection');
    expect(found.judgements.map((j) => [j.areaKey, j.grade, j.inspection])).toEqual([['school_category', 'special measures', null]]);
    expect(found.recommendations.map((r) => r.quote.slice(0, 40))).toEqual([
      'Improve the quality of teaching in key s',
      'Improve pupils’ attainment and progress ',
    ]);
    expect(found.recommendations[0]!.quote).toContain('correct errors and address misunderstandings');
  });
  it('takes no grade from a real 2011 report’s glossary of grades and its national table', () => {
    expect(detectReport(read('tannery-drift-2011-glossary.txt')).judgements).toEqual([]);
  });
  it('takes the school’s local authority, not Ofsted’s Manchester address', () => {
    const text = `${read('oldham-academy-north-2016.txt')}\nSchool details\nLocal authority Oldham\n\nPiccadilly Gate\nStore Street\nManchester\nM1 2WD\n`;
    expect(detectReport(text).document.authority).toBe('Oldham');
    const noField = `${read('kinson-primary-2015.txt')}\nPiccadilly Gate\nStore Street\nManchester\nM1 2WD\n`;
    expect(detectReport(noField).document.authority).not.toBe('Manchester');
  });
});

describe('school report shapes met on real pages (2011 yumpu, ofstedreport.co.uk)', () => {
  const real = (f: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/real-kinds/school', f), 'utf8');

  it('reads the 2009–12 judgements table of numbers by its own key (“1 is outstanding, 2 is good, 3 is satisfactory”)', () => {
    const found = detectReport(real('tannery-drift-2011-cover.txt'));
    expect(found.document.authority).toBe('Hertfordshire');
    expect(grades(real('tannery-drift-2011-cover.txt'))).toEqual(['school_other|good|this', 'school_overall|good|this']);
    const satisfactory = 'Anytown Primary School\nInspection report\nInspection grades: 1 is outstanding, 2 is good, 3 is satisfactory, and 4 is inadequate\nInspection judgements\nOverall effectiveness: how good is the school 3\n';
    expect(grades(satisfactory)).toEqual(['school_overall|satisfactory|this']);
  });

  it('takes no number as a grade without that key', () => {
    expect(grades('Anytown Primary School\nInspection report\nOverall effectiveness: how good is the school 2\n')).toEqual([]);
  });

  it('knows a report page by its “What does the school need to do to improve further?” heading, and keeps indented sub-items inside their item', () => {
    const found = detectReport(real('anglo-european-ofstedreport-page.txt'));
    expect(found.document.kind).toBe('school inspection');
    expect(found.judgements.map((j) => [j.areaKey, j.grade])).toEqual([
      ['school_overall', 'good'],
      ['school_leadership', 'outstanding'],
    ]);
    expect(found.recommendations.map((r) => r.quote.slice(0, 20))).toEqual(['Continue to improve ', 'All pupils, as curre', 'Focus on improving s']);
    expect(found.recommendations[0]!.quote).toContain('fully evaluated');
  });
  it('takes the local authority from a 2005–09 cover whose values stand apart from their labels (“ESSEX LA”)', () => {
    expect(detectReport(real('anglo-european-2008-cover.txt')).document.authority).toBe('Essex');
    expect(detectReport(real('anglo-european-2008-cover.txt')).judgements).toEqual([]);
  });
});
