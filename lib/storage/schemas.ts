// What the store keeps, as zod schemas: every row is parsed on the way in and on the way out.
import { z } from 'zod';
import { DocumentInfoSchema, JudgementSchema, RecommendationSchema } from '../messages/findings-schema';

export const CLIP_STATUSES = ['to raise', 'raised', 'response received', 'closed'] as const;
export const ClipStatus = z.enum(CLIP_STATUSES);
export type ClipStatus = z.infer<typeof ClipStatus>;

const Text = (max: number) => z.string().max(max);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/);

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

/** Where a clip sits in its document: the quote with some context, and the offset as a hint. */
export const AnchorSchema = z.object({
  quote: Text(20000).min(1),
  prefix: Text(200),
  suffix: Text(200),
  start: z.number().int().nonnegative(),
});
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
  due: IsoDate.nullable(),
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

export const BACKUP_FORMAT = 'inspection-lens-backup';
/** 2 adds linkDecisions; a version 1 backup (without them) still restores. */
export const BACKUP_VERSION = 2;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  exportedAt: IsoDate,
  reports: z.array(ReportSchema),
  clips: z.array(ClipSchema),
  linkDecisions: z.array(LinkDecisionSchema).default([]),
});
export type Backup = z.infer<typeof BackupSchema>;
