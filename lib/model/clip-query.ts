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

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

// The searchable text of each clip, folded once: stored clips are replaced, never mutated, so a WeakMap is safe.
const folded = new WeakMap<Clip, string>();
function searchText(c: Clip): string {
  let text = folded.get(c);
  if (text === undefined) folded.set(c, (text = fold(`${c.anchor.quote} ${c.note} ${c.tags.join(' ')} ${c.authority ?? ''}`)));
  return text;
}

// ISO dates and ids compare correctly as plain strings, and far faster than localeCompare.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The clips sorted once per list and sort: newest first (createdAt), or by report and then
 * place in the document. A new array; linear-logarithmic in the number of clips. */
export function sortClips(clips: readonly Clip[], sort: ClipQuery['sort']): Clip[] {
  if (sort === 'newest') return [...clips].sort((a, b) => byText(b.createdAt, a.createdAt));
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

/** The authorities and tags present, for the filter menus. */
export function clipFacets(clips: Clip[]): { authorities: string[]; tags: string[] } {
  const authorities = new Set<string>();
  const tags = new Set<string>();
  for (const c of clips) {
    if (c.authority) authorities.add(c.authority);
    for (const t of c.tags) tags.add(t);
  }
  return { authorities: [...authorities].sort(), tags: [...tags].sort() };
}
