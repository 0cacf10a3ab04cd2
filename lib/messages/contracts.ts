// The messages between the extension's parts, as contract tables (contract-table.ts): each
// message's request and reply together. Types come from the schemas; every message is parsed on arrival.
import { z } from 'zod/mini';
import { contract } from './contract-table';
import { AnchorSchema, FindingsSchema } from '../model/findings-schema';

/** Page text is capped so a hostile page cannot make the background hold gigabytes. */
export const MAX_PAGE_TEXT = 16_000_000;

/** What a page and the panel show when a page's text is over MAX_PAGE_TEXT, so it was not read at
 * all: it may well hold a report, so the panel must not say it holds none. */
export const TOO_LARGE = `This page is too large to read: its text is over ${MAX_PAGE_TEXT / 1_000_000} million characters, so Inspection Lens did not read it. It may still hold a report; open the report on its own page or as a PDF.`;

/** What a page, the viewer or the panel shows when detection ran past its time budget. */
export const TOO_UNUSUAL =
  'This page is too unusual to read quickly, so Inspection Lens stopped reading it to keep other pages quick.';

/** Background → offscreen document (Chrome): one detection job over the port named DETECT_PORT. */
export const DETECT_PORT = 'inspection-lens-detect';
export const DetectJob = z.object({ id: z.number(), text: z.string(), budgetMs: z.number() });
export const DetectJobReply = z.object({
  id: z.number(),
  findings: z.optional(FindingsSchema),
  error: z.optional(z.string()),
});
/** Background → offscreen document: the stored time budget (null: the budget by text length). */
export const DetectSettings = z.object({ settings: z.object({ budgetMs: z.nullable(z.number()) }) });
/** Background → offscreen document: hold pdf.js's shared worker from now on (the viewer was used). */
export const KEEP_PDF_WORKER = { keepPdfWorker: true } as const;
export const KeepPdfWorker = z.object({ keepPdfWorker: z.literal(true) });
/** Offscreen document → background: how a page's own detect/run, answered there, ended. */
export const DetectOutcome = z.object({
  outcome: z.object({
    found: z.boolean(),
    tabId: z.optional(z.number()),
    frameId: z.optional(z.number()),
    url: z.optional(z.string()),
  }),
});

export const DetectResult = z.object({ findings: FindingsSchema });
export const TooUnusualResult = z.object({ tooUnusual: z.boolean() });
/** Background → side panels: the page in `tabId` just went over the detection time budget. */
export const PageTooUnusual = z.object({ type: z.literal('page/went-too-unusual'), tabId: z.number() });

/** Page side → side panels: the report a tab shows changed (new findings, another PDF, a problem).
 * Panels showing that tab ask it again (page/report); `tabId` is given by the viewer, an extension
 * page, and otherwise read from the sender (a content script's top frame). */
export const PageChanged = z.object({
  type: z.literal('page/changed'),
  tabId: z.optional(z.number()),
  revision: z.number(),
});

/** A clip's anchor in a message: the one anchor shape (lib/model/findings-schema). */
export const AnchorMessage = AnchorSchema;
export const ClipAnchors = z.object({ clips: z.array(z.object({ id: z.string(), anchor: AnchorMessage })) });

export const ActivateResult = z.object({
  judgements: z.number(),
  recommendations: z.number(),
  /** the tab shows a PDF in the browser's own viewer, where no content script can read it */
  pdf: z.optional(z.boolean()),
});

/** What the page side says about the report it shows. */
export const PageReport = z.object({
  /** the store's id: the PDF fingerprint, or the page address without its fragment */
  reportId: z.string(),
  fingerprint: z.nullable(z.string()),
  url: z.string(),
  title: z.string(),
  findings: z.nullable(FindingsSchema),
  /** the painted findings in document order: positions for highlight/focus */
  located: z.array(z.object({ kind: z.enum(['judgement', 'recommendation']), index: z.number() })),
  /** one anchor per recommendation, for clipping */
  recommendationAnchors: z.array(AnchorMessage),
  /** saved clips that could not be found in this page */
  missingClips: z.array(z.string()),
  /** why there are no findings, in words for the user (a scanned PDF has no text layer); absent otherwise */
  notice: z.optional(z.string()),
  /** counts the findings the page side has shown: a report saved from the panel must carry the latest */
  revision: z.optional(z.number()),
  /** the page side is still reading the document: its findings follow with a page/changed message */
  reading: z.optional(z.boolean()),
});
export type PageReport = z.infer<typeof PageReport>;

export const ShowClipsResult = z.object({ missing: z.array(z.string()) });
export const SelectionResult = z.object({ anchor: z.nullable(AnchorMessage), reportId: z.string() });

/** For commands whose reply does not matter. */
export const AnyReply = z.unknown();

/** The outcome of a clip from the menu or Alt+Shift+C, for the page side to mark and announce. */
export const ClipOutcome = z.enum(['clipped', 'no-selection']);

const Position = z.number().check(z.int(), z.nonnegative());
const ReportId = z.string().check(z.maxLength(4000));

/** What the page side of a tab answers: the content script of a web page, or the viewer. */
export const PAGE_SIDE = {
  /** the toolbar button was clicked: read the page now and say what was found */
  'lens/activate': contract(z.object({}), ActivateResult),
  'page/report': contract(z.object({}), z.nullable(PageReport)),
  'highlight/focus': contract(z.object({ position: Position }), AnyReply),
  'highlight/step': contract(z.object({ delta: z.union([z.literal(1), z.literal(-1)]) }), AnyReply),
  'clips/show': contract(ClipAnchors, ShowClipsResult),
  'clips/focus': contract(z.object({ id: z.string().check(z.maxLength(200)) }), AnyReply),
  'selection/get': contract(z.object({}), SelectionResult),
  /** the background stored (or could not store) the selection: mark it and say so */
  'clip/saved': contract(z.object({ outcome: ClipOutcome }), AnyReply),
};

/** What the background answers for pages (the content script never opens the store itself). */
export const BACKGROUND = {
  'detect/run': contract(z.object({ text: z.string().check(z.maxLength(MAX_PAGE_TEXT)) }), DetectResult),
  /** the clips saved for a report, to paint them again */
  'clips/for-page': contract(z.object({ reportId: ReportId }), ClipAnchors),
  /** the side panel asks whether the page in tab `forTab` was over the detection time budget */
  'page/too-unusual': contract(z.object({ forTab: z.number().check(z.int()) }), TooUnusualResult),
  /** the viewer opened a PDF: keep pdf.js's shared worker running for the next one (pdf-worker-link.ts) */
  'pdf/keep-worker': contract(z.object({}), AnyReply),
};
