// The one line a councillor reads first: what moved since the previous inspection.
import type { History } from './history';

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "Since 2018: help and protection (safeguarding) down from good to requires improvement; leaders unchanged (good)". */
export function summariseHistory(history: History): string | null {
  const n = history.years.length;
  if (n < 2) return null;
  const latest = n - 1;
  // The previous inspection is the latest earlier year that shares at least one graded area.
  let previous = latest - 1;
  while (previous >= 0 && !history.rows.some((r) => r.cells[previous] && r.cells[latest])) previous--;
  if (previous < 0) return null;
  const moved: string[] = [];
  const same: string[] = [];
  for (const row of history.rows) {
    const from = row.cells[previous];
    const to = row.cells[latest];
    if (!from || !to || from.rank === null || to.rank === null) continue;
    const name = lower(row.label);
    if (from.rank === to.rank) same.push(name);
    else moved.push(`${name} ${to.rank < from.rank ? 'up' : 'down'} from ${from.grade} to ${to.grade}`);
  }
  const parts = [...moved, ...(same.length ? [`${same.join(', ')} unchanged`] : [])];
  return `Since ${history.years[previous]}: ${parts.join('; ')}`;
}
