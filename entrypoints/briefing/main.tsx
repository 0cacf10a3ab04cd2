import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AuthorityBriefing } from '../../components/authority-briefing';
import { BriefingView } from '../../components/briefing-view';
import type { Clip, StoredReport } from '../../lib/model/store-schemas';
import { explainStoreError, LensStore } from '../../lib/storage/store';
import { loadAuthorityBriefing, type AuthorityBriefingData } from './load-authority';
import '../../components/compare.css';
import './briefing.css';

type Data = { kind: 'report'; report: StoredReport; clips: Clip[] } | ({ kind: 'authority' } & AuthorityBriefingData);

async function load(params: URLSearchParams): Promise<Data | string> {
  const store = await LensStore.open();
  const code = params.get('authority');
  if (code) {
    const data = await loadAuthorityBriefing(store, code);
    return typeof data === 'string' ? data : { kind: 'authority', ...data };
  }
  const reportId = params.get('report') ?? '';
  const report = await store.getReport(reportId);
  if (!report) return 'This report is not saved in Inspection Lens (any more).';
  const clips = (await store.clipsOfReport(reportId)).sort((a, b) => a.anchor.start - b.anchor.start);
  return { kind: 'report', report, clips };
}

const printedToday = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

function Briefing({ params }: { params: URLSearchParams }) {
  const [data, setData] = useState<Data | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    load(params)
      .then((d) => {
        if (typeof d === 'string') return setProblem(d);
        setData(d);
        document.title = `Briefing: ${d.kind === 'report' ? d.report.title : d.model.authority.name}`;
      })
      .catch((error: unknown) => setProblem(explainStoreError(error).message));
  }, [params]);
  // Even a problem or the wait is a page with its heading and main landmark.
  if (problem || !data)
    return (
      <main>
        <h1>Briefing</h1>
        {problem ? <p role="alert">{problem}</p> : <p role="status">Loading…</p>}
      </main>
    );
  return (
    <main>
      <button type="button" class="no-print" onClick={() => print()}>
        Print this briefing
      </button>
      {data.kind === 'report' ? (
        <BriefingView report={data.report} clips={data.clips} printed={printedToday()} />
      ) : (
        <AuthorityBriefing model={data.model} clips={data.clips} sources={data.sources} printed={data.printed} />
      )}
    </main>
  );
}

render(<Briefing params={new URLSearchParams(location.search)} />, document.getElementById('app')!);
