// Which children's services framework a grade can belong to: by the framework's name, its scale
// words and its areas (FRAMEWORKS.md; DESIGN.md "Frameworks the detector must know").
import type { CompareKey } from './compare-areas';
import type { FrameworkFamily, MonthSpan } from './inspection-types';
import { monthIndex } from './inspection-dates';

export const FAMILIES: FrameworkFamily[] = ['CSA', 'SLAC', 'SIF', 'ILACS'];

/** The family of a framework name as the detector gives it ("ILACS-short" → ILACS); null for
 * frameworks with no place in the children's services history (visits, schools, SEND, papers). */
export function familyOf(framework: string | null | undefined): FrameworkFamily | null {
  if (!framework) return null;
  if (/^ILACS/i.test(framework)) return 'ILACS';
  if (/^(?:SIF|SLAC|CSA)$/i.test(framework)) return framework.toUpperCase() as FrameworkFamily;
  return null;
}

/** Scale words of each family: SLAC grades "adequate", SIF and ILACS "requires improvement", the
 * 2009–11 assessment "performs well". "Satisfactory" (schools and care providers before 2012) is on
 * none of them, so a paper's "at least satisfactory" never becomes a children's services grade. */
const SCALES: Record<FrameworkFamily, Set<string>> = {
  SLAC: new Set(['outstanding', 'good', 'adequate', 'inadequate']),
  SIF: new Set(['outstanding', 'good', 'requires improvement', 'inadequate']),
  ILACS: new Set(['outstanding', 'good', 'requires improvement', 'inadequate']),
  CSA: new Set(['performs excellently', 'performs well', 'performs adequately', 'performs poorly']),
};

/** Areas each family grades, as history rows. SLAC: safeguarding and looked after children, each
 * with leadership and capacity; SIF: seven areas with the LSCB review; ILACS: four, with children in
 * care and care leavers one area until 2023 (filling both rows). */
const AREAS: Record<FrameworkFamily, Set<CompareKey>> = {
  SLAC: new Set(['help_protection', 'in_care', 'leaders', 'capacity']),
  SIF: new Set(['overall', 'help_protection', 'in_care', 'adoption', 'care_leavers', 'leaders', 'lscb']),
  ILACS: new Set(['overall', 'leaders', 'help_protection', 'in_care', 'care_leavers']),
  CSA: new Set(['overall']),
};

/** Does this family grade this area on this scale word? */
export const familyGrades = (family: FrameworkFamily, key: CompareKey, grade: string) =>
  AREAS[family].has(key) && SCALES[family].has(grade);

/** When each family was in use: from the April before its first inspections (a paper may date an
 * inspection by the council's financial year) to a year after its last publications. */
const IN_USE: Record<FrameworkFamily, MonthSpan> = {
  CSA: { from: monthIndex(2008, 3), to: monthIndex(2012, 11) },
  SLAC: { from: monthIndex(2009, 3), to: monthIndex(2014, 11) },
  SIF: { from: monthIndex(2013, 3), to: monthIndex(2019, 5) },
  ILACS: { from: monthIndex(2017, 3), to: monthIndex(2100, 0) },
};

/** The families a quoted grade can belong to: on the scale, graded area, and in use at that date. */
export function familiesFor(key: CompareKey, grade: string, when: MonthSpan | null): FrameworkFamily[] {
  return FAMILIES.filter(
    (f) => familyGrades(f, key, grade) && (!when || (when.to >= IN_USE[f].from && when.from <= IN_USE[f].to)),
  );
}

/** The month each family's inspections began (without slack). */
export const FAMILY_START: Record<FrameworkFamily, number> = {
  CSA: monthIndex(2009, 0),
  SLAC: monthIndex(2009, 5),
  SIF: monthIndex(2013, 10),
  ILACS: monthIndex(2018, 0),
};

/** Of the families a quoted grade allows, the one in use at its date (the latest begun by then);
 * without a date, the latest of them. */
export function likeliestFamily(families: FrameworkFamily[], when: MonthSpan | null): FrameworkFamily {
  const begun = when ? families.filter((f) => FAMILY_START[f] <= when.to) : [];
  return (begun.length ? begun : families).at(-1)!;
}
