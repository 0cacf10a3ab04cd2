import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { HistoryBlocks, InspectionList } from './history-blocks';
import type { CompareModel } from './model/compare-model';
import { NeighbourList } from './neighbour-list';
import { pairOf, type Decide } from './link-decision';
import { NotRepeated } from './not-repeated';
import { RaisedBefore } from './raised-before';
import { KindHistoryList } from './kind-history-list';
import { UnplacedGradeList } from './unplaced-grade-list';

interface Props {
  model: CompareModel;
  onDecide: Decide;
  onBriefing: () => void;
  /** where "Get <authority>'s earlier reports from Ofsted" goes */
  fetchHistory?: ComponentChildren;
  /** move focus to the heading (the comparison was just opened from Authorities) */
  focusTitle?: boolean;
}

/** Keeps keyboard focus through a decision: the decided pair's buttons are re-rendered (Same → Undo,
 * or moved to another list), so focus goes to that pair's new button, else to the section heading. */
function useDecisionFocus(model: CompareModel, onDecide: Decide) {
  const section = useRef<HTMLElement>(null);
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const pair = pending.current;
    if (!pair || !section.current) return;
    pending.current = null;
    const target = section.current.querySelector<HTMLElement>(`[data-pair="${CSS.escape(pair)}"]`);
    (target ?? section.current.querySelector<HTMLElement>('#compare-title'))?.focus();
  }, [model]);
  const decide: Decide = (from, to, decision) => ((pending.current = pairOf(from, to)), onDecide(from, to, decision));
  return { section, decide };
}

/** Which inspection's recommendations "Raised before" compares, and where a later one's are. */
function ComparedFrom({ open, later }: { open: string; later: string[] }) {
  const more =
    later.length === 1 ? `A later inspection is stored (${later[0]})` : `Later inspections are stored (${later.join(', ')})`;
  return (
    <p>
      {/* An undated reported inspection's label is already "previous inspection". */}
      Recommendations compared from the {/\binspection$/.test(open) ? open : `${open} inspection`}.
      {later.length
        ? ` ${more}: open ${later.length === 1 ? 'its report' : 'a later report'} to see which of its recommendations were raised before.`
        : null}
    </p>
  );
}

/** "Mar 2016: title" for a report of its own inspection; a paper or story keeps its own title first and says
 * which inspection it speaks of, so a 2022 story about the 2020 inspection is not read as dated 2020. */
export function storedReportLine(r: { label: string; title: string; about: boolean }): string {
  if (!r.about) return `${r.label}: ${r.title}`;
  const which = r.label === 'previous inspection' ? 'the previous inspection' : r.label === 'date not given' ? 'an undated inspection' : `the ${r.label} inspection`;
  return `${r.title} (about ${which})`;
}

/** The authority's history at a glance, reading down: what moved, every inspection newest first,
 * one block per area, what keeps coming back (with the councillor's decisions), and the neighbours. */
export function CompareView({ model, onDecide: decided, onBriefing, fetchHistory, focusTitle }: Props) {
  const c = model;
  const { section, decide: onDecide } = useDecisionFocus(model, decided);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => void (focusTitle && title.current?.focus()), [focusTitle, c.authority.code]);
  return (
    <section aria-labelledby="compare-title" class="compare" ref={section}>
      <h2 id="compare-title" tabIndex={-1} ref={title}>
        {c.authority.name}: inspections compared
      </h2>
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
              {storedReportLine(r)}
              {r.copiesNote ? ` (${r.copiesNote})` : ''}
            </li>
          ))}
        </ul>
      </details>
      {model.columns.length > 0 ? (
        <>
          <h3>Inspections, by the month inspected</h3>
          <InspectionList columns={model.columns} />
          <h3>Grades by area, newest first</h3>
          <p class="hint">Each move compares with the grade shown below it. Charts: better is higher; years spaced by time.</p>
          <HistoryBlocks blocks={model.blocks} columns={model.columns} />
        </>
      ) : null}
      <UnplacedGradeList grades={model.history.unplacedGrades} />
      <KindHistoryList histories={model.otherKinds} />
      {model.openInspection ? <ComparedFrom open={model.openInspection} later={model.laterInspections} /> : null}
      <RaisedBefore raised={model.raised} total={model.openRecommendations} onDecide={onDecide} />
      <NotRepeated links={model.notRepeated} onDecide={onDecide} />
      <NeighbourList neighbours={model.neighbours} authority={c.authority.name} />
    </section>
  );
}
