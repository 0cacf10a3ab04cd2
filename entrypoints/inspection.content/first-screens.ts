// The first screens of a page opened at its top, highlighted before the rest: the beginning of the
// text is detected on its own while the rest of the page is read, and its findings are shown
// (highlights only) until the whole page's findings replace them. Measured on a 350 kB page
// (npm run bench:page): the whole page's findings come back after its whole text is read, sent
// and detected; the beginning's, after a twentieth of that.
import type { Findings } from '../../lib/model/findings';
import { looksLikeReport } from '../../lib/detect/looks-like-report';
import { textOffsetOf, type DomTextModel } from '../../lib/page/dom-text';
import type { Lens, TextSurface } from '../../lib/page/lens';
import { rangeFor } from '../../lib/page/paint';

/** About four screens of a report at 1280 × 800. */
export const HEAD_CHARS = 12_000;
/** Only findings that end this far before the cut are shown early. Over 132 documents (the saved
 * pages, the seed papers and the 119 Ofsted reports of the corpus), every one of the 1,448 findings
 * so placed came out the same, to the field, from the whole text; nearer the cut a recommendation
 * cut short did not, and at 6,000 characters two judgements were dated otherwise. */
export const HEAD_MARGIN = 1_500;

/** The surface of a web page's text model: offsets map to its text nodes and back. */
export const webSurface = (model: DomTextModel): TextSurface => ({
  text: model.text,
  rangeOf: (start, end) => rangeFor(model, start, end),
  offsetOf: (node, offset) => textOffsetOf(model, node, offset),
});

/** Was the page opened at its top, so that its beginning is what the reader sees first? Not at a
 * #fragment, and not reloaded or revisited (the browser puts such a page back where it was). */
function openedAtTop(view: Window): boolean {
  const entry = view.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return view.location.hash === '' && entry?.type !== 'reload' && entry?.type !== 'back_forward';
}

/** Keeps the findings that end at or before `cut` (text offsets). */
export function findingsBefore(findings: Findings, cut: number): Findings {
  return {
    ...findings,
    judgements: findings.judgements.filter((f) => f.end <= cut),
    recommendations: findings.recommendations.filter((f) => f.end <= cut),
  };
}

export interface FirstScreens {
  /** the `head` option of the page's first reading (extractDomTextSliced) */
  head: { chars: number; take: (model: DomTextModel) => void };
  /** Called at the reading's first pause: the beginning goes first only on a page too long for one
   * slice (a shorter page's whole text is sent at once, and detecting its beginning too would only
   * take a core from it). A beginning handed over later is sent at once. */
  release(): void;
  /** resolves once the first screens are highlighted or there is nothing to highlight early (at
   * once when nothing was sent: a short page, or few nodes) */
  shown(): Promise<void>;
}

/** The first screens of the page's first reading, or undefined when the page was not opened at its
 * top. Detection errors here are left to the whole page's reading. */
export function firstScreens(
  view: Window,
  lens: Pick<Lens, 'preview'>,
  detect: (text: string) => Promise<Findings>,
  signal: AbortSignal,
): FirstScreens | undefined {
  if (!openedAtTop(view)) return undefined;
  let shown: Promise<void> = Promise.resolve();
  let released = false;
  let waiting: DomTextModel | null = null;
  const send = (model: DomTextModel) => {
    if (!looksLikeReport(model.text)) return;
    shown = detect(model.text)
      .then((findings) => {
        if (signal.aborted) return;
        lens.preview(webSurface(model), findingsBefore(findings, model.text.length - HEAD_MARGIN));
        performance.mark('inspection-lens:first-painted');
      })
      .catch(() => {});
  };
  return {
    head: { chars: HEAD_CHARS, take: (model) => (released ? send(model) : (waiting = model)) },
    release() {
      released = true;
      if (waiting) send(waiting);
      waiting = null;
    },
    shown: () => shown,
  };
}
