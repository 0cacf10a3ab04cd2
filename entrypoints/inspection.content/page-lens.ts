// A web page's surface for the lens: its text nodes read into a text model, sent to the detector
// (in the background), and painted by the lens. Scans that overlap share one run and one rerun.
import { looksLikeReport } from '../../lib/detect/looks-like-report';
import type { Findings } from '../../lib/model/findings';
import { breaksText } from '../../lib/page/dom-blocks';
import { extractDomTextSliced, type DomTextModel } from '../../lib/page/dom-text';
import type { Lens } from '../../lib/page/lens';
import { afterNextFrame, nextTask, stylesheetsSettled } from '../../lib/page/page-ready';
import { computedVisibility, stillShown, unstyledVisibility } from '../../lib/page/visibility';
import { firstScreens, webSurface } from './first-screens';

export type Detect = (text: string) => Promise<Findings>;

/** The first slice of reading, in ms: enough for a typical report page (30 kB of text), with the
 * text's sending in the same task still under a long task's 50 ms. */
const FIRST_SLICE_MS = 25;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ScanResult {
  state: 'painted' | 'silent';
  judgements: number;
  recommendations: number;
}

/** Reads `doc` and paints it with `lens`; returns the scan, which re-reads until `signal` aborts. */
export function createPageScanner(
  doc: Document,
  lens: Lens,
  detect: Detect,
  signal: AbortSignal,
  /** the first slice of reading, in ms (FIRST_SLICE_MS) */
  firstSliceMs = FIRST_SLICE_MS,
): () => Promise<ScanResult> {
  let running: Promise<ScanResult> | null = null;
  let rerun = false;
  let scans = 0;
  /** the last text detected and its findings: a page that changed without changing its text (a
   * class toggled, a section opened and closed) is painted again without detecting again */
  let last: { text: string; findings: Findings | null } | null = null;

  async function findingsOf(text: string): Promise<Findings | null> {
    if (last?.text === text) return last.findings;
    const findings = looksLikeReport(text) ? await detect(text) : null;
    last = { text, findings };
    return findings;
  }

  /** The page's visible text and its findings. The text is read before the browser has worked out
   * the page's styles (attributes only, which forces no style or layout) and sent to be detected at
   * once, so detection runs while the browser draws its first frame; after that frame the text is
   * confirmed to show. Text that a stylesheet hides is never detected alone: the page is then read
   * again by its computed style and, when that text differs, detected again. On the first reading
   * of a page opened at its top, its first screens are detected and highlighted first. */
  async function readPage(first: boolean): Promise<{ model: DomTextModel; findings: Findings | null }> {
    const root = doc.body ?? doc.documentElement;
    const view = doc.defaultView ?? window;
    const pause = () => nextTask(view);
    const shown: Element[] = [];
    // A typical report page is read in one first slice and sent in the same task, before the
    // browser starts its first frame: detection then runs while the frame is drawn, not after it.
    let paused = false;
    // The whole page's highlights replace the first screens' for good: a beginning whose findings
    // come back later must not take their place.
    let whole = false;
    const firstPreview = { preview: (...a: Parameters<Lens['preview']>) => void (whole || lens.preview(...a)) };
    const screens = first ? firstScreens(view, firstPreview, detect, signal) : undefined;
    const firstPause = () => {
      if (!paused) {
        performance.mark('inspection-lens:first-slice');
        screens?.release();
      }
      paused = true;
      return pause();
    };
    const visible = unstyledVisibility(shown);
    const head = screens?.head;
    const early = await extractDomTextSliced(root, { pause: firstPause, firstBudgetMs: firstSliceMs, visible, head });
    performance.mark('inspection-lens:extracted');
    if (paused) await pause(); // the frame has begun anyway: sending gets a task of its own
    const earlyFindings = findingsOf(early.text);
    // Highlighted the moment they come back, in the reply's task: when that comes before the
    // browser's first frame is painted, the frame has them. The card, next / previous and the side
    // panel wait for the check that the text shows (highlights on hidden text draw nothing).
    earlyFindings
      .then((findings) => {
        performance.mark('inspection-lens:detected-early');
        if (!first || !findings || signal.aborted) return;
        whole = true;
        lens.preview(webSurface(early), findings);
        performance.mark('inspection-lens:highlighted');
        // The rendering update that draws them begins here (npm run bench:page reads it).
        view.requestAnimationFrame(() => performance.mark('inspection-lens:highlights-frame'));
      })
      .catch(() => {});
    // Only what the reader can see: a stylesheet still loading is waited for (at most 3 s).
    await stylesheetsSettled(doc);
    await afterNextFrame(view);
    performance.mark('inspection-lens:framed');
    // The first screens' findings are painted in the task that brings them, which would otherwise
    // wait behind the slices below (a page's own continuations go first): at most 100 ms more.
    if (screens) await Promise.race([screens.shown(), delay(100)]);
    const allShown = await stillShown(shown, breaksText, pause);
    const model = allShown ? early : await extractDomTextSliced(root, { pause, visible: computedVisibility(view) });
    performance.mark('inspection-lens:shown');
    try {
      return { model, findings: await (model.text === early.text ? earlyFindings : findingsOf(model.text)) };
    } catch (error) {
      // Given up (or failed): the first screens' highlights go too, and none come later, so the
      // page never shows findings the panel and the card say were not read.
      whole = true;
      lens.clearPreview();
      throw error;
    }
  }

  async function scanOnce(): Promise<ScanResult> {
    // Marks show each step in the browser's performance panel (and in npm run bench:page).
    performance.mark('inspection-lens:scan');
    const { model, findings } = await readPage(scans++ === 0);
    performance.mark('inspection-lens:detected');
    // The reply was parsed in the task that brought it: painting gets a task of its own.
    await nextTask(doc.defaultView ?? window);
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
