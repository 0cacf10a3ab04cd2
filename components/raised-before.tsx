import { useState } from 'preact/hooks';
import { Decision, Rejected, keyOf, score, type Decide } from './link-decision';
import type { LinkView } from './model/link-model';

function EarlierWording({ link, onDecide }: { link: LinkView; onDecide: Decide }) {
  return (
    <li>
      <p>
        {link.from.label}: “{link.from.quote}”
        <br />
        <small>
          {link.from.source} · {link.confirmed ? 'confirmed' : score(link.score)}
        </small>
      </p>
      <Decision link={link} onDecide={onDecide} />
      <Rejected link={link} onDecide={onDecide} />
    </li>
  );
}

/** One recommendation and the earlier wordings it repeats: the nearest shown, the older ones listed
 * when asked for, so a long history stays quick to show. */
function Repeated({ quote, chain, onDecide }: { quote: string; chain: LinkView[]; onDecide: Decide }) {
  const [more, setMore] = useState(false);
  const years = [...new Set(chain.map((l) => l.from.label.replace(/^\D+/, '')))].sort();
  const shown = more ? chain : chain.slice(0, 1);
  return (
    <li>
      <p>{quote}</p>
      <p>
        <strong>raised before: {years.join(', ')}</strong>
      </p>
      <ul>
        {shown.map((l) => (
          <EarlierWording key={keyOf(l.from)} link={l} onDecide={onDecide} />
        ))}
      </ul>
      {chain.length > 1 ? (
        <button type="button" class="disclosure" aria-expanded={more} onClick={() => setMore(!more)}>
          {chain.length - 1} older wording{chain.length === 2 ? '' : 's'}
        </button>
      ) : null}
    </li>
  );
}

/** The open inspection's recommendations that earlier inspections raised: when, earlier wording, source. */
export function RaisedBefore({ raised, total, onDecide }: { raised: Map<string, LinkView[]>; total: number; onDecide: Decide }) {
  return (
    <section aria-labelledby="raised-title">
      <h3 id="raised-title">{total === 0 ? 'Raised before' : `Raised before (${raised.size} of ${total})`}</h3>
      {total === 0 ? (
        // no report in front, or a paper with no inspection recommendations: nothing to compare yet
        <p>
          There are no inspection recommendations open here. Open one of this authority’s inspection reports to see which of its
          recommendations were raised before.
        </p>
      ) : raised.size === 0 ? (
        <p>None of this inspection’s recommendations matches an earlier one.</p>
      ) : null}
      <ul class="recurring">
        {[...raised].map(([quote, chain]) => (
          <Repeated key={quote} quote={quote} chain={chain} onDecide={onDecide} />
        ))}
      </ul>
    </section>
  );
}
