// The rows of a backup file, checked one by one against the restore rules: a file with one bad row
// (a report whose addresses were lost, a clip edited "in the future") restores every good row, and
// the bad ones are named in words, by title or by position, so the councillor knows what to look for.
import type { z } from 'zod';
import { RestoredClip, RestoredDraft, RestoredLinkDecision, RestoredReport } from './backup-schema';
import type { RowStore } from './rows';
import { rowProblem } from './row-problem';

/** One row of a backup that breaks the restore rules and is left out: its list, its title
 * (a report's) or its position in the list ("report 20"), and why ("note: too long"). */
export interface LeftOutRow {
  list: RowStore;
  name: string;
  reason?: string;
}

export const RESTORE: Record<RowStore, z.ZodType> = {
  reports: RestoredReport,
  clips: RestoredClip,
  drafts: RestoredDraft,
  linkDecisions: RestoredLinkDecision,
};

const NOUN: Record<RowStore, [string, string]> = {
  reports: ['report', 'reports'],
  clips: ['clip', 'clips'],
  drafts: ['unsaved clip edit', 'unsaved clip edits'],
  linkDecisions: ['link decision', 'link decisions'],
};

// A title only when it is short, plain text: the name is shown to the reader, whatever the file held.
function nameOf(list: RowStore, row: unknown, position: number): string {
  const title = (row as { title?: unknown } | null)?.title;
  const plain = typeof title === 'string' && title.trim() && title.length <= 200 ? title.trim() : null;
  return list === 'reports' && plain ? `“${plain}”` : `${NOUN[list][0]} ${position} in the file`;
}

/** The rows of `list` that meet the restore rules, and the others as LeftOutRow (positions from 1). */
export function checkRows<T>(list: RowStore, rows: readonly unknown[]): { rows: T[]; leftOut: LeftOutRow[] } {
  const kept: T[] = [];
  const leftOut: LeftOutRow[] = [];
  rows.forEach((row, i) => {
    const parsed = RESTORE[list].safeParse(row);
    if (parsed.success) kept.push(parsed.data as T);
    else leftOut.push({ list, name: nameOf(list, row, i + 1), reason: rowProblem(parsed.error) });
  });
  return { rows: kept, leftOut };
}

const SHOWN = 5;

/** The rows left out in words, one sentence a list: "1 report could not be read and was left out:
 * “Dudley ILACS 2023” (urls: missing)." At most five names a list, then "and N more". '' when none. */
export function describeLeftOut(leftOut: readonly LeftOutRow[]): string {
  const lists = [...new Set(leftOut.map((r) => r.list))];
  return lists
    .map((list) => {
      const names = leftOut.filter((r) => r.list === list).map((r) => (r.reason ? `${r.name} (${r.reason})` : r.name));
      const more = names.length > SHOWN ? `, and ${names.length - SHOWN} more` : '';
      const [one, many] = NOUN[list];
      const what =
        names.length === 1 ? `1 ${one} could not be read and was` : `${names.length} ${many} could not be read and were`;
      return `${what} left out: ${names.slice(0, SHOWN).join(', ')}${more}.`;
    })
    .join(' ');
}
