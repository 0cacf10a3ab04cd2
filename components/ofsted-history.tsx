import { useState } from 'preact/hooks';
import { AnyReply } from '../lib/messages/contracts';
import { sendToBackground } from '../lib/messages/messaging';
import { SavedFiles } from '../lib/messages/ofsted-contracts';
import type { Authority } from '../lib/model/authorities';
import type { Publication } from '../lib/ofsted/publications';
import { loadProviderPages, type ListedPublication } from './ofsted-provider';
import { QueueProgress } from './queue-progress';
import { useOfstedQueue } from './use-ofsted-queue';
import { ukDate } from '../lib/model/uk-date';

interface Listing {
  publications: ListedPublication[];
  problems: string[];
  saved: Set<string>;
}

const describe = (p: Publication) => `${p.kind}, ${p.date ? ukDate(p.date) : 'undated'}`;

/**
 * "Get Dudley's earlier reports from Ofsted": loads the authority's provider pages on Ofsted's
 * report site (its own and its predecessors'), lists the reports, and queues the chosen ones in the
 * background. Nothing is requested before the click.
 */
export function OfstedHistory({ authority }: { authority: Authority }) {
  const [listing, setListing] = useState<Listing | null>(null);
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const queue = useOfstedQueue();
  const titleId = `ofsted-history-title-${authority.code}`;

  async function load() {
    setBusy(true);
    try {
      const { publications, problems } = await loadProviderPages(authority);
      const urls = publications.map((p) => p.fileUrl);
      const saved = new Set(
        urls.length ? (await sendToBackground({ type: 'ofsted/saved', fileUrls: urls }, SavedFiles)).saved : [],
      );
      setListing({ publications, problems, saved });
      setChosen(new Set(publications.filter((p) => p.kind !== 'other' && !saved.has(p.fileUrl)).map((p) => p.fileUrl)));
    } finally {
      setBusy(false);
    }
  }
  function add() {
    const items = listing!.publications
      .filter((p) => chosen.has(p.fileUrl))
      .map((p) => ({ fileUrl: p.fileUrl, kind: p.kind, date: p.date, authority: p.authority }));
    void sendToBackground({ type: 'ofsted/enqueue', items }, AnyReply);
  }
  const toggle = (url: string, on: boolean) =>
    setChosen((c) => (on ? new Set(c).add(url) : new Set([...c].filter((u) => u !== url))));

  return (
    // One region per authority on the Authorities tab: the id and the name carry the authority, so
    // each landmark is unique (axe "landmark-unique") and a screen reader's list tells them apart.
    <section aria-labelledby={titleId} class="ofsted-history">
      <h3 id={titleId}>Earlier reports from Ofsted for {authority.name}</h3>
      <p>
        Reads Ofsted’s public report pages for {authority.name} (reports.ofsted.gov.uk) and its report files, only when you ask.
      </p>
      <button type="button" disabled={busy} onClick={() => void load()}>
        Get {authority.name}’s earlier reports from Ofsted
      </button>
      {busy ? <p role="status">Loading Ofsted’s pages…</p> : null}
      {listing ? (
        <>
          {listing.problems.map((p) => (
            <p key={p} class="error" role="alert">
              {p}
            </p>
          ))}
          {/* After a failed fetch there is nothing to choose: the message alone. */}
          {listing.publications.length > 0 ? (
            <>
              <fieldset>
                <legend>
                  {listing.publications.length} reports listed, {listing.saved.size} already saved
                </legend>
                {listing.publications.map((p) => (
                  <label key={p.fileUrl} class="ofsted-choice">
                    <input
                      type="checkbox"
                      checked={chosen.has(p.fileUrl)}
                      onChange={(e) => toggle(p.fileUrl, e.currentTarget.checked)}
                    />{' '}
                    {p.authority}: {describe(p)}
                    {listing.saved.has(p.fileUrl) ? ' (saved)' : ''}
                  </label>
                ))}
              </fieldset>
              <button type="button" disabled={chosen.size === 0} onClick={add}>
                Add {chosen.size} chosen report{chosen.size === 1 ? '' : 's'}
              </button>
            </>
          ) : listing.problems.length === 0 ? (
            <p>Ofsted lists no reports for {authority.name}.</p>
          ) : null}
        </>
      ) : null}
      {queue ? <QueueProgress queue={queue} onCancel={() => void sendToBackground({ type: 'ofsted/cancel' }, AnyReply)} /> : null}
    </section>
  );
}
