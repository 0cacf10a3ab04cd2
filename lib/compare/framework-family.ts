// Which children's services framework a grade can belong to: by the framework's name, its scale
// words and its areas (FRAMEWORKS.md; DESIGN.md "Frameworks the detector must know").
import type { CompareKey } from './compare-areas';
import type { FrameworkFamily, MonthSpan } from './inspection-types';
import { monthIndex } from './inspection-dates';

/** Oldest first: where two fit a date, the later begun is the likelier (likeliestFamily). */
export const FAMILIES: FrameworkFamily[] = ['CSA', 'SLAC', 'CP', 'LAC', 'SIF', 'ILACS'];

/** The framework name of a family's inspection when no report names it (a reported one, or a 2012–13
 * report the detector calls "other"): the interim frameworks by what they inspected. */
export const FAMILY_FRAMEWORK: Record<FrameworkFamily, string> = {
  CSA: 'CSA',
  SLAC: 'SLAC',
  CP: 'protection of children 2012–13',
  LAC: 'looked after children services 2012–13',
  SIF: 'SIF',
  ILACS: 'ILACS',
};

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
  CP: new Set(['outstanding', 'good', 'adequate', 'inadequate']),
  LAC: new Set(['outstanding', 'good', 'adequate', 'inadequate']),
  SIF: new Set(['outstanding', 'good', 'requires improvement', 'inadequate']),
  ILACS: new Set(['outstanding', 'good', 'requires improvement', 'inadequate']),
  CSA: new Set(['performs excellently', 'performs well', 'performs adequately', 'performs poorly']),
};

/** Areas each family grades, as history rows. SLAC: safeguarding and looked after children, each
 * with leadership and capacity; the 2012–13 protection of children inspection: overall effectiveness
 * (the safeguarding row) and leadership and governance; the 2012–13 looked after children
 * inspection: overall effectiveness (children in care), capacity to improve, leadership; SIF: seven areas with the LSCB review; ILACS: four, with children in
 * care and care leavers one area until 2023 (filling both rows). */
const AREAS: Record<FrameworkFamily, Set<CompareKey>> = {
  SLAC: new Set(['help_protection', 'in_care', 'leaders', 'capacity']),
  CP: new Set(['help_protection', 'leaders']),
  LAC: new Set(['in_care', 'leaders', 'capacity']),
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
  CP: { from: monthIndex(2012, 3), to: monthIndex(2014, 11) },
  LAC: { from: monthIndex(2012, 3), to: monthIndex(2014, 11) },
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
  CP: monthIndex(2012, 5),
  LAC: monthIndex(2012, 5),
  SIF: monthIndex(2013, 10),
  ILACS: monthIndex(2018, 0),
};

/** The fewest months between two inspections of one framework for one authority: an inadequate
 * council is re-inspected after its monitoring visits, never within about eighteen months. */
export const MIN_REINSPECTION_MONTHS = 18;

/** The families an undated "previous inspection" of an inspection begun at `before` can be of: those
 * begun before it, and its own (`ownFamily`) only where that had begun long enough before for an
 * earlier one (the previous inspection of a June 2018 ILACS inspection was an SIF). Keeps the
 * families when that leaves none. */
export function previousFamilies(
  families: FrameworkFamily[],
  before: MonthSpan | null,
  ownFamily: FrameworkFamily | null,
): FrameworkFamily[] {
  if (!before) return families;
  const kept = families.filter((f) => FAMILY_START[f] < before.from - (f === ownFamily ? MIN_REINSPECTION_MONTHS : 0));
  return kept.length ? kept : families;
}

/** Of the families a quoted grade allows, the one in use at its date: the latest begun by its first
 * month, else by its last (a bare "2013" is the 2012–13 interim inspection, not the SIF begun that
 * November); without a date, the latest of them. */
export function likeliestFamily(families: FrameworkFamily[], when: MonthSpan | null): FrameworkFamily {
  const byStart = when ? families.filter((f) => FAMILY_START[f] <= when.from) : [];
  const begun = byStart.length ? byStart : when ? families.filter((f) => FAMILY_START[f] <= when.to) : [];
  return (begun.length ? begun : families).at(-1)!;
}

/** The 2012–13 interim framework of an Ofsted report whose framework the detector does not name
 * ("other"): inspected from April 2012 to October 2013 (SIF from November), and by what its own areas
 * grade: looked after children services ("Overall effectiveness of services for looked after
 * children and young people", FRAMEWORKS.md §5) or the protection of children. Null otherwise. */
export function interimFamilyOf(span: MonthSpan, ownAreas: string[]): FrameworkFamily | null {
  if (span.from < monthIndex(2012, 3) || span.from > monthIndex(2013, 9)) return null;
  if (ownAreas.some((a) => /looked after|children in care/i.test(a))) return 'LAC';
  if (ownAreas.some((a) => /protection|safeguard/i.test(a))) return 'CP';
  return null;
}

const SLAC_WORDS = /safeguarding and looked after/i;
const PROTECTION_WORDS = /protection of children|help and protection|child protection/i;

/** Narrows a dated quote's families by how the quoting text names the inspection: "safeguarding and
 * looked after children" is SLAC; "arrangements for the protection of children" (Kent's 2017 and
 * Calderdale's 2015 SIF reports) is the 2012–13 protection of children inspection where that fits.
 * "Services for children looked after" names SLAC's second part and the 2012–13 inspection alike, so
 * only the date tells those apart (likeliestFamily). Keeps the families when the words leave none. */
export function familiesByWording(families: FrameworkFamily[], quote: string): FrameworkFamily[] {
  const words = quote.replace(/\s+/g, ' ');
  const kept = SLAC_WORDS.test(words)
    ? families.filter((f) => f !== 'CP' && f !== 'LAC')
    : PROTECTION_WORDS.test(words) && families.includes('CP')
      ? families.filter((f) => f !== 'SLAC')
      : families;
  return kept.length ? kept : families;
}
