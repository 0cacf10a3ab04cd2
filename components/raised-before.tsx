import { Decision, Rejected, keyOf, score, type Decide } from './link-decision';
import type { LinkView } from './model/link-model';

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
