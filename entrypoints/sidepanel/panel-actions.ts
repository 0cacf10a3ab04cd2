// What the panel's buttons do beyond the store: files to download, sources to open.
import { browser } from 'wxt/browser';
import { clipsToCsv, clipsToMarkdown } from '../../lib/export/clips-export';
import type { Clip, StoredReport } from '../../lib/storage/schemas';
import { viewerSearch } from '../viewer/viewer-address';

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

/** Opens a clip's source in a new tab, at the clip: a text fragment for pages, the viewer for PDFs. */
export async function openClipSource(clip: Clip, report: StoredReport | null): Promise<void> {
  const url = report?.urls[0];
  if (!url) return;
  if (report.fingerprint) {
    const viewer = `${browser.runtime.getURL('/viewer.html')}${viewerSearch(url, clip.id)}`;
    await browser.tabs.create({ url: viewer });
    return;
  }
  const words = clip.anchor.quote.replace(/\s+/g, ' ').trim().split(' ');
  const fragment = words.length > 8 ? `${words.slice(0, 4).join(' ')},${words.slice(-4).join(' ')}` : words.join(' ');
  const target = `${url.split('#')[0]}#:~:text=${fragment.split(',').map(encodeURIComponent).join(',')}`;
  await browser.tabs.create({ url: target });
}

export const openBriefing = (reportId: string) =>
  browser.tabs.create({ url: `${browser.runtime.getURL('/briefing.html')}?report=${encodeURIComponent(reportId)}` });

/** Opens the meeting briefing of an authority (by its DfE la code) in a new tab. */
export const openAuthorityBriefing = (code: string) =>
  browser.tabs.create({ url: `${browser.runtime.getURL('/briefing.html')}?authority=${encodeURIComponent(code)}` });
