// What the panel's buttons do beyond the store: files to download, sources to open.
import { count } from '../../lib/model/count-words';
import { browser } from 'wxt/browser';
import { clipsToCsv, clipsToMarkdown } from '../../lib/export/clips-export';
import { isFileName, isViewerFileAddress, webAddress } from '../../lib/storage/addresses';
import type { ImportResult } from '../../lib/storage/backup';
import { describeLeftOut, type LeftOutRow } from '../../lib/storage/backup-rows';
import type { Clip, StoredReport } from '../../lib/model/store-schemas';
import { reopenSearch, viewerSearch } from '../../lib/viewer/viewer-address';
import { askPageSide } from '../../lib/messages/messaging';

/** Saves `text` as a file through an ordinary download link: no permission, nothing leaves the machine. */
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

export function downloadClips(kind: 'csv' | 'md', clips: Clip[], reports: ReadonlyMap<string, StoredReport>): void {
  const rows = clips.map((clip) => ({ clip, report: reports.get(clip.reportId) ?? null }));
  if (kind === 'csv') downloadText(`inspection-lens-clips-${stamp()}.csv`, 'text/csv;charset=utf-8', clipsToCsv(rows));
  else downloadText(`inspection-lens-clips-${stamp()}.md`, 'text/markdown;charset=utf-8', clipsToMarkdown(rows));
}

/** What "Back up everything" did, for the status line: the download has started (the browser
 * saves it), under which name, holding what. */
export function describeBackup(fileName: string, backup: { reports: unknown[]; clips: unknown[] }): string {
  return `Backup started: ${fileName} (${count(backup.reports.length, 'report')} and ${count(backup.clips.length, 'clip')}) is downloading. Your browser shows it with your downloads.`;
}

/** What a restore did, in one or two sentences for the user, with the backup's rows left out by name. */
export function describeRestore(r: ImportResult, leftOut: readonly LeftOutRow[] = []): string {
  const done = `Restored: ${count(r.reportsAdded, 'report')} and ${count(r.clipsAdded, 'clip')} added, ${count(r.clipsUpdated, 'clip')} updated.`;
  const drafts = r.draftsAdded ? ` ${r.draftsAdded} unsaved clip edits were added to My clips.` : '';
  const decisions = r.decisionsRestored ? ` ${r.decisionsRestored} link decisions restored.` : '';
  const kept = r.unreadableKept
    ? ` ${r.unreadableKept} rows in the backup could not be read; they were stored as they are, are not shown, and stay in every backup.`
    : '';
  const skipped = r.unreadableSkipped
    ? ` ${r.unreadableSkipped} unreadable rows in the backup were not restored (a row with the same id is here, or this version has no place for them); the backup file still holds them.`
    : '';
  const alone = r.clipsWithoutReport
    ? ` ${r.clipsWithoutReport === 1 ? '1 clip has' : `${r.clipsWithoutReport} clips have`} no saved report (it is in neither the backup nor Inspection Lens): My clips shows ${r.clipsWithoutReport === 1 ? 'its' : 'their'} quote and note, and opens ${r.clipsWithoutReport === 1 ? 'its page only when it' : 'a page only when the clip'} came from a web page.`
    : '';
  const left = leftOut.length ? ` ${describeLeftOut(leftOut)} Everything already saved here is kept.` : '';
  return done + alone + drafts + decisions + kept + skipped + left;
}

/** A viewer tab that shows the report `reportId` now (asked, not read from its address: the viewer
 * can open another file in the same tab), or null. A tab that does not answer is passed over. */
async function viewerShowing(reportId: string): Promise<{ id: number; windowId?: number; url?: string } | null> {
  const root = `${browser.runtime.getURL('/')}viewer.html`;
  const tabs = (await browser.tabs.query({})).filter((t) => t.id !== undefined && t.url?.startsWith(root));
  for (const tab of tabs) {
    const shown = await askPageSide(tab, 'page/report', {}).catch(() => null);
    if (shown && !shown.reading && shown.reportId === reportId) return { id: tab.id!, windowId: tab.windowId, url: tab.url };
  }
  return null;
}

/** Brings a viewer tab to the front and moves it to the clip; false when the tab did not take it. */
async function showInViewer(tab: { id: number; windowId?: number; url?: string }, clipId: string): Promise<boolean> {
  try {
    await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => {});
    await askPageSide(tab, 'clips/focus', { id: clipId });
    return true;
  } catch {
    return false;
  }
}

/** Opens a clip's source at the clip: a text fragment for pages, the viewer for PDFs (the viewer
 * tab already showing that report when there is one, else a new tab). Only a web address is ever
 * opened: a local file's identity (or anything a backup slipped in) is not. */
export async function openClipSource(clip: Clip, report: StoredReport | null): Promise<void> {
  const address = report?.urls[0] ?? '';
  if (report?.fingerprint) {
    const open = await viewerShowing(report.id);
    if (open && (await showInViewer(open, clip.id))) return;
  }
  // A file from this computer: the viewer asks for it again through "Open a PDF…", then goes to the clip.
  if (report && (isFileName(address) || isViewerFileAddress(address))) {
    const name = isFileName(address) ? address.slice('file:'.length) : report.title;
    await browser.tabs.create({ url: `${browser.runtime.getURL('/viewer.html')}${reopenSearch(name, clip.id)}` });
    return;
  }
  // A web page's clip whose report is not saved (removed, or restored without it) opens its page.
  const url = webAddress(address) ?? (report ? null : webAddress(clip.reportId));
  if (!url) return;
  if (!report) return void (await browser.tabs.create({ url: pageAtClip(url, clip) }));
  if (report.fingerprint) {
    const viewer = `${browser.runtime.getURL('/viewer.html')}${viewerSearch(url, clip.id)}`;
    await browser.tabs.create({ url: viewer });
    return;
  }
  await browser.tabs.create({ url: pageAtClip(url, clip) });
}

/** A web page's address with a text fragment at the clip's first and last four words. */
function pageAtClip(url: string, clip: Clip): string {
  const words = clip.anchor.quote.replace(/\s+/g, ' ').trim().split(' ');
  const fragment = words.length > 8 ? `${words.slice(0, 4).join(' ')},${words.slice(-4).join(' ')}` : words.join(' ');
  return `${url.split('#')[0]}#:~:text=${fragment.split(',').map(encodeURIComponent).join(',')}`;
}

export const openBriefing = (reportId: string) =>
  browser.tabs.create({ url: `${browser.runtime.getURL('/briefing.html')}?report=${encodeURIComponent(reportId)}` });

/** Opens the meeting briefing of an authority (by its DfE la code) in a new tab. */
export const openAuthorityBriefing = (code: string) =>
  browser.tabs.create({ url: `${browser.runtime.getURL('/briefing.html')}?authority=${encodeURIComponent(code)}` });
