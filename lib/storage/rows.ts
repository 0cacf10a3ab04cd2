// The kinds of row the store keeps, how each is read (with the one known repair), and how two
// versions of one row merge. Shared by the store, backup and restore so they all agree.
import type { z } from 'zod';
import {
  ClipSchema,
  DraftSchema,
  LinkDecisionSchema,
  ReportSchema,
  type Clip,
  type LinkDecision,
  type StoredReport,
} from '../model/store-schemas';

/** The most addresses a report keeps; merging keeps the newest. */
export const MAX_URLS = 50;

/** Joins two lists of addresses without repeats, keeping the newest MAX_URLS (later ones are newer). */
export function mergeUrls(older: readonly string[], newer: readonly string[]): string[] {
  return [...new Set([...older, ...newer])].slice(-MAX_URLS);
}

// Before this rule, joining addresses could store more than MAX_URLS of them, and the row stopped
// parsing. Reading such a row keeps its newest addresses instead of hiding the report.
function repairReport(value: unknown): unknown {
  const urls = (value as { urls?: unknown } | null)?.urls;
  return Array.isArray(urls) && urls.length > MAX_URLS ? { ...(value as object), urls: urls.slice(-MAX_URLS) } : value;
}

/** The object stores whose rows a backup reads by kind; any other store is backed up raw. */
export type RowStore = 'reports' | 'clips' | 'drafts' | 'linkDecisions';
export const ROW_STORES: readonly RowStore[] = ['reports', 'clips', 'drafts', 'linkDecisions'];

const SCHEMAS: Record<RowStore, z.ZodType> = {
  reports: ReportSchema,
  clips: ClipSchema,
  drafts: DraftSchema,
  linkDecisions: LinkDecisionSchema,
};

/** A stored value read as a row of `store` (repaired where a known fault left it), or null. */
export function readRow<T>(store: RowStore, value: unknown): T | null {
  const parsed = SCHEMAS[store].safeParse(store === 'reports' ? repairReport(value) : value);
  return parsed.success ? (parsed.data as T) : null;
}

const time = (iso: string) => Date.parse(iso);

/** Is `a` the same age as `b` or newer (by updatedAt)? Dates compare as times, not as text. */
export const isSameOrNewer = (a: Clip, b: Clip): boolean => time(a.updatedAt) >= time(b.updatedAt);

/** Two versions of one link decision as one: the later decision (by decidedAt; on a tie, `b`). */
export const laterDecision = (a: LinkDecision, b: LinkDecision): LinkDecision => (time(a.decidedAt) > time(b.decidedAt) ? a : b);

/** Two versions of one report as one: the newer's content (by savedAt), both lists of addresses. */
export function mergeReports(a: StoredReport, b: StoredReport): StoredReport {
  const [older, newer] = time(a.savedAt) <= time(b.savedAt) ? [a, b] : [b, a];
  return { ...newer, urls: mergeUrls(older.urls, newer.urls) };
}

/** One row per id: clips keep the newest edit, reports merge. Linear in the number of rows. */
export function oneRowPerId<T extends { id: string }>(rows: readonly T[], merge: (a: T, b: T) => T): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    byId.set(row.id, seen ? merge(seen, row) : row);
  }
  return [...byId.values()];
}
