// The viewer's start: this module is small, so the PDF's bytes and pdf.js (with its worker) are
// asked for first, side by side; the screen and everything behind it load alongside them.
import '../../lib/page/highlights.css';
import '../../components/components.css';
import './viewer.css';
import { fileTitle, openedAddress, viewerSearch } from '../../lib/viewer/viewer-address';
import { fetchPdf } from './load-source';
import { loadPdfEngine } from './pdf-engine';

performance.mark('viewer:script-start');
const app = document.getElementById('app')!;
if (window.top !== window) {
  // Inside another page, a click meant for that page could land on our buttons: show none, fetch nothing.
  document.title = 'Inspection Lens viewer';
  void Promise.all([import('preact'), import('./framed-notice')]).then(([{ render }, { FramedNotice }]) =>
    render(<FramedNotice />, app),
  );
} else {
  const opened = openedAddress(location.search);
  const url = opened && 'url' in opened ? opened.url : null;
  // Keep the normalised, encoded form in the address bar (the redirect's raw form is ambiguous).
  const clip = location.search.startsWith('?raw=') ? null : new URLSearchParams(location.search).get('clip');
  if (url) history.replaceState(null, '', viewerSearch(url, clip));
  // Until the report is read (viewer-screen.tsx then names it from its identity).
  document.title = url ? fileTitle(url) : 'Inspection Lens viewer';
  const reopenFile = new URLSearchParams(location.search).get('local');
  const prefetched = url ? fetchPdf(url) : null;
  prefetched?.catch(() => {}); // the screen reads the outcome
  if (url) loadPdfEngine().catch(() => {}); // a failure is met again, and shown, when the PDF opens
  void Promise.all([import('preact'), import('./viewer-screen')]).then(([{ render }, { ViewerScreen }]) =>
    render(
      <ViewerScreen
        initialUrl={url}
        addressProblem={opened && 'problem' in opened ? opened.problem : null}
        reopenFile={reopenFile}
        prefetched={prefetched}
      />,
      app,
    ),
  );
}
