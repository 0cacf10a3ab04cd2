import type { LinkDecision } from '../lib/storage/schemas';
import type { LinkView } from './model/link-model';

type Decide = (link: LinkView, decision: LinkDecision['decision'] | null) => void;

const score = (s: number) => `match score ${s.toFixed(2)}`;

/** Confirm or reject a suggested link, or undo the decision; the decision is stored and wins. */
function Decision({ link, onDecide }: { link: LinkView; onDecide: Decide }) {
  if (link.decision)
    return (
      <p class="decision">
        <strong>
          {link.decision === 'confirmed' ? '✓ Confirmed by you: the same recommendation' : '✗ Rejected by you: not the same'}
        </strong>{' '}
        <button type="button" class="link" onClick={() => onDecide(link, null)}>
          Undo
        </button>
      </p>
    );
  const about = `${link.from.year ?? 'earlier'} and ${link.to!.year ?? 'later'} recommendations`;
  return (
    <p class="decision">
      <button type="button" onClick={() => onDecide(link, 'confirmed')} aria-label={`Confirm: the ${about} are the same`}>
        Same recommendation
      </button>{' '}
      <button type="button" onClick={() => onDecide(link, 'rejected')} aria-label={`Reject: the ${about} differ`}>
        Not the same
      </button>
    </p>
  );
}

/** The open report's recommendations that earlier inspections raised: years, earlier wording, source. */
export function RaisedBefore({ raised, total, onDecide }: { raised: Map<string, LinkView[]>; total: number; onDecide: Decide }) {
  return (
    <section aria-labelledby="raised-title">
      <h3 id="raised-title">
        Raised before ({raised.size} of {total})
      </h3>
      {raised.size === 0 ? <p>None of this report’s recommendations matches an earlier one.</p> : null}
      <ul class="recurring">
        {[...raised].map(([quote, chain]) => (
          <li key={quote}>
            <p>{quote}</p>
            <p>
              <strong>raised before: {[...new Set(chain.map((l) => l.from.year ?? 'undated'))].sort().join(', ')}</strong>
            </p>
            <ul>
              {chain.map((l) => (
                <li key={l.key}>
                  <p>
                    {l.from.year}: “{l.from.quote}”
                    <br />
                    <small>
                      {l.from.source} ({l.from.inspection}) · {l.decision === 'confirmed' ? 'confirmed' : score(l.score)}
                    </small>
                  </p>
                  <Decision link={l} onDecide={onDecide} />
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
          <li key={l.key}>
            <p>
              {l.from.year ?? 'undated'}: “{l.from.quote}”
              <br />
              <small>{l.from.source}</small>
            </p>
            {l.to ? (
              <>
                <p class="closest">
                  Closest later ({l.to.year}, {score(l.score)}): “{l.to.quote}”
                </p>
                <Decision link={l} onDecide={onDecide} />
              </>
            ) : (
              <p class="closest">No later recommendation to compare with.</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
