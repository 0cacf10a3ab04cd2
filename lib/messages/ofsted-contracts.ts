// Messages of the Ofsted history queue: the provider-page banner and the panel ask the background
// to fetch chosen report files, to cancel, and which listed files are already saved.
import { z } from 'zod/mini';
import { PUBLICATION_KINDS } from '../ofsted/publications';

const FileUrl = z.string().check(z.maxLength(2000), z.regex(/^https:\/\/files\.ofsted\.gov\.uk\/v1\/file\//));

export const QueueItemInput = z.object({
  fileUrl: FileUrl,
  kind: z.enum(PUBLICATION_KINDS),
  date: z.nullable(z.string().check(z.maxLength(20))),
  authority: z.string().check(z.maxLength(200)),
});

export const ToOfstedQueue = z.discriminatedUnion('type', [
  /** the user chose these files: fetch, read and store them, one at a time */
  z.object({ type: z.literal('ofsted/enqueue'), items: z.array(QueueItemInput).check(z.maxLength(500)) }),
  z.object({ type: z.literal('ofsted/cancel') }),
  /** which of these files a stored report already came from */
  z.object({ type: z.literal('ofsted/saved'), fileUrls: z.array(FileUrl).check(z.maxLength(500)) }),
]);
export type ToOfstedQueue = z.infer<typeof ToOfstedQueue>;

export const SavedFiles = z.object({ saved: z.array(z.string()) });

/** The storage.local key of the queue (the banner and the panel watch it for progress). */
export const QUEUE_KEY = 'ofsted-queue';
/** Optional timings in storage.local (the benchmark and the tests shorten them). */
export const QUEUE_SETTINGS_KEY = 'ofsted-queue-settings';
