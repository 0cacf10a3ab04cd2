import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Invented in each report's layout (FRAMEWORKS.md §11.2, §11.4 and the SCCIF judgement names);
// no real report of these kinds was at hand.
const HOME = `Anytown Children’s Home\n\nUnique reference number: SC123456\nRegistered manager: A Manager\n\nInspection dates: 4 to 5 March 2024\n\nOverall experiences and progress of children and young people: good\nHow well children and young people are helped and protected: requires improvement to be good\nThe effectiveness of leaders and managers: good\n\nRecommendations\n\n• The registered person should ensure that staff receive supervision.\n• The registered person should review the home’s location risk assessment.\n`;
const YJ = `An inspection of youth justice services in Anyshire\n\nHM Inspectorate of Probation, May 2024\n\nOverall rating: Good\n\n1.1 Governance and leadership Good\n1.2 Staff Requires improvement\n2.1 Assessment Outstanding\n\nRecommendations\n\n• The youth justice service should improve its assessment of risk of harm.\n`;
const ASC = `Anyshire County Council: local authority assessment\n\nOverall rating: Requires improvement\n\nAssessing needs\nScore: 2\nSupporting people to live healthier lives\nScore: 3\n`;

describe('providers, youth justice and adult social care: their own scales', () => {
  it('reads a children’s home’s three judgements and its recommendations', () => {
    const found = detectReport(HOME);
    expect(found.document.kind).toBe('social care provider inspection');
    expect(found.judgements.map((j) => [j.areaKey, j.grade])).toEqual([
      ['provider_experiences', 'good'],
      ['provider_help_protection', 'requires improvement'],
      ['provider_leaders', 'good'],
    ]);
    expect(found.recommendations).toHaveLength(2);
  });
  it('reads a youth justice overall rating and each standard', () => {
    const found = detectReport(YJ);
    expect(found.document.kind).toBe('youth justice inspection');
    expect(found.judgements.map((j) => [j.areaKey, j.area, j.grade])).toEqual([
      ['yj_overall', 'Overall rating', 'good'],
      ['yj_standard', '1.1 Governance and leadership', 'good'],
      ['yj_standard', '1.2 Staff', 'requires improvement'],
      ['yj_standard', '2.1 Assessment', 'outstanding'],
    ]);
    expect(found.recommendations).toHaveLength(1);
  });
  it('reads an adult social care overall rating and quality statement scores (4 is best)', () => {
    const found = detectReport(ASC);
    expect(found.document.kind).toBe('adult social care assessment');
    expect(found.judgements.map((j) => [j.areaKey, j.grade, j.rank])).toEqual([
      ['asc_overall', 'requires improvement', 3],
      ['asc_quality_statement', 'score 2 of 4', 3],
      ['asc_quality_statement', 'score 3 of 4', 2],
    ]);
  });
});
