import { render } from 'preact';
import '../../lib/page/highlights.css';
import '../../components/components.css';
import './viewer.css';
import { fileTitle, openedAddress, viewerSearch } from '../../lib/viewer/viewer-address';
import { FramedNotice } from './framed-notice';
import { ViewerScreen } from './viewer-screen';

const app = document.getElementById('app')!;
if (window.top !== window) {
  // Inside another page, a click meant for that page could land on our buttons: show none, fetch nothing.
  document.title = 'Inspection Lens viewer';
  render(<FramedNotice />, app);
} else {
  const opened = openedAddress(location.search);
  const url = opened && 'url' in opened ? opened.url : null;
  // Keep the normalised, encoded form in the address bar (the redirect's raw form is ambiguous).
  const clip = location.search.startsWith('?raw=') ? null : new URLSearchParams(location.search).get('clip');
  if (url) history.replaceState(null, '', viewerSearch(url, clip));
  // Until the report is read (viewer-screen.tsx then names it from its identity).
  document.title = url ? fileTitle(url) : 'Inspection Lens viewer';
  const reopenFile = new URLSearchParams(location.search).get('local');
  render(
    <ViewerScreen
      initialUrl={url}
      addressProblem={opened && 'problem' in opened ? opened.problem : null}
      reopenFile={reopenFile}
    />,
    app,
  );
}
