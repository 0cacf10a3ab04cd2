// The words of each scale that is not the four-point grade, best first, so a councillor reading an
// area SEND outcome, a school report card or a CQC score sees the whole scale it sits on. Sources:
// Ofsted area SEND framework (2023) outcome sentences; Ofsted school report cards (2025); HMI
// Probation youth justice ratings; CQC local authority assessment (ratings and quality statement
// scores 1–4). FRAMEWORKS.md §§ 9–11.
import type { JudgementMention } from './findings';

/** A scale's name and its levels as the framework words them, best first. */
export interface ScaleLegend {
  name: string;
  levels: string[];
}

const FOUR_WORDS = ['outstanding', 'good', 'requires improvement', 'inadequate'];

const SEND: ScaleLegend = {
  name: 'Area SEND outcome',
  levels: [
    'typically positive experiences and outcomes',
    'inconsistent experiences and outcomes',
    'widespread and/or systemic failings',
  ],
};
const REPORT_CARD: ScaleLegend = {
  name: 'School report card',
  levels: ['exceptional', 'strong standard', 'expected standard', 'needs attention', 'urgent improvement'],
};
const BY_AREA: Record<string, ScaleLegend> = {
  send_outcome: SEND,
  yj_overall: { name: 'HMI Probation youth justice rating', levels: FOUR_WORDS },
  yj_standard: { name: 'HMI Probation youth justice rating', levels: FOUR_WORDS },
  asc_overall: { name: 'CQC adult social care rating', levels: FOUR_WORDS },
  asc_quality_statement: {
    name: 'CQC quality statement score',
    levels: [
      '4 evidence shows an exceptional standard',
      '3 evidence shows a good standard',
      '2 evidence shows some shortfalls',
      '1 evidence shows significant shortfalls',
    ],
  },
};

/** The legend of a judgement's scale, or null when it is the four-point grade (children's
 * services, schools 2005–24, providers) that the chips' colours and shapes already explain. */
export function scaleLegendOf(j: Pick<JudgementMention, 'areaKey' | 'grade'>): ScaleLegend | null {
  if (REPORT_CARD.levels.includes(j.grade.toLowerCase())) return REPORT_CARD;
  return BY_AREA[j.areaKey] ?? null;
}

/** Each scale met in the judgements once, in the order first met. */
export function scaleLegendsOf(judgements: ReadonlyArray<Pick<JudgementMention, 'areaKey' | 'grade'>>): ScaleLegend[] {
  const out: ScaleLegend[] = [];
  for (const j of judgements) {
    const legend = scaleLegendOf(j);
    if (legend && !out.some((l) => l.name === legend.name)) out.push(legend);
  }
  return out;
}

/** One line for the finding card: "Area SEND outcome, best first: a · b · c". */
export const legendLine = (legend: ScaleLegend) => `${legend.name}, best first: ${legend.levels.join(' · ')}`;
