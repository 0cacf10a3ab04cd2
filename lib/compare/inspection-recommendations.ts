// Recommendations dated by the inspection that made them. A report's own go to its inspection; a
// paper's go to the inspection it discusses, except those it quotes from an inspection already in
// the history (a 2016 paper restating the 2012 recommendations): those stay with 2012, once.
// Committee resolutions never enter.
import { familyOf, FAMILIES } from './framework-family';
import { findEvent, orderOf } from './inspection-events';
import type { FrameworkFamily, InspectionEvent, MonthSpan, SourceDocument } from './inspection-types';
import { joinSpans, spanOfDateText } from './inspection-dates';
import { ownSpanOf } from './source-claims';

const words = new Map<string, Set<string>>();

/** The words of a wording, remembered: the panel rebuilds a history from the same wordings. */
function wordSet(s: string): Set<string> {
  let set = words.get(s);
  if (!set) {
    if (words.size >= 5000) words.clear();
    set = new Set(
      s
        .toLowerCase()
        .replace(/[’']/g, '')
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 2),
    );
    words.set(s, set);
  }
  return set;
}

/** Two wordings of one recommendation (a quote with its case, bullets or a clause changed): at
 * least 80 % of the words of the shorter are in the longer. */
export function isSameWording(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size) >= 0.8;
}

/** The inspection a paper's recommendations belong to: the one it discusses, else its own dates
 * and framework, else the only inspection of its framework. */
function targetOf(doc: SourceDocument, events: InspectionEvent[]): InspectionEvent | null {
  const d = (doc.document as { discusses?: { framework?: unknown; inspectionDates?: unknown; date?: unknown } | null }).discusses;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const family = familyOf(text(d?.framework) ?? doc.document.framework);
  const when: MonthSpan | null = d
    ? joinSpans(spanOfDateText(text(d.inspectionDates)), spanOfDateText(text(d.date)))
    : ownSpanOf(doc);
  const families: FrameworkFamily[] = family ? [family] : FAMILIES;
  return findEvent(events, { families, when, previous: false, before: null });
}

/** Fills each event's `recommendations`; returns the documents whose recommendations had no place. */
export function attachRecommendations(
  events: InspectionEvent[],
  docs: SourceDocument[],
  primaries: Map<string, InspectionEvent>,
): Array<{ sourceId: string; reason: string }> {
  const seen: Array<Set<string>> = [];
  const add = (event: InspectionEvent, doc: SourceDocument, reportedBy: string | null) =>
    doc.recommendations.forEach((r, index) => {
      if (r.source === 'committee') return;
      const words = wordSet(r.quote);
      // A paper's copy of a recommendation already placed is that one; a report's own are all its own.
      if (reportedBy !== null && seen.some((w) => isSameWording(w, words))) return;
      seen.push(words);
      event.recommendations.push({ quote: r.quote, source: r.source, sourceId: doc.id, index, reportedBy });
    });
  for (const [id, event] of primaries)
    add(
      event,
      docs.find((d) => d.id === id)!,
      null,
    );
  const others = docs
    .filter((d) => !primaries.has(d.id) && d.recommendations.some((r) => r.source !== 'committee'))
    .map((doc) => ({ doc, event: targetOf(doc, events) }));
  others.sort((a, b) => (a.event ? orderOf(a.event) : Infinity) - (b.event ? orderOf(b.event) : Infinity));
  const unplaced: Array<{ sourceId: string; reason: string }> = [];
  for (const { doc, event } of others) {
    if (event) add(event, doc, doc.title);
    else unplaced.push({ sourceId: doc.id, reason: 'its recommendations name no inspection in this history' });
  }
  return unplaced;
}
