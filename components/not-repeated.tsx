import { useState } from 'preact/hooks';
import { Decision, Rejected, keyOf, score, type Decide } from './link-decision';
import type { LinkView } from './model/link-model';

/** Below this match score the nearest later wording shares next to nothing with the earlier one, so
 * it is not offered as "closest" (a councillor took 0.01 matches for the tool's suggestion). */
const NOTHING_CLOSE = 0.1;

/** One earlier inspection's recommendations that no later report repeats; listed when opened, so a
 * long history stays quick to show. */
function NotRepeatedGroup({ label, links, onDecide }: { label: string; links: LinkView[]; onDecide: Decide }) {
  const [open, setOpen] = useState(false);
  return (
    <li>
      <button type="button" class="disclosure" aria-expanded={open} onClick={() => setOpen(!open)}>
        {label}: {links.length} recommendation{links.length === 1 ? '' : 's'}
      </button>
      {open ? (
        <ul class="not-repeated">
          {links.map((l) => (
            <li key={keyOf(l.from)}>
              <p>
                “{l.from.quote}”
                <br />
                <small>{l.from.source}</small>
              </p>
              {l.to ? (
                <>
                  <p class="closest">
                    {l.score < NOTHING_CLOSE ? 'No later recommendation comes close; the nearest' : 'Closest later'} ({l.to.label}
                    , {score(l.score)}): “{l.to.quote}”
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
      ) : null}
    </li>
  );
}

/** Earlier recommendations that no later report repeats, by inspection, each with its closest later
 * wording and score. Neutral on purpose: not repeated is not the same as dealt with. */
export function NotRepeated({ links, onDecide }: { links: LinkView[]; onDecide: Decide }) {
  const groups = new Map<string, LinkView[]>();
  for (const l of links) groups.set(l.from.label, [...(groups.get(l.from.label) ?? []), l]);
  return (
    <section aria-labelledby="not-repeated-title">
      <h3 id="not-repeated-title">Not repeated in later reports ({links.length})</h3>
      <p>
        Earlier recommendations with no matching recommendation in a later report. The closest later wording is shown so you can
        judge.
      </p>
      <ul class="not-repeated-groups">
        {[...groups].reverse().map(([label, group]) => (
          <NotRepeatedGroup key={label} label={label} links={group} onDecide={onDecide} />
        ))}
      </ul>
    </section>
  );
}
