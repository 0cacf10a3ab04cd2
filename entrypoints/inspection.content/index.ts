import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectReport } from '../../lib/detect/detect-report';
import { extractDomText } from '../../lib/page/dom-text';
import { paintFindings } from './paint';
import './highlights.css';

const MARK = 'data-inspection-lens';

// A first, partial step of issue 3: detect and paint once the page is idle. Hover cards,
// keyboard navigation, activation by the toolbar and dynamic pages are still to come.
export default defineContentScript({
  matches: ['https://*.gov.uk/*', 'http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_idle',
  main(ctx) {
    const root = document.documentElement;
    if (root.hasAttribute(MARK)) return; // never run twice in one page
    root.setAttribute(MARK, 'running');
    const model = extractDomText(document.body);
    const findings = detectReport(model.text);
    if (findings.judgements.length === 0 && findings.recommendations.length === 0) {
      root.setAttribute(MARK, 'silent');
      return;
    }
    const unpaint = paintFindings(model, findings);
    root.setAttribute(MARK, 'painted');
    ctx.onInvalidated(() => {
      unpaint();
      root.removeAttribute(MARK);
    });
  },
});
