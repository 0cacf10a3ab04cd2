// An authority's grades by area over time, from every stored report: each report's own judgements,
// and the earlier ones it quotes (marked as reported by it).
import type { DocumentInfo, JudgementMention, Recommendation } from '../model/findings';
import { COMPARE_ROWS, compareKeysOf, type CompareKey } from './compare-areas';

/** What comparison needs of a stored report. */
export interface CompareReport {
  id: string;
  title: string;
  document: DocumentInfo;
  judgements: JudgementMention[];
  recommendations: Recommendation[];
}

export interface HistoryCell {
  grade: string;
  rank: number | null;
  reportId: string;
  /** true when the grade comes from a later document quoting this inspection */
  quoted: boolean;
}

export type Move = 'up' | 'down' | 'same';

export interface HistoryRow {
  key: CompareKey;
  label: string;
  cells: Array<HistoryCell | null>;
  /** change from the row's previous graded inspection; null for the first or an empty cell */
  moves: Array<Move | null>;
}

export interface History {
  /** inspections by year, oldest first */
  years: string[];
  rows: HistoryRow[];
  /** reports whose own inspection has no year anywhere (not placed in the table) */
  undated: string[];
}

const yearIn = (s: string | null | undefined) => s?.match(/(?:19|20)\d\d/g)?.at(-1) ?? null;

/** The year of a report's own inspection: its inspection dates, else its publication, else its title. */
export function inspectionYearOf(r: CompareReport): string | null {
  return yearIn(r.document.inspectionDates) ?? yearIn(r.document.publicationDate) ?? yearIn(r.title);
}

interface Mention {
  year: string;
  key: CompareKey;
  cell: HistoryCell;
}

/** A report's judgements as row mentions. Under SLAC a bare "Overall effectiveness" is the
 * safeguarding grade first and the looked-after-children grade second, unless named outright. */
function mentionsOf(r: CompareReport): Mention[] {
  const own = inspectionYearOf(r);
  const out: Mention[] = [];
  let bareOverall = 0;
  for (const j of [...r.judgements].sort((a, b) => a.start - b.start)) {
    const year = j.inspection ? yearIn(j.inspection) : own;
    if (!year || j.rank === null) continue;
    let keys = compareKeysOf(j);
    if ((r.document.framework ?? r.document.discusses?.framework) === 'SLAC' && !j.inspection && keys[0] === 'overall')
      keys = [bareOverall++ === 0 ? 'help_protection' : 'in_care'];
    const cell = { grade: j.grade, rank: j.rank, reportId: r.id, quoted: j.inspection !== null };
    for (const key of keys) out.push({ year, key, cell });
  }
  return out;
}

/** The grade a set of mentions agrees on: a report's own over quotes, then the commonest. */
function choose(mentions: HistoryCell[]): HistoryCell | null {
  const pool = mentions.some((m) => !m.quoted) ? mentions.filter((m) => !m.quoted) : mentions;
  const counts = new Map<string, number>();
  for (const m of pool) counts.set(m.grade, (counts.get(m.grade) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? pool.find((m) => m.grade === best[0])! : null;
}

const moveOf = (from: HistoryCell, to: HistoryCell): Move | null =>
  from.rank === null || to.rank === null ? null : to.rank < from.rank ? 'up' : to.rank > from.rank ? 'down' : 'same';

/** Per year, the report that grades the most areas of that inspection speaks for it (the inspection
 * report itself, over a paper that discusses it); other reports' undated mentions of that year are
 * dropped, as they are often quotes the detector could not date. Explicitly dated quotes stay. */
function keepPrimary(mentions: Mention[]): Mention[] {
  const areas = new Map<string, Set<CompareKey>>();
  for (const m of mentions) {
    if (m.cell.quoted) continue;
    const key = `${m.year}|${m.cell.reportId}`;
    areas.set(key, (areas.get(key) ?? new Set()).add(m.key));
  }
  const primary = new Map<string, { reportId: string; count: number }>();
  for (const [key, keys] of areas) {
    const [year, reportId] = key.split('|') as [string, string];
    if (keys.size > (primary.get(year)?.count ?? 0)) primary.set(year, { reportId, count: keys.size });
  }
  return mentions.filter((m) => m.cell.quoted || primary.get(m.year)?.reportId === m.cell.reportId);
}

/** Builds the area × inspection table. */
export function buildHistory(reports: CompareReport[]): History {
  const mentions = keepPrimary(reports.flatMap(mentionsOf));
  const years = [...new Set(mentions.map((m) => m.year))].sort();
  const rows = COMPARE_ROWS.map(([key, label]) => {
    const cells = years.map((y) => choose(mentions.filter((m) => m.key === key && m.year === y).map((m) => m.cell)));
    // An inspection's own grade moves from the previous inspection's own grade where there is one;
    // quotes (often of other assessments) only fill gaps.
    let lastOwn: HistoryCell | null = null;
    let lastAny: HistoryCell | null = null;
    const moves = cells.map((c) => {
      const before = c && !c.quoted ? (lastOwn ?? lastAny) : lastAny;
      const move = c && before ? moveOf(before, c) : null;
      if (c) lastAny = c;
      if (c && !c.quoted) lastOwn = c;
      return move;
    });
    return { key, label, cells, moves };
  }).filter((row) => row.cells.some(Boolean));
  return { years, rows, undated: reports.filter((r) => !inspectionYearOf(r)).map((r) => r.id) };
}
