import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

const real = (f: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/real-kinds/school-news', f), 'utf8');
const keys = (text: string) => [...new Set(detectReport(text).judgements.map((j) => `${j.areaKey}|${j.grade}`))].sort();

// Real local news about school reports (2015–23): a school's grades are never the council's.
describe('news about a school inspection', () => {
  it('gives each named area the grade of its own clause (EIF, two grades in one sentence)', () => {
    expect(keys(real('shropshire-star-2023-crowmoor.txt'))).toEqual(
      ['school_behaviour|requires improvement', 'school_category|special measures', 'school_early_years|requires improvement', 'school_leadership|inadequate', 'school_overall|inadequate', 'school_personal_development|good', 'school_teaching|inadequate'].sort(),
    );
  });

  it('reads a list of areas sharing one grade, and “rated it overall as”', () => {
    expect(keys(real('winsford-guardian-2020-victoria-road.txt'))).toEqual(
      ['school_behaviour|good', 'school_early_years|good', 'school_leadership|good', 'school_overall|requires improvement', 'school_personal_development|good', 'school_teaching|requires improvement'].sort(),
    );
  });

  it('never reads “Cambridgeshire has been rated inadequate” as the council’s children’s services grade', () => {
    const found = keys(real('royston-crow-2015-guilden-morden.txt'));
    expect(found.every((k) => k.startsWith('school_'))).toBe(true);
    expect(found).toContain('school_overall|inadequate');
    expect(found).toContain('school_leadership|inadequate');
  });

  it('takes no grade from a count of areas (“good in three out of five categories”)', () => {
    expect(keys(real('shropshire-star-2023-longden.txt'))).toEqual(['school_early_years|requires improvement', 'school_overall|requires improvement', 'school_teaching|requires improvement']);
  });

  it('leaves news about children’s services to the children’s services rules', () => {
    const text = 'Ofsted has rated Anyshire County Council’s children’s services as ‘good’ after an inspection in May 2024. Schools in the county were praised.\n';
    expect(keys(text).some((k) => k.startsWith('school_'))).toBe(false);
  });
});
