// Clips as CSV (opens cleanly in Excel: UTF-8 with a byte-order mark, CRLF, every cell quoted)
// and as Markdown for a briefing note. Pure: strings in, a string out.
import { isFileName, isViewerFileAddress, webAddress } from '../storage/addresses';
import type { Clip, StoredReport } from '../model/store-schemas';

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

/** Where a report was read, as one Markdown line: a web address normalised by the URL parser as an
 * autolink (the parser percent-encodes < > " and blanks, so nothing in it can end the link), a local
 * file as escaped text, and anything else (never stored by the extension itself) left out. */
export function markdownAddress(address: string): string | null {
  const web = webAddress(address);
  if (web) return `<${web}>`;
  if (isFileName(address)) return `From a file on this computer: ${escapeMarkdown(address.slice('file:'.length))}`;
  return isViewerFileAddress(address) ? 'From a file on this computer' : null;
}

/** The clips as Markdown, grouped by report. */
export function clipsToMarkdown(rows: ClipRow[]): string {
  const groups = new Map<string, ClipRow[]>();
  for (const row of rows) groups.set(row.clip.reportId, [...(groups.get(row.clip.reportId) ?? []), row]);
  const out = ['# Inspection Lens clips', ''];
  for (const group of groups.values()) {
    const report = group[0]!.report;
    out.push(`## ${escapeMarkdown(oneLine(report?.title ?? group[0]!.clip.reportId))}`, '');
    const address = report?.urls[0] ? markdownAddress(report.urls[0]) : null;
    if (address) out.push(address, '');
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
