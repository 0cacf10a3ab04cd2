// The rows of the history table: SLAC, SIF and ILACS areas mapped onto one set of keys, so grades
// of different frameworks line up (Adequate and Requires improvement share rank 3 already).
import type { JudgementMention } from '../model/findings';

export type CompareKey =
  'overall' | 'leaders' | 'help_protection' | 'in_care' | 'care_leavers' | 'adoption' | 'lscb' | 'capacity';

export const COMPARE_ROWS: Array<[CompareKey, string]> = [
  ['overall', 'Overall effectiveness'],
  ['leaders', 'Leaders and management'],
  ['help_protection', 'Help and protection (safeguarding)'],
  ['in_care', 'Children in care'],
  ['care_leavers', 'Care leavers'],
  ['adoption', 'Adoption'],
  ['lscb', 'Safeguarding board'],
  ['capacity', 'Capacity to improve'],
];

/** The rows a judgement fills: none for areas no later framework grades; two for the combined
 * ILACS 2018–22 area, which later inspections split into children in care and care leavers. */
export function compareKeysOf(j: Pick<JudgementMention, 'area' | 'areaKey'>): CompareKey[] {
  const area = j.area.toLowerCase();
  if (/capacity (?:for|to) improve/.test(area)) return ['capacity'];
  // SLAC grades two overall effectiveness judgements: safeguarding, and looked after children.
  const broad = j.areaKey === 'overall' || j.areaKey === 'other';
  if (broad && /safeguard/.test(area) && !/board|partnership/.test(area)) return ['help_protection'];
  if (broad && /looked after|in care/.test(area)) return ['in_care'];
  if (j.areaKey === 'in_care_and_care_leavers') return ['in_care', 'care_leavers'];
  if (j.areaKey === 'other' || j.areaKey === 'send_outcome') return [];
  return [j.areaKey as CompareKey];
}
