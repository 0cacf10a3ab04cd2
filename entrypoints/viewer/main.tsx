// The viewer's start: this module is small (no Preact, no JSX: the screen brings them), so pdf.js's
// worker, the PDF's bytes and pdf.js are asked for first, side by side, and page 1 is drawn
// (first-page.ts) while the screen loads. The worker is the longest wait before page 1 (its 1.2 MB
// script is read, compiled and run in a thread of its own), so it starts first and the screen is
// only asked for once it runs: on a busy machine the screen's scripts took its processor time.
import '../../lib/page/highlights.css';
import '../../components/components.css';
import './viewer.css';
import { fileTitle, openedAddress, viewerSearch } from '../../lib/viewer/viewer-address';
import { openWhenRead } from './first-page';
import { fetchPdf } from './load-source';
import { OPENING_SCALE } from './page-canvas';
import { startPdfWorker } from './pdf-engine';

/** The longest the screen waits for pdf.js's worker to run before it loads anyway (ms). */
const SCREEN_WAIT_MS = 1500;

performance.mark('viewer:script-start');
const app = document.getElementById('app')!;
if (window.top !== window) {
  // Inside another page, a click meant for that page could land on our buttons: show none, fetch nothing.
  document.title = 'Inspection Lens viewer';
  void Promise.all([import('preact'), import('./framed-notice')]).then(([{ h, render }, { FramedNotice }]) =>
    render(h(FramedNotice, null), app),
  );
} else {
  const opened = openedAddress(location.search);
  const url = opened && 'url' in opened ? opened.url : null;
  const worker = url ? startPdfWorker() : null;
  const early = url ? openWhenRead(fetchPdf(url), OPENING_SCALE) : null;
  early?.catch(() => {}); // the screen reads the outcome
  // Keep the normalised, encoded form in the address bar (the redirect's raw form is ambiguous).
  const clip = location.search.startsWith('?raw=') ? null : new URLSearchParams(location.search).get('clip');
  if (url) history.replaceState(null, '', viewerSearch(url, clip));
  // Until the report is read (viewer-screen.tsx then names it from its identity).
  document.title = url ? fileTitle(url) : 'Inspection Lens viewer';
  const reopenFile = new URLSearchParams(location.search).get('local');
  const addressProblem = opened && 'problem' in opened ? opened.problem : null;
  // A worker that failed or never answers holds nothing up: the screen then says what went wrong.
  const workerRunning = worker?.then(
    () => {},
    () => {},
  );
  const screenWait = workerRunning ? Promise.race([workerRunning, new Promise((r) => setTimeout(r, SCREEN_WAIT_MS))]) : null;
  void Promise.resolve(screenWait)
    .then(() => Promise.all([import('preact'), import('./viewer-screen')]))
    .then(([{ h, render }, { ViewerScreen }]) =>
      render(h(ViewerScreen, { initialUrl: url, addressProblem, reopenFile, early }), app),
    );
}
