// What the store keeps, as zod schemas: every row is parsed on the way in and on the way out.
import { z } from 'zod';
import { AnchorSchema, DocumentInfoSchema, JudgementSchema, RecommendationSchema } from './findings-schema';

export const CLIP_STATUSES = ['to raise', 'raised', 'response received', 'closed'] as const;
export const ClipStatus = z.enum(CLIP_STATUSES);
export type ClipStatus = z.infer<typeof ClipStatus>;

const Text = (max: number) => z.string().max(max);

// A whole ISO 8601 date ("2026-11-21") or date and time as toISOString writes it, naming a real day.
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const isRealDay = (day: string) => {
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(day);
};
/** True for a full ISO date or date-time that names a real day and time. */
export function isFullIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  return !!m && isRealDay(m[1]!) && !Number.isNaN(Date.parse(s));
}
export const IsoDate = z.string().refine(isFullIsoDate, 'not a full ISO date (yyyy-mm-dd, or with a time)');

/** A saved report: its identity, what the detector found, and where it was read. */
export const ReportSchema = z.object({
  /** the PDF fingerprint, or for a web page its address without the fragment */
  id: Text(2000).min(1),
  fingerprint: Text(200).nullable(),
  urls: z.array(Text(2000)).max(50),
  title: Text(500),
  document: DocumentInfoSchema,
  judgements: z.array(JudgementSchema).max(5000),
  recommendations: z.array(RecommendationSchema).max(5000),
  savedAt: IsoDate,
});
export type StoredReport = z.infer<typeof ReportSchema>;

export { AnchorSchema };
export type Anchor = z.infer<typeof AnchorSchema>;

export const ClipSchema = z.object({
  id: Text(100).min(1),
  reportId: Text(2000).min(1),
  /** the authority of the report, kept here so clips filter without a join */
  authority: Text(200).nullable(),
  kind: z.enum(['recommendation', 'selection']),
  anchor: AnchorSchema,
  note: Text(20000),
  tags: z.array(Text(60).min(1)).max(30),
  status: ClipStatus,
  /** follow-up date, yyyy-mm-dd */
  due: IsoDate.refine((s) => s.length === 10, 'not a full ISO date (yyyy-mm-dd)').nullable(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type Clip = z.infer<typeof ClipSchema>;

/** One side of a recommendation link: the inspection (by its dates) and the recommendation's words. */
export const LinkEndSchema = z.object({
  reportId: Text(2000).min(1),
  inspection: Text(200),
  quote: Text(20000).min(1),
});

/** The councillor's decision on a suggested (or chosen) link between an earlier recommendation and a
 * later one: it wins over the matcher's score whenever the same pair is compared again. */
export const LinkDecisionSchema = z.object({
  /** the authority's la code and lib/compare's linkKey of the two wordings ("332:hash>hash") */
  id: Text(1000).min(1),
  /** DfE la code of the authority whose history holds the link */
  authority: Text(20).min(1),
  from: LinkEndSchema,
  to: LinkEndSchema,
  decision: z.enum(['confirmed', 'rejected']),
  decidedAt: IsoDate,
});
export type LinkDecision = z.infer<typeof LinkDecisionSchema>;

/** Unsaved edits of one clip, kept until they are saved or discarded (fields as typed). */
export const DraftSchema = z.object({
  clipId: Text(100).min(1),
  note: Text(20000),
  tags: Text(2000),
  status: ClipStatus,
  /** yyyy-mm-dd or '' while the date field is empty or half typed */
  due: Text(10),
  /** updatedAt of the version of the clip these edits start from */
  baseUpdatedAt: IsoDate,
  savedAt: IsoDate,
  /** the panel (window or tab) that typed these edits; absent in drafts kept before panels named themselves */
  editor: Text(100).optional(),
});
export type ClipDraft = z.infer<typeof DraftSchema>;
