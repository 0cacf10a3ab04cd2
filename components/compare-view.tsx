import type { ComponentChildren } from 'preact';
import { HistoryBlocks, InspectionList } from './history-blocks';
import type { CompareModel } from './model/compare-model';
import { NeighbourList } from './neighbour-list';
import type { Decide } from './link-decision';
import { NotRepeated } from './not-repeated';
import { RaisedBefore } from './raised-before';

interface Props {
  model: CompareModel;
  onDecide: Decide;
  onBriefing: () => void;
  /** where "Get <authority>'s earlier reports from Ofsted" goes */
  fetchHistory?: ComponentChildren;
}

/** The authority's history at a glance, reading down: what moved, every inspection newest first,
 * one block per area, what keeps coming back (with the councillor's decisions), and the neighbours. */
export function CompareView({ model, onDecide, onBriefing, fetchHistory }: Props) {
  const c = model;
  return (
    <section aria-labelledby="compare-title" class="compare">
      <h2 id="compare-title">{c.authority.name}: inspections compared</h2>
      <p class="summary">{c.summary ?? 'Save or add an earlier report of this authority to see what moved.'}</p>
      <button type="button" onClick={onBriefing}>
        Meeting briefing for {c.authority.name}
      </button>
      {fetchHistory ? <div class="fetch-history">{fetchHistory}</div> : null}
      <details class="compared-reports">
        <summary>
          {c.reports.length} stored report{c.reports.length === 1 ? '' : 's'} compared
        </summary>
        <ul>
          {c.reports.map((r) => (
            <li key={r.id}>
              {r.label}: {r.title}
            </li>
          ))}
        </ul>
      </details>
      {model.columns.length > 0 ? (
        <>
          <h3>Inspections</h3>
          <InspectionList columns={model.columns} />
          <h3>Grades by area, newest first</h3>
          <p class="hint">Each move compares with the grade shown below it. Charts: better is higher; years spaced by time.</p>
          <HistoryBlocks blocks={model.blocks} columns={model.columns} />
        </>
      ) : null}
      {model.openInspection ? <p>Recommendations compared from the {model.openInspection} inspection.</p> : null}
      <RaisedBefore raised={model.raised} total={model.openRecommendations} onDecide={onDecide} />
      <NotRepeated links={model.notRepeated} onDecide={onDecide} />
      <NeighbourList neighbours={model.neighbours} authority={c.authority.name} />
    </section>
  );
}
