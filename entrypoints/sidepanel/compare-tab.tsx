// The compare view for the open report's authority, and "Add reports…" to build its history.
import { useMemo, useState } from 'preact/hooks';
import { AddReports, type AddProgress } from '../../components/add-reports';
import { CompareView } from '../../components/compare-view';
import { OfstedHistory } from '../../components/ofsted-history';
import { compareAuthority } from '../../lib/compare/authority-compare';
import type { PageReport } from '../../lib/messages/contracts';
import { reportFromPage } from '../../lib/storage/records';
import type { StoredReport } from '../../lib/storage/schemas';
import type { StoreView } from './use-store';
import { readReportFile, readReportUrl } from './read-reports';

interface Job {
  name: string;
  read: () => Promise<StoredReport>;
}

export function CompareTab({ page, store }: { page: PageReport | null; store: StoreView }) {
  const [progress, setProgress] = useState<AddProgress | null>(null);
  const comparison = useMemo(
    () => (page?.findings ? compareAuthority(reportFromPage(page), [...store.reports.values()]) : null),
    [page, store.reports],
  );

  async function add(jobs: Job[]) {
    const state: AddProgress = { total: jobs.length, done: 0, results: [] };
    setProgress({ ...state });
    for (const job of jobs) {
      try {
        const report = await job.read();
        await store.write((s) => s.saveReport(report));
        const a = report.document.authority ?? 'authority not found';
        state.results.push({
          name: job.name,
          ok: true,
          message: `${a}, ${report.judgements.length} judgements, ${report.recommendations.length} recommendations`,
        });
      } catch (error) {
        state.results.push({ name: job.name, ok: false, message: error instanceof Error ? error.message : String(error) });
      }
      state.done++;
      setProgress({ ...state, results: [...state.results] });
    }
  }

  return (
    <>
      {comparison ? (
        <CompareView comparison={comparison} recommendations={page!.findings!.recommendations} />
      ) : (
        <p class="empty">
          {page?.findings
            ? 'The authority of this report was not recognised, so it cannot be compared.'
            : 'Open a report to compare it with the authority’s earlier inspections.'}
        </p>
      )}
      {comparison ? <OfstedHistory authority={comparison.authority} /> : null}
      <AddReports
        progress={progress}
        onFiles={(files) => void add(files.map((f) => ({ name: f.name, read: () => readReportFile(f) })))}
        onUrls={(urls) => void add(urls.map((u) => ({ name: u, read: () => readReportUrl(u) })))}
      />
    </>
  );
}
