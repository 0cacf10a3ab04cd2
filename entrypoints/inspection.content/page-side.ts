// The page side of the side panel's questions: what report this is, move to a finding, show the
// saved clips, and the current selection as an anchor for clipping.
import { makeAnchor } from '../../lib/model/anchor';
import { reportIdForUrl } from '../../lib/model/report-id';
import { ClipAnchors, type PageReport, type ToPage } from '../../lib/messages/contracts';
import { sendToBackground } from '../../lib/messages/messaging';
import { locateClips, type ClipToShow, type ShownClips } from '../../lib/page/clip-paint';
import { textOffsetOf } from '../../lib/page/dom-text';
import { rangeFor } from '../../lib/page/paint';
import type { PageLens } from './page-lens';

export interface PageSide {
  handle(message: ToPage): Promise<unknown> | unknown;
  /** Paints the clips saved for this page (after each scan). */
  showSavedClips(): Promise<void>;
}

/** Answers for the page loaded at `loadedAt`. The page is always that address to us: a page that
 * changes its own address (history.replaceState) must not get another page's clips. */
export function createPageSide(lens: PageLens, loadedAt: string): PageSide {
  let shown: ShownClips = { ranges: new Map(), missing: [] };
  const reportId = () => reportIdForUrl(loadedAt);

  function show(clips: ClipToShow[]): ShownClips {
    const snap = lens.latest();
    if (!snap) return { ranges: new Map(), missing: clips.map((c) => c.id) };
    shown = locateClips(snap.model.text, clips, (s, e) => rangeFor(snap.model, s, e));
    lens.clipMarks.draw(shown.ranges);
    return shown;
  }

  function report(): PageReport {
    const snap = lens.latest();
    const findings = snap?.findings ?? null;
    return {
      reportId: reportId(),
      fingerprint: null,
      url: loadedAt,
      title: document.title || loadedAt,
      findings,
      located: (snap?.located ?? []).map(({ kind, index }) => ({ kind, index })),
      recommendationAnchors: (findings?.recommendations ?? []).map((r) => makeAnchor(snap!.model.text, r.start, r.end)),
      missingClips: shown.missing,
    };
  }

  function selection() {
    const snap = lens.latest();
    const range = getSelection()?.rangeCount ? getSelection()!.getRangeAt(0) : null;
    if (!snap || !range || range.collapsed) return { anchor: null, reportId: reportId() };
    const start = textOffsetOf(snap.model, range.startContainer, range.startOffset);
    const end = textOffsetOf(snap.model, range.endContainer, range.endOffset);
    const ok = start !== null && end !== null && end > start;
    return { anchor: ok ? makeAnchor(snap.model.text, start, Math.min(end, start + 20000)) : null, reportId: reportId() };
  }

  return {
    handle(message) {
      if (message.type === 'page/report') return report();
      if (message.type === 'highlight/focus') return lens.navigator.focus(message.position);
      if (message.type === 'clips/show') return { missing: show(message.clips).missing };
      if (message.type === 'selection/get') return selection();
      const range = shown.ranges.get(message.id);
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      lens.clipMarks.focus(range ? message.id : null);
    },
    async showSavedClips() {
      const { clips } = await sendToBackground({ type: 'clips/for-page', reportId: reportId() }, ClipAnchors);
      show(clips);
    },
  };
}
