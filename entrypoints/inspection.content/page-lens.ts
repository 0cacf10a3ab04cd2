// A web page's surface for the lens: its text nodes read into a text model, sent to the detector
// (in the background), and painted by the lens. Scans that overlap share one run and one rerun.
import { looksLikeReport } from '../../lib/detect/looks-like-report';
import type { Findings } from '../../lib/model/findings';
import { extractDomTextSliced, textOffsetOf, type DomTextModel } from '../../lib/page/dom-text';
import type { Lens, TextSurface } from '../../lib/page/lens';
import { rangeFor } from '../../lib/page/paint';
import { afterNextFrame, nextTask, stylesheetsSettled } from '../../lib/page/page-ready';
import { computedVisibility } from '../../lib/page/visibility';

export type Detect = (text: string) => Promise<Findings>;

export interface ScanResult {
  state: 'painted' | 'silent';
  judgements: number;
  recommendations: number;
}

/** The surface of a web page's text model: offsets map to its text nodes and back. */
export const webSurface = (model: DomTextModel): TextSurface => ({
  text: model.text,
  rangeOf: (start, end) => rangeFor(model, start, end),
  offsetOf: (node, offset) => textOffsetOf(model, node, offset),
});

/** Reads `doc` and paints it with `lens`; returns the scan, which re-reads until `signal` aborts. */
export function createPageScanner(doc: Document, lens: Lens, detect: Detect, signal: AbortSignal): () => Promise<ScanResult> {
  let running: Promise<ScanResult> | null = null;
  let rerun = false;
  /** the last text detected and its findings: a page that changed without changing its text (a
   * class toggled, a section opened and closed) is painted again without detecting again */
  let last: { text: string; findings: Findings | null } | null = null;

  async function findingsOf(text: string): Promise<Findings | null> {
    if (last?.text === text) return last.findings;
    const findings = looksLikeReport(text) ? await detect(text) : null;
    last = { text, findings };
    return findings;
  }

  async function scanOnce(): Promise<ScanResult> {
    // Marks show each step in the browser's performance panel (and in npm run bench:page).
    performance.mark('inspection-lens:scan');
    // Only what the reader can see: hidden text must never become a finding, so a stylesheet
    // still loading when the document is parsed is waited for (pages without one go at once).
    await stylesheetsSettled(doc);
    const view = doc.defaultView ?? window;
    await afterNextFrame(view);
    const visible = computedVisibility(view);
    const model = await extractDomTextSliced(doc.body ?? doc.documentElement, () => nextTask(view), 8, visible);
    performance.mark('inspection-lens:extracted');
    const findings = await findingsOf(model.text);
    performance.mark('inspection-lens:detected');
    if (signal.aborted) return { state: 'silent', judgements: 0, recommendations: 0 };
    const counts = lens.show(webSurface(model), findings);
    performance.mark('inspection-lens:painted');
    const painted = counts.judgements + counts.recommendations > 0;
    return { state: painted ? 'painted' : 'silent', ...counts };
  }

  return async function scan(): Promise<ScanResult> {
    if (running) {
      rerun = true;
      return running;
    }
    running = scanOnce();
    try {
      return await running;
    } finally {
      running = null;
      if (rerun && !signal.aborted) {
        rerun = false;
        void scan();
      }
    }
  };
}
