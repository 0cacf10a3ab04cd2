import type { LinkDecision } from '../lib/storage/schemas';
import type { LinkEnd, LinkView } from './model/link-model';

/** Stores the councillor's decision that `to` does (or does not) raise `from` again; null forgets it. */
export type Decide = (from: LinkEnd, to: LinkEnd, decision: LinkDecision['decision'] | null) => void;

const score = (s: number) => `match score ${s.toFixed(2)}`;
const keyOf = (e: LinkEnd) => `${e.sourceId}|${e.index}`;

/** Confirm or reject the suggested later wording, or undo a confirmation; the decision is stored and wins. */
function Decision({ link, onDecide }: { link: LinkView; onDecide: Decide }) {
  const to = link.to!;
  if (link.confirmed)
    return (
      <p class="decision">
        <strong>✓ Confirmed by you: the same recommendation</strong>{' '}
        <button
          type="button"
          class="link"
          onClick={() => onDecide(link.from, to, null)}
          aria-label={`Undo confirming the ${to.label} wording`}
        >
          Undo
        </button>
      </p>
    );
  const about = `the ${link.from.label} and ${to.label} recommendations`;
  return (
    <p class="decision">
      <button type="button" onClick={() => onDecide(link.from, to, 'confirmed')} aria-label={`Confirm: ${about} are the same`}>
        Same recommendation
      </button>{' '}
      <button type="button" onClick={() => onDecide(link.from, to, 'rejected')} aria-label={`Reject: ${about} differ`}>
        Not the same
      </button>
    </p>
  );
}

/** Later wordings the councillor rejected for this recommendation, each with Undo. */
function Rejected({ link, onDecide }: { link: LinkView; onDecide: Decide }) {
  if (link.rejected.length === 0) return null;
  return (
    <ul class="rejected">
      {link.rejected.map((r) => (
        <li key={keyOf(r)}>
          <small>
            ✗ Rejected by you ({r.label}): “{r.quote}”
          </small>{' '}
          <button
            type="button"
            class="link"
            onClick={() => onDecide(link.from, r, null)}
            aria-label={`Undo rejecting the ${r.label} wording`}
          >
            Undo
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The open inspection's recommendations that earlier inspections raised: when, earlier wording, source. */
export function RaisedBefore({ raised, total, onDecide }: { raised: Map<string, LinkView[]>; total: number; onDecide: Decide }) {
  return (
    <section aria-labelledby="raised-title">
      <h3 id="raised-title">
        Raised before ({raised.size} of {total})
      </h3>
      {raised.size === 0 ? <p>None of this inspection’s recommendations matches an earlier one.</p> : null}
      <ul class="recurring">
        {[...raised].map(([quote, chain]) => (
          <li key={quote}>
            <p>{quote}</p>
            <p>
              <strong>raised before: {[...new Set(chain.map((l) => l.from.label.replace(/^\D+/, '')))].sort().join(', ')}</strong>
            </p>
            <ul>
              {chain.map((l) => (
                <li key={keyOf(l.from)}>
                  <p>
                    {l.from.label}: “{l.from.quote}”
                    <br />
                    <small>
                      {l.from.source} · {l.confirmed ? 'confirmed' : score(l.score)}
                    </small>
                  </p>
                  <Decision link={l} onDecide={onDecide} />
                  <Rejected link={l} onDecide={onDecide} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Earlier recommendations that no later report repeats, each with its closest later wording and
 * score. Neutral on purpose: not repeated is not the same as dealt with. */
export function NotRepeated({ links, onDecide }: { links: LinkView[]; onDecide: Decide }) {
  return (
    <section aria-labelledby="not-repeated-title">
      <h3 id="not-repeated-title">Not repeated in later reports ({links.length})</h3>
      <p>
        Earlier recommendations with no matching recommendation in a later report. The closest later wording is shown so you can
        judge.
      </p>
      <ul class="not-repeated">
        {links.map((l) => (
          <li key={keyOf(l.from)}>
            <p>
              {l.from.label}: “{l.from.quote}”
              <br />
              <small>{l.from.source}</small>
            </p>
            {l.to ? (
              <>
                <p class="closest">
                  Closest later ({l.to.label}, {score(l.score)}): “{l.to.quote}”
                </p>
                <Decision link={l} onDecide={onDecide} />
              </>
            ) : (
              <p class="closest">No other later recommendation to compare with.</p>
            )}
            <Rejected link={l} onDecide={onDecide} />
          </li>
        ))}
      </ul>
    </section>
  );
}
