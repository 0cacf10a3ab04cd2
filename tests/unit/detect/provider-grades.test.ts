import fs from 'node:fs';
import path from 'node:path';
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

describe('children’s home reports as pdf text gives them (real SCCIF 2016 cover; 2010 title)', () => {
  const real = (f: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/real-kinds/provider', f), 'utf8');

  it('reads a judgement whose label wraps around its grade, and the 2015–17 label “impact and effectiveness of leaders and managers”', () => {
    const found = detectReport(real('childrens-home-sc464809-2016.txt'));
    expect(found.document.kind).toBe('social care provider inspection');
    expect(found.judgements.filter((j) => j.inspection === null).map((j) => [j.areaKey, j.grade])).toEqual([
      ['provider_experiences', 'outstanding'],
      ['provider_help_protection', 'good'],
      ['provider_leaders', 'outstanding'],
    ]);
  });

  it('keeps “Previous inspection judgement” as an earlier judgement, on the interim scale too', () => {
    const earlier = detectReport(real('childrens-home-sc464809-2016.txt')).judgements.filter((j) => j.inspection !== null);
    expect(earlier.map((j) => [j.areaKey, j.grade, j.inspection])).toEqual([['provider_experiences', 'sustained effectiveness', 'previous']]);
    const wrapped = `Children's home inspection - Full\nUnique reference number\nSC000001\nRegistered manager\n[manager]\nPrevious inspection judgement\nGood\nThis inspection\nThe overall experiences and\nprogress of children and\nRequires improvement\nyoung people living in the\nhome are\n`;
    expect(detectReport(wrapped).judgements.map((j) => [j.grade, j.inspection])).toEqual([
      ['good', 'previous'],
      ['requires improvement', null],
    ]);
  });

  it('knows a children’s home report by its title alone, and takes no grade from its legend', () => {
    const found = detectReport(real('childrens-home-sc002264-2010.txt'));
    expect(found.document.kind).toBe('social care provider inspection');
    expect(found.judgements).toEqual([]);
  });
});
