import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { gutterToTab } from '../../../lib/detect/gutter-to-tab';

// Summary-table rows a converter flattened with one space between the row number, the area label
// and the grade ("2.1 Adoption performance Good"), on their own lines or all on one line.
// Invented wording, the real shape of SIF summary tables copied by document-sharing sites.
const HEAD = 'Rutland County Council\n\nInspection of services for children in need of help and protection\n\n';
const rows = (body: string) => detectReport(HEAD + body).judgements.map((j) => `${j.areaKey}:${j.grade}:${j.quote}`);
const tableRows = (body: string) => detectReport(HEAD + body).judgements.filter((j) => j.ruleId === 'table-row');

describe('numbered summary rows without a tab', () => {
  it('a row on its own line reads as a table row', () => {
    expect(rows('1. Children who need help and protection Requires improvement\n\n2.1 Adoption performance Good\n')).toEqual([
      'help_protection:requires improvement:1. Children who need help and protection Requires improvement',
      'adoption:good:2.1 Adoption performance Good',
    ]);
  });

  it('a row whose label the converter wrapped onto the line before', () => {
    expect(
      rows(
        '2. Children looked after and achieving\n\npermanence Requires Improvement\n\n3. Leadership, management and governance Good\n',
      ),
    ).toEqual([
      'in_care:requires improvement:2. Children looked after and achieving\n\npermanence Requires Improvement',
      'leaders:good:3. Leadership, management and governance Good',
    ]);
  });

  it('rows run together on one line, each its own row', () => {
    const line =
      'Report published: 1 May 2016 1. Children who need help and protection Inadequate 2. Children looked after and achieving permanence Requires improvement 2.1 Adoption performance Good 3. Leadership, management and governance Inadequate\n';
    expect(rows(line).map((r) => r.split(':').slice(0, 2).join(':'))).toEqual([
      'help_protection:inadequate',
      'in_care:requires improvement',
      'adoption:good',
      'leaders:inadequate',
    ]);
  });

  it('keeps every offset', () => {
    const text = 'x 1. Children who need help and protection Good 2.1 Adoption performance Good\n2. Care leavers Good\n';
    expect(gutterToTab(text).length).toBe(text.length);
  });

  it('not a numbered sentence, nor a lower-case grade word in prose, nor one row alone inside a sentence', () => {
    expect(tableRows('3. The council was rated Good\n')).toEqual([]);
    expect(tableRows('4. Partners said the work with schools is good\n')).toEqual([]);
    expect(tableRows('We met on 2. Adoption panels Good for all\n')).toEqual([]);
  });
});
