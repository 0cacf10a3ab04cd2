// The `--format csv` table of the batch `detect`: one row per document, one column per area of
// the children's services frameworks (SLAC, SIF, ILACS) holding the grade of the inspection the
// document is about, so a data team can open every authority's grades at once in a spreadsheet.
import type { DetectOutput } from './detect-output';

/** Area keys with a column of their own (DESIGN.md); any other area goes to `other_areas`. */
export const AREA_COLUMNS = [
  'overall',
  'help_protection',
  'in_care',
  'care_leavers',
  'in_care_and_care_leavers',
  'adoption',
  'leaders',
  'lscb',
  'capacity',
  'send_outcome',
] as const;

const HEADER = [
  'file',
  'authority',
  'authority_urn',
  'framework',
  'kind',
  'inspection_dates',
  'publication_date',
  ...AREA_COLUMNS,
  'other_areas',
  'earlier_judgements',
  'recommendations',
];

/** A CSV field (RFC 4180): quoted when it holds a comma, quote or line break; null is empty. */
function field(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The header line of the grades-by-area table (ends with CRLF, as spreadsheets expect). */
export function csvHeader(): string {
  return HEADER.join(',') + '\r\n';
}

/** One document's row: its identity, each area's current grade (distinct grades joined by "; "
 * when the text gives more than one), other areas as "Area: grade", the count of judgements of
 * earlier inspections and of recommendations. */
export function csvRow(file: string, out: DetectOutput): string {
  const grades = new Map<string, string[]>();
  const others: string[] = [];
  for (const j of out.judgements) {
    if (j.inspection !== null) continue;
    if (!(AREA_COLUMNS as readonly string[]).includes(j.areaKey)) {
      const pair = `${j.area.replace(/\s+/g, ' ').trim()}: ${j.grade}`;
      if (!others.includes(pair)) others.push(pair);
      continue;
    }
    const list = grades.get(j.areaKey) ?? [];
    if (!list.includes(j.grade)) list.push(j.grade);
    grades.set(j.areaKey, list);
  }
  const d = out.document;
  const cells = [
    file,
    d.authority,
    d.authorityUrn,
    d.framework,
    d.kind,
    d.inspectionDates,
    d.publicationDate,
    ...AREA_COLUMNS.map((key) => grades.get(key)?.join('; ') ?? ''),
    others.join('; '),
    out.judgements.filter((j) => j.inspection !== null).length,
    out.recommendations.length,
  ];
  return cells.map(field).join(',') + '\r\n';
}
