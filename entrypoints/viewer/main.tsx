// The viewer's start: this module is small (no Preact, no JSX: the screen brings them), so the
// PDF's bytes, pdf.js's worker and pdf.js are asked for first, side by side, and page 1 is drawn
// (first-page.ts) while the screen and everything behind it load alongside.
import '../../lib/page/highlights.css';
import '../../components/components.css';
import './viewer.css';
import { fileTitle, openedAddress, viewerSearch } from '../../lib/viewer/viewer-address';
import { openWhenRead } from './first-page';
import { fetchPdf } from './load-source';
import { OPENING_SCALE } from './page-canvas';

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
  // Keep the normalised, encoded form in the address bar (the redirect's raw form is ambiguous).
  const clip = location.search.startsWith('?raw=') ? null : new URLSearchParams(location.search).get('clip');
  if (url) history.replaceState(null, '', viewerSearch(url, clip));
  // Until the report is read (viewer-screen.tsx then names it from its identity).
  document.title = url ? fileTitle(url) : 'Inspection Lens viewer';
  const reopenFile = new URLSearchParams(location.search).get('local');
  const early = url ? openWhenRead(fetchPdf(url), OPENING_SCALE) : null;
  early?.catch(() => {}); // the screen reads the outcome
  const addressProblem = opened && 'problem' in opened ? opened.problem : null;
  void Promise.all([import('preact'), import('./viewer-screen')]).then(([{ h, render }, { ViewerScreen }]) =>
    render(h(ViewerScreen, { initialUrl: url, addressProblem, reopenFile, early }), app),
  );
}
