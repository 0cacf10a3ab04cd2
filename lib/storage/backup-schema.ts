// The backup file, and the stricter rules a restored row must meet: a backup is a file anyone could
// hand a councillor, so its addresses must be ones the extension makes, and its dates real and past.
import { z } from 'zod';
import { isStorableAddress, isStorableReportId } from './addresses';
import { ClipSchema, DraftSchema, IsoDate, LinkDecisionSchema, LinkEndSchema, ReportSchema } from '../model/store-schemas';

/** The `format` every backup file names itself with. */
export const BACKUP_FORMAT = 'inspection-lens-backup';
/** 1: reports and clips. 2 came in two shapes, told apart by their fields: one added linkDecisions,
 * the other drafts and `unreadable` (every row the store could not read, as it is). 3 holds all of
 * them. Every version still restores: a list a file lacks is empty. */
export const BACKUP_VERSION = 3;

// A clock a few minutes ahead on the machine that made the backup is not an attack.
const CLOCK_SLACK_MS = 10 * 60 * 1000;
const PastDate = IsoDate.refine((s) => Date.parse(s) <= Date.now() + CLOCK_SLACK_MS, 'a date in the future');
const Address = z.string().max(2000).refine(isStorableAddress, 'not a web address (http or https) or a local file');
const ReportId = z.string().min(1).max(2000).refine(isStorableReportId, 'not a report id Inspection Lens makes');

/** A report as a restore accepts it. */
export const RestoredReport = ReportSchema.extend({ id: ReportId, urls: z.array(Address).max(50), savedAt: PastDate });
/** A clip as a restore accepts it. */
export const RestoredClip = ClipSchema.extend({ reportId: ReportId, createdAt: PastDate, updatedAt: PastDate });
/** A draft as a restore accepts it. */
export const RestoredDraft = DraftSchema.extend({ baseUpdatedAt: PastDate, savedAt: PastDate });
const RestoredLinkEnd = LinkEndSchema.extend({ reportId: ReportId });
/** A link decision as a restore accepts it. */
export const RestoredLinkDecision = LinkDecisionSchema.extend({
  from: RestoredLinkEnd,
  to: RestoredLinkEnd,
  decidedAt: PastDate,
});

const IdbKey = z.union([z.string().max(2000), z.number(), z.array(z.union([z.string().max(2000), z.number()])).max(10)]);

/** A stored row that did not parse when the backup was made, kept exactly as it was. */
export const UnreadableRow = z.object({ store: z.string().min(1).max(100), key: IdbKey, row: z.unknown() });
export type UnreadableRow = z.infer<typeof UnreadableRow>;

/** A backup file of any version (see BACKUP_VERSION): lists an older file lacks default to empty. */
export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  exportedAt: PastDate,
  reports: z.array(RestoredReport),
  clips: z.array(RestoredClip),
  drafts: z.array(RestoredDraft).default([]),
  linkDecisions: z.array(RestoredLinkDecision).default([]),
  unreadable: z.array(UnreadableRow).default([]),
});
export type Backup = z.infer<typeof BackupSchema>;

/** A backup file as first read: its head checked, its lists only checked to be lists. Each row is
 * then checked on its own (backup-rows), so one bad row is left out instead of refusing the file. */
export const BackupFileSchema = BackupSchema.extend({
  reports: z.array(z.unknown()),
  clips: z.array(z.unknown()),
  drafts: z.array(z.unknown()).default([]),
  linkDecisions: z.array(z.unknown()).default([]),
});
