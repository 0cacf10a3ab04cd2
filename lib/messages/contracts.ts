// One message contract per direction. Types come from the schemas; every message is parsed on arrival.
import { z } from 'zod/mini';
import { FindingsSchema } from './findings-schema';

/** Page text is capped so a hostile page cannot make the background hold gigabytes. */
export const MAX_PAGE_TEXT = 16_000_000;

export const ToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('detect/run'), text: z.string().check(z.maxLength(MAX_PAGE_TEXT)) }),
]);
export type ToBackground = z.infer<typeof ToBackground>;

export const DetectResult = z.object({ findings: FindingsSchema });

export const ToContent = z.discriminatedUnion('type', [
  /** the toolbar button was clicked: scan now and say what was found */
  z.object({ type: z.literal('lens/activate') }),
  z.object({ type: z.literal('highlight/step'), delta: z.union([z.literal(1), z.literal(-1)]) }),
]);
export type ToContent = z.infer<typeof ToContent>;

export const ActivateResult = z.object({
  judgements: z.number(),
  recommendations: z.number(),
  /** the tab shows a PDF in the browser's own viewer, where no content script can read it */
  pdf: z.optional(z.boolean()),
});
