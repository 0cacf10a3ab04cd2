// Clips as CSV (opens cleanly in Excel: UTF-8 with a byte-order mark, CRLF, every cell quoted)
// and as Markdown for a briefing note. Pure: strings in, a string out.
import type { Clip, StoredReport } from '../storage/schemas';

export interface ClipRow {
  clip: Clip;
  report: StoredReport | null;
}

const CSV_COLUMNS = ['Authority', 'Report', 'Address', 'Kind', 'Quote', 'Note', 'Tags', 'Status', 'Follow-up date', 'Clipped on'];

/** A cell Excel shows as text: quotes doubled, and a leading = + - @ disarmed so it is never a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The clips as a CSV file's text. */
export function clipsToCsv(rows: ClipRow[]): string {
  const lines = rows.map(({ clip, report }) =>
    [
      clip.authority ?? report?.document.authority ?? '',
      report?.title ?? '',
      report?.urls[0] ?? '',
      clip.kind,
      oneLine(clip.anchor.quote),
      clip.note,
      clip.tags.join('; '),
      clip.status,
      clip.due ?? '',
      clip.createdAt,
    ]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[CSV_COLUMNS.map(csvCell).join(','), ...lines].join('\r\n')}\r\n`;
}

const escapeMarkdown = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** The clips as Markdown, grouped by report. */
export function clipsToMarkdown(rows: ClipRow[]): string {
  const groups = new Map<string, ClipRow[]>();
  for (const row of rows) groups.set(row.clip.reportId, [...(groups.get(row.clip.reportId) ?? []), row]);
  const out = ['# Inspection Lens clips', ''];
  for (const group of groups.values()) {
    const report = group[0]!.report;
    out.push(`## ${escapeMarkdown(report?.title ?? group[0]!.clip.reportId)}`, '');
    if (report?.urls[0]) out.push(`<${report.urls[0]}>`, '');
    for (const { clip } of group) {
      const meta = [
        clip.status,
        clip.due ? `follow up by ${clip.due}` : null,
        clip.tags.length ? `tags: ${clip.tags.join(', ')}` : null,
      ];
      out.push(`- > ${escapeMarkdown(oneLine(clip.anchor.quote))}`);
      out.push(`  - ${escapeMarkdown(meta.filter(Boolean).join(' · '))}`);
      if (clip.note.trim()) out.push(`  - Note: ${escapeMarkdown(oneLine(clip.note))}`);
    }
    out.push('');
  }
  return out.join('\n');
}
