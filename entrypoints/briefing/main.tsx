import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { BriefingView } from '../../components/briefing-view';
import type { Clip, StoredReport } from '../../lib/storage/schemas';
import { explainStoreError, LensStore } from '../../lib/storage/store';
import './briefing.css';

function Briefing({ reportId }: { reportId: string }) {
  const [data, setData] = useState<{ report: StoredReport; clips: Clip[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    LensStore.open()
      .then(async (store) => {
        const report = await store.getReport(reportId);
        if (!report) return setProblem('This report is not saved in Inspection Lens (any more).');
        const clips = (await store.clipsOfReport(reportId)).sort((a, b) => a.anchor.start - b.anchor.start);
        setData({ report, clips });
        document.title = `Briefing: ${report.title}`;
      })
      .catch((error: unknown) => setProblem(explainStoreError(error).message));
  }, [reportId]);
  if (problem) return <p role="alert">{problem}</p>;
  if (!data) return <p>Loading…</p>;
  return (
    <>
      <button type="button" class="no-print" onClick={() => print()}>
        Print this briefing
      </button>
      <BriefingView report={data.report} clips={data.clips} />
    </>
  );
}

render(<Briefing reportId={new URLSearchParams(location.search).get('report') ?? ''} />, document.getElementById('app')!);
