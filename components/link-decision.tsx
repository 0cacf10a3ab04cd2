import type { LinkDecision } from '../lib/model/store-schemas';
import type { LinkEnd, LinkView } from './model/link-model';

/** Stores the councillor's decision that `to` does (or does not) raise `from` again; null forgets it. */
export type Decide = (from: LinkEnd, to: LinkEnd, decision: LinkDecision['decision'] | null) => void;

export const score = (s: number) => `match score ${s.toFixed(2)}`;
export const keyOf = (e: LinkEnd) => `${e.sourceId}|${e.index}`;
/** Marks the buttons of one pair, so focus can return to the pair's re-rendered button after a decision. */
export const pairOf = (from: LinkEnd, to: LinkEnd) => `${keyOf(from)}>${keyOf(to)}`;

/** One end of a pair as a screen reader hears it: "the 2019 recommendation 4 (“Improve the timeliness of…”)".
 * Several pairs share the same two inspections, so the number and first words tell the pairs apart. */
function named(e: LinkEnd): string {
  const words = e.quote.trim().split(/\s+/);
  const start = words.slice(0, 5).join(' ') + (words.length > 5 ? '…' : '');
  return `the ${e.label} recommendation ${e.index + 1} (“${start}”)`;
}

/** Confirm or reject the suggested later wording, or undo a confirmation; the decision is stored and wins. */
export function Decision({ link, onDecide }: { link: LinkView; onDecide: Decide }) {
  const to = link.to!;
  if (link.confirmed)
    return (
      <p class="decision">
        <strong>✓ Confirmed by you: the same recommendation</strong>{' '}
        <button
          type="button"
          class="link"
          data-pair={pairOf(link.from, to)}
          onClick={() => onDecide(link.from, to, null)}
          aria-label={`Undo confirming the ${to.label} wording`}
        >
          Undo
        </button>
      </p>
    );
  const about = `${named(link.from)} and ${named(to)}`;
  return (
    <p class="decision">
      <button
        type="button"
        data-pair={pairOf(link.from, to)}
        onClick={() => onDecide(link.from, to, 'confirmed')}
        aria-label={`Same recommendation: ${about} are the same`}
      >
        Same recommendation
      </button>{' '}
      <button
        type="button"
        data-pair={pairOf(link.from, to)}
        onClick={() => onDecide(link.from, to, 'rejected')}
        aria-label={`Not the same: ${about} differ`}
      >
        Not the same
      </button>
    </p>
  );
}

/** Later wordings the councillor rejected for this recommendation, each with Undo. */
export function Rejected({ link, onDecide }: { link: LinkView; onDecide: Decide }) {
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
            data-pair={pairOf(link.from, r)}
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
