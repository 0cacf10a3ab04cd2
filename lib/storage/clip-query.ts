// Search, filter and sort over clips, for "My clips". Pure: runs over thousands of clips per keystroke.
import type { Clip, ClipStatus, StoredReport } from './schemas';

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

/** The clips that match, sorted: newest first, or by report and then place in the document. */
export function queryClips(clips: Clip[], reports: ReadonlyMap<string, StoredReport>, q: ClipQuery): ClipRowView[] {
  const words = fold(q.text).split(/\s+/).filter(Boolean);
  const rows = clips
    .filter((c) => (q.authority === null || c.authority === q.authority) && (q.status === null || c.status === q.status))
    .filter((c) => q.tag === null || c.tags.includes(q.tag))
    .filter((c) => {
      if (words.length === 0) return true;
      const hay = searchText(c);
      return words.every((w) => hay.includes(w));
    })
    .map((clip) => ({ clip, report: reports.get(clip.reportId) ?? null }));
  if (q.sort === 'newest') return rows.sort((a, b) => b.clip.createdAt.localeCompare(a.clip.createdAt));
  return rows.sort((a, b) => a.clip.reportId.localeCompare(b.clip.reportId) || a.clip.anchor.start - b.clip.anchor.start);
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
