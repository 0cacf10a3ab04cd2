// Recurring recommendations as links from an earlier recommendation to a later one, with the matcher's
// score and the councillor's decision, which always wins: a rejected link is not shown as a repeat,
// a confirmed one is, whatever the score.
import type { CompareReport } from '../../lib/compare/history';
import { inspectionYearOf } from '../../lib/compare/history';
import { RECURRING_THRESHOLD } from '../../lib/compare/recurring';
import { similarity, wordsOf } from '../../lib/compare/similarity';
import { linkKey } from '../../lib/storage/link-decisions';
import type { LinkDecision } from '../../lib/storage/schemas';

export interface LinkEnd {
  reportId: string;
  /** the report's title: where the recommendation was made */
  source: string;
  /** the inspection by its dates, else its year */
  inspection: string;
  year: string | null;
  quote: string;
}

export interface LinkView {
  /** linkKey of the pair, or of the earlier recommendation alone when nothing later is close */
  key: string;
  from: LinkEnd;
  /** the closest later recommendation, or null when no later report has any */
  to: LinkEnd | null;
  score: number;
  /** the councillor's decision, or null while it is the matcher's suggestion */
  decision: LinkDecision['decision'] | null;
  /** shown as a repeat: confirmed, or suggested by the matcher and not rejected */
  linked: boolean;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Only recommendations that inspections and reviews make; never a committee's resolutions. */
const madeByInspection = (r: CompareReport['recommendations'][number]) => r.source !== 'committee';

function endOf(report: CompareReport, quote: string): LinkEnd {
  const year = inspectionYearOf(report);
  return {
    reportId: report.id,
    source: report.title,
    inspection: report.document.inspectionDates ?? year ?? 'undated',
    year,
    quote: oneLine(quote),
  };
}

/** A link in the stored decision's shape, for the store. */
export function decisionFor(authority: string, link: LinkView, decision: LinkDecision['decision']): LinkDecision {
  const end = ({ reportId, inspection, quote }: LinkEnd) => ({ reportId, inspection, quote });
  return { id: link.key, authority, from: end(link.from), to: end(link.to!), decision, decidedAt: new Date().toISOString() };
}

/**
 * For every recommendation of every report but the newest, its closest recommendation in any later
 * report, scored 0–1 by lib/compare's similarity, with the stored decision applied.
 * Reports are sorted by inspection year; cost is one similarity per (earlier, later) pair.
 */
export function recommendationLinks(authority: string, reports: CompareReport[], decisions: LinkDecision[]): LinkView[] {
  const byKey = new Map(decisions.map((d) => [d.id, d.decision]));
  const dated = [...reports].sort((a, b) => (inspectionYearOf(a) ?? '').localeCompare(inspectionYearOf(b) ?? ''));
  const recs = dated.map((r) => r.recommendations.filter(madeByInspection).map((x) => ({ x, words: wordsOf(x.quote) })));
  const links: LinkView[] = [];
  dated.forEach((report, i) => {
    const year = inspectionYearOf(report);
    const later = dated.flatMap((r, k) => (k > i && inspectionYearOf(r) !== year ? recs[k]!.map((c) => ({ r, c })) : []));
    if (later.length === 0) return;
    for (const { x, words } of recs[i]!) {
      const scored = later.map(({ r, c }) => ({ r, c, score: similarity(words, c.words) }));
      const confirmed = scored.find(({ c }) => byKey.get(linkKey(authority, x.quote, c.x.quote)) === 'confirmed');
      const best = confirmed ?? scored.reduce((a, b) => (b.score > a.score ? b : a));
      const key = linkKey(authority, x.quote, best.c.x.quote);
      const decision = byKey.get(key) ?? null;
      const linked = decision === 'confirmed' || (decision === null && best.score >= RECURRING_THRESHOLD);
      links.push({ key, from: endOf(report, x.quote), to: endOf(best.r, best.c.x.quote), score: best.score, decision, linked });
    }
  });
  return links;
}

/** For each recommendation of the open report (by its one-line words), the chain of earlier links
 * into it, newest first: 2023 ← 2018 ← 2016 gives both the 2018 and the 2016 wording. */
export function raisedBefore(links: LinkView[], openId: string): Map<string, LinkView[]> {
  const into = new Map<string, LinkView[]>();
  for (const link of links) {
    if (!link.linked || !link.to) continue;
    const at = `${link.to.reportId}|${link.to.quote}`;
    into.set(at, [...(into.get(at) ?? []), link]);
  }
  const out = new Map<string, LinkView[]>();
  for (const [at, direct] of into) {
    if (!at.startsWith(`${openId}|`)) continue;
    const chain: LinkView[] = [];
    const seen = new Set<string>();
    const queue = [...direct];
    while (queue.length > 0) {
      const link = queue.shift()!;
      if (seen.has(link.key)) continue;
      seen.add(link.key);
      chain.push(link);
      queue.push(...(into.get(`${link.from.reportId}|${link.from.quote}`) ?? []));
    }
    out.set(at.slice(openId.length + 1), chain);
  }
  return out;
}
