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
};

/** "outcome 3 of 3 on the area SEND outcome scale (not a four-point grade)", or null on the four-point grade. */
export function scaleNote(j: Pick<JudgementMention, 'areaKey' | 'rank'>): string | null {
  const scale = SCALES[j.areaKey];
  if (!scale) return null;
  return `level ${j.rank ?? '?'} of ${scale.levels} on the ${scale.name} scale (not a four-point grade)`;
}

/**
 * The rank whose colour and shape paint a judgement: the four-point rank itself, and for the
 * three area SEND outcomes positive → good (2), inconsistent → requires improvement (3),
 * widespread failings → inadequate (4), so the colour says the same as the words.
 */
export function paintRank(j: Pick<JudgementMention, 'areaKey' | 'rank'>): number | null {
  if (j.areaKey === 'send_outcome') return j.rank === null ? null : j.rank + 1;
  return j.rank;
}
