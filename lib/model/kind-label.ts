// Plain words for a document's kind and for scales other than the four-point grade.
import type { DocumentKind } from '../detect/report-kinds';
import type { JudgementMention } from './findings';

const LABELS: Record<DocumentKind, string> = {
  "children's services inspection": "Children's services inspection",
  'focused visit': 'Focused visit (no grades)',
  'monitoring visit': 'Monitoring visit (no grades)',
  'joint targeted area inspection': 'Joint targeted area inspection (no grades)',
  'area SEND inspection': 'Area SEND inspection',
  'school inspection': 'School inspection',
  'social care provider inspection': "Children's home, fostering or adoption agency inspection",
  'youth justice inspection': 'Youth justice inspection (HMI Probation)',
  'adult social care assessment': 'Adult social care assessment (CQC)',
  'council paper': 'Council paper',
  review: 'Review',
  other: 'Other document',
};

/** The plain label a councillor reads for `document.kind`; a missing or unknown kind reads "Document". */
export function kindLabel(kind: string | null | undefined): string {
  return (kind && (LABELS as Record<string, string>)[kind]) || 'Document';
}

/** Scale names for judgements off the four-point grade, keyed by areaKey. */
const SCALES: Record<string, { name: string; levels: number }> = {
  send_outcome: { name: 'area SEND outcome', levels: 3 },
  asc_quality_statement: { name: 'CQC quality statement (score 4 is best)', levels: 4 },
};
const REPORT_CARD = /^(?:exceptional|strong standard|expected standard|needs attention|urgent improvement)$/;

/** "outcome 3 of 3 on the area SEND outcome scale (not a four-point grade)", or null on the four-point grade. */
export function scaleNote(j: Pick<JudgementMention, 'areaKey' | 'rank' | 'grade'>): string | null {
  if (REPORT_CARD.test(j.grade)) return `level ${j.rank ?? '?'} of 5 on the school report card scale (not a four-point grade)`;
  const scale = SCALES[j.areaKey];
  if (!scale) return null;
  return `level ${j.rank ?? '?'} of ${scale.levels} on the ${scale.name} scale (not a four-point grade)`;
}

/**
 * The rank whose colour and shape paint a judgement: the four-point rank itself, and for the
 * three area SEND outcomes positive → good (2), inconsistent → requires improvement (3),
 * widespread failings → inadequate (4), so the colour says the same as the words; report cards'
 * five levels likewise (see below); never a rank outside 1–4.
 */
export function paintRank(j: Pick<JudgementMention, 'areaKey' | 'rank' | 'grade'>): number | null {
  if (j.areaKey === 'send_outcome') return j.rank === null ? null : j.rank + 1;
  // Report cards (five levels): exceptional and strong standard as outstanding and good, expected
  // standard with its own neutral mark, needs attention and urgent improvement as 3 and 4.
  if (REPORT_CARD.test(j.grade)) return ([1, 2, null, 3, 4] as const)[(j.rank ?? 3) - 1] ?? null;
  return j.rank !== null && j.rank >= 1 && j.rank <= 4 ? j.rank : null;
}
