// One page's lens: text model → detector (in the background) → highlights, card and navigation.
import { looksLikeReport } from '../../lib/detect/looks-like-report';
import type { Findings } from '../../lib/model/findings';
import { extractDomTextSliced, type DomTextModel } from '../../lib/page/dom-text';
import { createClipMarks, type ClipMarks } from '../../lib/page/clip-marks';
import { createFindingCard } from '../../lib/page/finding-card';
import { attachFindingNavigator, type FindingNavigator } from '../../lib/page/finding-navigator';
import { locateFindings, paintFindings, rangeFor, type PaintedFinding } from '../../lib/page/paint';
import { computedVisibility } from '../../lib/page/visibility';

export type Detect = (text: string) => Promise<Findings>;

export interface ScanResult {
  state: 'painted' | 'silent';
  judgements: number;
  recommendations: number;
}

export interface LensSnapshot {
  model: DomTextModel;
  findings: Findings | null;
  located: PaintedFinding[];
}

export interface PageLens {
  /** the text, findings and painted ranges of the last scan */
  latest(): LensSnapshot | null;
  /** Reads the page again and repaints; overlapping calls share one run and one rerun. */
  scan(): Promise<ScanResult>;
  navigator: FindingNavigator;
  /** Saved clips, drawn where page scripts cannot read them. */
  clipMarks: ClipMarks;
  /** Card host and the like: mutations there are ours, not the page's. */
  isOwnNode(node: Node | null): boolean;
  /** A short message in the card, for when the user asked and there is nothing to show. */
  announce(message: string): void;
  destroy(): void;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Creates the lens for `doc`; it listens until `signal` aborts. */
export function createPageLens(doc: Document, detect: Detect, signal: AbortSignal): PageLens {
  const card = createFindingCard(doc);
  const navigator = attachFindingNavigator(doc, card, signal);
  const clipMarks = createClipMarks(doc, card.layer, signal);
  let unpaint = () => {};
  let running: Promise<ScanResult> | null = null;
  let rerun = false;
  let snapshot: LensSnapshot | null = null;

  async function scanOnce(): Promise<ScanResult> {
    // Marks show each step in the browser's performance panel (and in npm run bench:page).
    performance.mark('inspection-lens:scan');
    // Only what the reader can see: hidden text must never become a finding.
    const visible = computedVisibility(doc.defaultView ?? window);
    const model = await extractDomTextSliced(doc.body ?? doc.documentElement, nextTask, 8, visible);
    performance.mark('inspection-lens:extracted');
    const findings = looksLikeReport(model.text) ? await detect(model.text) : null;
    performance.mark('inspection-lens:detected');
    if (signal.aborted) return { state: 'silent', judgements: 0, recommendations: 0 };
    const located = findings ? locateFindings(findings, (start, end) => rangeFor(model, start, end)) : [];
    unpaint();
    unpaint = paintFindings(located);
    // The card's host joins the page with its first finding, so on a page with findings its
    // appearance never tells a page script that a clip was drawn.
    if (located.length > 0) card.layer();
    navigator.setFindings(located);
    snapshot = { model, findings, located };
    performance.mark('inspection-lens:painted');
    const judgements = located.filter((f) => f.kind === 'judgement').length;
    return { state: located.length > 0 ? 'painted' : 'silent', judgements, recommendations: located.length - judgements };
  }

  async function scan(): Promise<ScanResult> {
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
  }

  return {
    scan,
    latest: () => snapshot,
    navigator,
    clipMarks,
    isOwnNode: card.isOwnNode,
    announce(message) {
      const view = doc.defaultView;
      card.show({ title: 'Inspection Lens', detail: message }, new DOMRect((view?.innerWidth ?? 400) - 400, 8, 0, 0), '');
      setTimeout(() => card.hide(), 6000);
    },
    destroy() {
      unpaint();
      card.destroy();
    },
  };
}
