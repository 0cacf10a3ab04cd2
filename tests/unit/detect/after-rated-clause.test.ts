import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Invented news items: a grade in an "after its services were rated …" clause. When the main clause is a
// past event ("took over the trust"), the grade came before it: an earlier inspection's. When it is the
// news's reaction ("has apologised"), the grade is the one the item reports (issue 10).
const NEWS = (year: number) =>
  `Eastvale children’s services news\n\nPublished: 12 March ${year}\n\nAn inspection of Eastvale Council’s children’s services took place in January ${year}.\n\n`;
const grades = (body: string, year = 2020) =>
  detectReport(NEWS(year) + body).judgements.map((j) => `${j.grade}@${j.inspection ?? 'current'}`);

describe('"after its services were rated …"', () => {
  it('is an earlier grade after a past event in the main clause', () => {
    const body =
      'Eastvale’s children’s services have been rated good by Ofsted. The council took over the trust after its children’s services were rated ‘inadequate’.';
    expect(grades(body)).toContain('inadequate@previous');
    expect(grades(body)).not.toContain('inadequate@current');
  });

  it.each([
    'Eastvale Council has apologised unreservedly to families after its children’s services were rated “inadequate” by Ofsted.',
    'Eastvale Council has “apologised” to families for “failing them” after its children’s services were rated “inadequate” by Ofsted.',
    'The council says it is determined to improve after its children’s services were rated “inadequate” by Ofsted.',
  ])('is the reported grade when the main clause is the reaction to it: %s', (body) => {
    expect(grades(body)).toContain('inadequate@current');
    expect(grades(body)).not.toContain('inadequate@previous');
  });
});

describe('a count of areas before a list of area lines', () => {
  it('makes no area of "three areas"', () => {
    const body =
      'Ofsted rated three areas:\n- Help and protection: good\n- Children in care: good\n- Leaders: requires improvement\n';
    const found = detectReport(NEWS(2024) + body).judgements;
    expect(found.map((j) => j.area.toLowerCase())).not.toContain('three areas');
    expect(found.map((j) => `${j.areaKey}|${j.grade}`)).toEqual(
      expect.arrayContaining(['help_protection|good', 'in_care|good', 'leaders|requires improvement']),
    );
  });
});
