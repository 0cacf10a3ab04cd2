// The viewer's open PDF as its UI sees it: where it came from, its state (phase, message, findings,
// find matches) and the session's methods. viewer-session.ts makes and runs the session.
import type { Findings } from '../../lib/model/findings';
import type { Lens } from '../../lib/page/lens';
import type { PaintedFinding } from '../../lib/page/paint';

/** Where the open PDF came from: a web address, or a file on this computer (by its name only). */
export type PdfSource = { url: string } | { fileName: string };

export interface ReportIdentity {
  /** pdf.js fingerprint of the file: the same report from an agenda pack, Ofsted or a download */
  fingerprint: string;
  source: PdfSource;
}

export interface ViewerState {
  phase: 'opening' | 'reading' | 'ready' | 'failed';
  /** a problem or a notice, in words for the user */
  message: string | null;
  pageCount: number;
  identity: ReportIdentity | null;
  findings: Findings | null;
  located: PaintedFinding[];
  matches: number;
  currentMatch: number;
}

export interface ViewerSession {
  lens: Lens;
  state(): ViewerState;
  setScale(scale: number): void;
  goToPage(page: number): void;
  currentPage(): number;
  find(query: string, step: 1 | -1 | 0): void;
  destroy(): void;
}

/** A session's state before its PDF is shown. */
export const INITIAL_STATE: ViewerState = {
  phase: 'opening',
  message: null,
  pageCount: 0,
  identity: null,
  findings: null,
  located: [],
  matches: 0,
  currentMatch: -1,
};
