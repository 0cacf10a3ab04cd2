// The areas each children's services framework grades, for "judged inadequate in all areas".
import type { AreaKey } from './areas';

/**
 * The area keys graded by the framework in force in `year` (the inspection's year as written; null
 * when unknown: overall only). SIF 2013–17: overall, help and protection, children looked after,
 * adoption, care leavers, leadership; ILACS 2018–22: overall, leaders, help and protection, children
 * in care and care leavers; ILACS from 2023: in care and care leavers graded apart. Source: FRAMEWORKS.md.
 */
export function areasOfYear(year: number | null): AreaKey[] {
  if (year === null || year < 2013) return ['overall'];
  if (year < 2018) return ['overall', 'help_protection', 'in_care', 'adoption', 'care_leavers', 'leaders'];
  if (year < 2023) return ['overall', 'leaders', 'help_protection', 'in_care_and_care_leavers'];
  return ['overall', 'leaders', 'help_protection', 'in_care', 'care_leavers'];
}
