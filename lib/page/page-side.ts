// The page side's answers to the side panel and the background (the PAGE_SIDE contract table),
// written once for web pages and the PDF viewer over a lens.
import type { Handlers, ReplyOf } from '../messages/contract-table';
import type { PAGE_SIDE, PageReport } from '../messages/contracts';
import { makeAnchor, type TextAnchor } from '../model/anchor';
import { reportTitle } from '../model/report-title';
import type { ClipToShow } from './clip-paint';
import type { Lens } from './lens';

/** The longest selection kept as a clip (characters; the anchor contract's limit). */
const MAX_CLIP = 20000;

/** Who the open document is: its store id, PDF fingerprint, address (or "file:<name>" for a local
 * file) and its own title (the page's title or the file's name), used when no authority is found. */
export interface PageIdentity {
  reportId: string;
  fingerprint: string | null;
  url: string;
  ownTitle: string;
}

export interface PageSideOptions {
  lens: Lens;
  /** null while the document is not open yet */
  identity: () => PageIdentity | null;
  /** the clips saved for a report (the content script asks the background; the viewer its store) */
  savedClips: (reportId: string) => Promise<ClipToShow[]>;
  /** the toolbar button: read the page now (a web page) or say what was found (the viewer) */
  activate: () => Promise<ReplyOf<typeof PAGE_SIDE, 'lens/activate'>> | ReplyOf<typeof PAGE_SIDE, 'lens/activate'>;
  /** why the document has no findings (the viewer: a scanned PDF), for the panel to say; null when it has */
  notice?: () => string | null;
  /** Is the document still being read (its first findings not shown yet)? The panel then says "Reading…". */
  reading?: () => boolean;
  /** Told the report's new revision after each change (the page side announces it to open panels). */
  changed?: (revision: number) => void;
}

export interface PageSide {
  handlers: Handlers<typeof PAGE_SIDE>;
  /** Marks the clips saved for this document; moves to `focus` when it is one of them. */
  showSavedClips(focus?: string | null): Promise<void>;
  /** Tells `changed` the current revision again (the reading ended without a show, or a panel must re-ask). */
  announce(): void;
}

/** The answers, for `options.lens` over the document `options.identity` names. */
export function createPageSide(options: PageSideOptions): PageSide {
  const { lens, identity, savedClips, activate, notice, reading, changed } = options;
  // One revision per shown set of findings: the panel re-asks on each, and saves only the latest.
  let revision = 0;
  lens.onShown(() => changed?.(++revision));
  function report(): PageReport | null {
    const id = identity();
    if (!id) return null;
    const view = lens.latest();
    const findings = view?.findings ?? null;
    return {
      reportId: id.reportId,
      fingerprint: id.fingerprint,
      url: id.url,
      title: reportTitle(findings?.document ?? null, id.ownTitle),
      findings,
      located: (view?.located ?? []).map(({ kind, index }) => ({ kind, index })),
      recommendationAnchors: (findings?.recommendations ?? []).map((r) => makeAnchor(view!.surface.text, r.start, r.end)),
      missingClips: lens.missingClips(),
      ...(findings ? {} : { notice: notice?.() ?? undefined }),
      revision,
      ...(reading?.() ? { reading: true } : {}),
    };
  }

  function selection(): { anchor: TextAnchor | null; reportId: string } {
    const reportId = identity()?.reportId ?? '';
    const view = lens.latest();
    const chosen = getSelection();
    const range = chosen?.rangeCount ? chosen.getRangeAt(0) : null;
    if (!view || !range || range.collapsed) return { anchor: null, reportId };
    const start = view.surface.offsetOf(range.startContainer, range.startOffset);
    const end = view.surface.offsetOf(range.endContainer, range.endOffset);
    const ok = start !== null && end !== null && end > start;
    return { anchor: ok ? makeAnchor(view.surface.text, start, Math.min(end, start + MAX_CLIP)) : null, reportId };
  }

  async function showSavedClips(focus: string | null = null): Promise<void> {
    const id = identity();
    if (!id) return;
    lens.showClips(await savedClips(id.reportId));
    if (focus) lens.focusClip(focus);
  }

  const handlers: Handlers<typeof PAGE_SIDE> = {
    'lens/activate': () => activate(),
    'page/report': () => report(),
    'highlight/focus': ({ position }) => lens.navigator.focus(position),
    'highlight/step': ({ delta }) => lens.navigator.step(delta),
    'clips/show': ({ clips }) => ({ missing: lens.showClips(clips).missing }),
    'clips/focus': ({ id }) => lens.focusClip(id),
    'selection/get': () => selection(),
    async 'clip/saved'({ outcome }) {
      if (outcome === 'no-selection') return lens.announce('Select some text first.');
      lens.announce('Clipped.');
      await showSavedClips();
    },
  };
  return { handlers, showSavedClips, announce: () => changed?.(revision) };
}
