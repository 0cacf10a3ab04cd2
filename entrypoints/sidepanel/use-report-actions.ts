// What the panel does with the open report: save it (only as its page still shows it), clip one of its
// recommendations, open its authority's briefing, and the status line saying what the last one did.
import { useEffect, useState } from 'preact/hooks';
import { askPageSide } from '../../lib/messages/messaging';
import { newClip, reportFromPage } from '../../lib/storage/records';
import { authorityOfUrn } from '../../lib/model/authority-lineage';
import { openAuthorityBriefing } from './panel-actions';
import { stillShown, type ActivePage } from './use-active-page';
import type { StoreView } from './use-store';

/** The open report's state (saved; indices of its clipped recommendations; its authority, or null
 * when unknown) and actions, for "This report". `status` is the live region's text, or null. */
export function useReportActions({ tab, page, refresh }: ActivePage, { reports, clips, write }: StoreView) {
  const saved = page ? reports.has(page.reportId) : false;
  const pageClips = page ? clips.filter((c) => c.reportId === page.reportId) : [];
  const clipped = new Set(
    page
      ? page.recommendationAnchors.flatMap((a, i) =>
          pageClips.some((c) => c.anchor.start === a.start && c.anchor.quote === a.quote) ? [i] : [],
        )
      : [],
  );
  const showClipsInPage = (list = pageClips) =>
    tab && askPageSide(tab, 'clips/show', { clips: list.map((c) => ({ id: c.id, anchor: c.anchor })) }).catch(() => null);

  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => setStatus(null), [page?.reportId]); // a message about another report would mislead
  // Saved only as the page shows it now: findings the page has since replaced are never filed.
  const saveReport = async () => {
    const now = await stillShown(tab, page!);
    if (now) return write((s) => s.saveReport(reportFromPage(now)));
    refresh();
    setStatus('This page changed: check its findings below, then save again.');
    return null;
  };
  const save = () => void saveReport().then((r) => r && setStatus('Report saved. Its briefing can be printed now.'));
  const authority = authorityOfUrn(page?.findings?.document.authorityUrn ?? null);
  // The briefing reads the store, so the open report is saved first.
  const authorityBriefing = async () => (saved || (await saveReport())) && void openAuthorityBriefing(authority!.code);
  const clip = async (index: number) => {
    const report = reports.get(page!.reportId) ?? (await saveReport());
    if (!report) return;
    // Another panel may have clipped it a moment ago: the store then keeps the one clip.
    const made = await write((s) => s.clipRecommendation(newClip(report, 'recommendation', page!.recommendationAnchors[index]!)));
    await showClipsInPage([...pageClips.filter((c) => c.id !== made.clip.id), made.clip]);
    setStatus(
      made.added
        ? `Clipped recommendation ${index + 1}. It is in My clips.`
        : `Recommendation ${index + 1} was already clipped. It is in My clips.`,
    );
  };
  return { saved, clipped, status, authority, save, authorityBriefing, clip };
}
