// Search, filter and sort over clips, for "My clips". Pure: runs over thousands of clips per keystroke.
import type { Clip, ClipStatus, StoredReport } from './store-schemas';

export interface ClipQuery {
  text: string;
  authority: string | null;
  status: ClipStatus | null;
  tag: string | null;
  sort: 'newest' | 'document';
}

export interface ClipRowView {
  clip: Clip;
  report: StoredReport | null;
}

// Lower case, without accents. Most text is plain ASCII and needs only lower-casing, which is far
// cheaper than Unicode normalisation.
const NOT_ASCII = /[^\t\n\r -~]/;
const fold = (s: string) => {
  const lower = s.toLowerCase();
  return NOT_ASCII.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower;
};

// The searchable text of each clip, folded once and kept by id. An edit gives the clip a later
// updatedAt, so only the edited clip is folded again, even though every read of the store makes
// new objects for all the clips.
const folded = new Map<string, { updatedAt: string; text: string }>();
function searchText(c: Clip): string {
  const kept = folded.get(c.id);
  if (kept?.updatedAt === c.updatedAt) return kept.text;
  const text = fold(`${c.anchor.quote} ${c.note} ${c.tags.join(' ')} ${c.authority ?? ''}`);
  folded.set(c.id, { updatedAt: c.updatedAt, text });
  return text;
}

/** Folds the search text of `clips` ahead of the first search, so that keystroke costs a look-up
 * per clip. Each clip is folded once (again only after an edit); linear in the clips' text. */
export function prepareSearch(clips: readonly Clip[]): void {
  for (const c of clips) searchText(c);
}

// ISO dates and ids compare correctly as plain strings, and far faster than localeCompare.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The clips sorted once per list and sort: newest first (createdAt, then id, both descending: the
 * store's createdAt index read backwards), or by report and then place in the document. A new
 * array; linear-logarithmic in the number of clips. */
export function sortClips(clips: readonly Clip[], sort: ClipQuery['sort']): Clip[] {
  // The store's list is replaced on every change, never mutated: sorted once per list and order,
  // however often My clips is shown again.
  const key = sorts.get(clips) ?? new Map<ClipQuery['sort'], Clip[]>();
  sorts.set(clips, key);
  let sorted = key.get(sort);
  if (!sorted) key.set(sort, (sorted = sortedCopy(clips, sort)));
  return [...sorted];
}
const sorts = new WeakMap<readonly Clip[], Map<ClipQuery['sort'], Clip[]>>();

function sortedCopy(clips: readonly Clip[], sort: ClipQuery['sort']): Clip[] {
  if (sort === 'newest') return [...clips].sort((a, b) => byText(b.createdAt, a.createdAt) || byText(b.id, a.id));
  return [...clips].sort((a, b) => byText(a.reportId, b.reportId) || a.anchor.start - b.anchor.start);
}

/** The clips of an already sorted list that match `q` (its sort is ignored), in that order: one
 * linear pass per keystroke, every search word found in quote, note, tags or authority. */
export function filterClips(sorted: readonly Clip[], reports: ReadonlyMap<string, StoredReport>, q: ClipQuery): ClipRowView[] {
  const words = fold(q.text).split(/\s+/).filter(Boolean);
  const rows: ClipRowView[] = [];
  for (const c of sorted) {
    if (q.authority !== null && c.authority !== q.authority) continue;
    if (q.status !== null && c.status !== q.status) continue;
    if (q.tag !== null && !c.tags.includes(q.tag)) continue;
    if (words.length > 0) {
      const hay = searchText(c);
      if (!words.every((w) => hay.includes(w))) continue;
    }
    rows.push({ clip: c, report: reports.get(c.reportId) ?? null });
  }
  return rows;
}

/** The clips that match, sorted: newest first, or by report and then place in the document. */
export function queryClips(clips: Clip[], reports: ReadonlyMap<string, StoredReport>, q: ClipQuery): ClipRowView[] {
  return filterClips(sortClips(clips, q.sort), reports, q);
}

/** The authorities and tags present, for the filter menus (found once per list: see sortClips). */
export function clipFacets(clips: readonly Clip[]): { authorities: string[]; tags: string[] } {
  const kept = facets.get(clips);
  if (kept) return kept;
  const authorities = new Set<string>();
  const tags = new Set<string>();
  for (const c of clips) {
    if (c.authority) authorities.add(c.authority);
    for (const t of c.tags) tags.add(t);
  }
  const found = { authorities: [...authorities].sort(), tags: [...tags].sort() };
  facets.set(clips, found);
  return found;
}
const facets = new WeakMap<readonly Clip[], { authorities: string[]; tags: string[] }>();
