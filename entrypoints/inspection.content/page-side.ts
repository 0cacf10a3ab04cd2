// The page side of the side panel's questions: what report this is, move to a finding, show the
// saved clips, and the current selection as an anchor for clipping.
import { makeAnchor } from '../../lib/model/anchor';
import { reportIdForUrl } from '../../lib/model/report-id';
import { ClipAnchors, type PageReport, type ToPage } from '../../lib/messages/contracts';
import { sendToBackground } from '../../lib/messages/messaging';
import { paintClips, type ClipToShow, type ShownClips } from '../../lib/page/clip-paint';
import { textOffsetOf } from '../../lib/page/dom-text';
import { paintFocus, rangeFor } from '../../lib/page/paint';
import type { PageLens } from './page-lens';

export interface PageSide {
  handle(message: ToPage): Promise<unknown> | unknown;
  /** Paints the clips saved for this page (after each scan). */
  showSavedClips(): Promise<void>;
}

export function createPageSide(lens: PageLens): PageSide {
  let shown: ShownClips = { ranges: new Map(), missing: [] };
  const reportId = () => reportIdForUrl(location.href);

  function show(clips: ClipToShow[]): ShownClips {
    const snap = lens.latest();
    if (!snap) return { ranges: new Map(), missing: clips.map((c) => c.id) };
    return (shown = paintClips(snap.model.text, clips, (s, e) => rangeFor(snap.model, s, e)));
  }

  function report(): PageReport {
    const snap = lens.latest();
    const findings = snap?.findings ?? null;
    return {
      reportId: reportId(),
      fingerprint: null,
      url: location.href,
      title: document.title || location.href,
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
      paintFocus(range ?? null);
    },
    async showSavedClips() {
      const { clips } = await sendToBackground({ type: 'clips/for-page', reportId: reportId() }, ClipAnchors);
      show(clips);
    },
  };
}
