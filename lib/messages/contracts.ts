// One message contract per direction. Types come from the schemas; every message is parsed on arrival.
import { z } from 'zod/mini';
import { FindingsSchema } from './findings-schema';

/** Page text is capped so a hostile page cannot make the background hold gigabytes. */
export const MAX_PAGE_TEXT = 16_000_000;

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

export const ToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('detect/run'), text: z.string().check(z.maxLength(MAX_PAGE_TEXT)) }),
  /** the clips saved for the report at this address, to paint them again */
  z.object({ type: z.literal('clips/for-page'), reportId: z.string().check(z.maxLength(4000)) }),
  /** the side panel asks whether the page in this tab was over the detection time budget */
  z.object({ type: z.literal('page/too-unusual'), tabId: z.number() }),
]);
export type ToBackground = z.infer<typeof ToBackground>;

export const DetectResult = z.object({ findings: FindingsSchema });
export const TooUnusualResult = z.object({ tooUnusual: z.boolean() });
/** Background → side panels: the page in `tabId` just went over the detection time budget. */
export const PageTooUnusual = z.object({ type: z.literal('page/went-too-unusual'), tabId: z.number() });

export const AnchorMessage = z.object({
  quote: z.string().check(z.minLength(1), z.maxLength(20000)),
  prefix: z.string().check(z.maxLength(200)),
  suffix: z.string().check(z.maxLength(200)),
  start: z.number().check(z.int(), z.nonnegative()),
});
export const ClipAnchors = z.object({ clips: z.array(z.object({ id: z.string(), anchor: AnchorMessage })) });

/** Commands for the page side: the content script of a web page, or the PDF viewer. `tabId` lets the
 * viewer, which hears every runtime message, answer only for its own tab. */
const pageCommands = [
  z.object({ type: z.literal('page/report'), tabId: z.optional(z.number()) }),
  z.object({
    type: z.literal('highlight/focus'),
    position: z.number().check(z.int(), z.nonnegative()),
    tabId: z.optional(z.number()),
  }),
  z.object({ type: z.literal('clips/show'), ...ClipAnchors.shape, tabId: z.optional(z.number()) }),
  z.object({ type: z.literal('clips/focus'), id: z.string(), tabId: z.optional(z.number()) }),
  z.object({ type: z.literal('selection/get'), tabId: z.optional(z.number()) }),
] as const;
export const ToPage = z.discriminatedUnion('type', [...pageCommands]);
export type ToPage = z.infer<typeof ToPage>;

export const ToContent = z.discriminatedUnion('type', [
  /** the toolbar button was clicked: scan now and say what was found */
  z.object({ type: z.literal('lens/activate') }),
  z.object({ type: z.literal('highlight/step'), delta: z.union([z.literal(1), z.literal(-1)]) }),
  ...pageCommands,
]);
export type ToContent = z.infer<typeof ToContent>;

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
});
export type PageReport = z.infer<typeof PageReport>;

export const ShowClipsResult = z.object({ missing: z.array(z.string()) });
export const SelectionResult = z.object({ anchor: z.nullable(AnchorMessage), reportId: z.string() });

/** For commands whose reply does not matter. */
export const AnyReply = z.unknown();
