// "Add reports…": read each file or address in turn, store it, and say in one line what it was:
// already saved, of another authority than the one compared, or how much was found.
import { useState } from 'preact/hooks';
import type { AddProgress } from '../../components/add-reports';
import { authorityOfUrn } from '../../lib/model/authority-lineage';
import { findingCounts } from '../../lib/model/count-words';
import type { StoredReport } from '../../lib/model/store-schemas';
import type { StoreView } from './use-store';

export interface AddJob {
  name: string;
  read: () => Promise<StoredReport>;
}

/** The result line of one stored report, against the authority being compared (la code, or null).
 * A report saved before is named by the title it is saved under, which adding again keeps. */
export function describeAdded(report: StoredReport, already: boolean, comparing: { code: string; name: string } | null): string {
  const found = authorityOfUrn(report.document.authorityUrn);
  const name = found?.name ?? report.document.authority ?? 'authority not found';
  const counts = findingCounts(report);
  if (already) return `already saved as “${report.title}” (${name}, ${counts})`;
  if (comparing && found && found.code !== comparing.code)
    return `${name}, ${counts}: a report of another authority than ${comparing.name}; saved, and listed under Authorities`;
  return `${name}, ${counts}`;
}

/** Runs add jobs one after another, with progress; failures are reported per file and the rest go on. */
export function useAddReports(store: StoreView, comparing: { code: string; name: string } | null) {
  const [progress, setProgress] = useState<AddProgress | null>(null);
  async function add(jobs: AddJob[]) {
    const state: AddProgress = { total: jobs.length, done: 0, results: [] };
    setProgress({ ...state });
    for (const job of jobs) {
      try {
        const read = await job.read();
        // A report saved already stays as saved (its title is not the file's name): only the address is added.
        const { report, added } = await store.write((s) => s.addReport(read));
        state.results.push({ name: job.name, ok: true, message: describeAdded(report, !added, comparing) });
      } catch (error) {
        state.results.push({ name: job.name, ok: false, message: error instanceof Error ? error.message : String(error) });
      }
      state.done++;
      setProgress({ ...state, results: [...state.results] });
    }
  }
  return { progress, add };
}
