// Clips as CSV (opens cleanly in Excel: UTF-8 with a byte-order mark, CRLF, every cell quoted)
// and as Markdown for a briefing note. Pure: strings in, a string out.
import { spanOfDateText, yearOfMonth } from '../compare/inspection-dates';
import { frameworkName } from '../model/describe-finding';
import { isFileName, isViewerFileAddress, webAddress } from '../storage/addresses';
import type { Clip, StoredReport } from '../model/store-schemas';

export interface ClipRow {
  clip: Clip;
  report: StoredReport | null;
}

const CSV_COLUMNS = [
  'Authority',
  'Report',
  'Inspection year',
  'Framework',
  'Address',
  'Kind',
  'Quote',
  'Deadline group',
  'Note',
  'Tags',
  'Follow-up status',
  'Follow-up date',
  'Clipped on',
];

/** A cell Excel shows as text: quotes doubled, and a leading = + - @ disarmed so it is never a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

// Councillors read these in England: a clip's time in UK time, written as Excel reads a date and time.
const UK_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "2026-07-01 10:05" (UK time) for an ISO date-time; a bare yyyy-mm-dd stays as it is. Excel and
 * LibreOffice read both as dates in every locale, where "2026-07-01T09:05:00.000Z" stays text. */
export function spreadsheetDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const p = Object.fromEntries(UK_TIME.formatToParts(t).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** The year of the inspection a report is of, or (for a paper) the one it discusses; '' when unknown. */
function inspectionYear(report: StoredReport | null): string {
  const doc = report?.document;
  const span = spanOfDateText(doc?.inspectionDates ?? doc?.discusses?.date);
  return span ? String(yearOfMonth(span.to)) : '';
}

/** The deadline group ("within three months") of the recommendation the clip holds or sits in. */
function deadlineGroup(clip: Clip, report: StoredReport | null): string {
  const quote = oneLine(clip.anchor.quote);
  const rec = report?.recommendations.find(
    (r) => (r.start <= clip.anchor.start && clip.anchor.start < r.end) || oneLine(r.quote) === quote,
  );
  return rec?.deadline ?? '';
}

/** The clips as a CSV file's text: one row per clip, with the inspection (year and framework) of its
 * report and the deadline group of its recommendation, dates as spreadsheets read them. */
export function clipsToCsv(rows: ClipRow[]): string {
  const lines = rows.map(({ clip, report }) =>
    [
      clip.authority ?? report?.document.authority ?? '',
      report?.title ?? '',
      inspectionYear(report),
      frameworkName(report?.document.framework ?? report?.document.discusses?.framework) ?? '',
      report?.urls[0] ?? '',
      clip.kind,
      oneLine(clip.anchor.quote),
      deadlineGroup(clip, report),
      clip.note,
      clip.tags.join('; '),
      clip.status,
      clip.due ?? '',
      spreadsheetDate(clip.createdAt),
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
