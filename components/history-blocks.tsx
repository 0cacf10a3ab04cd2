import { AreaChart } from './area-chart';
import { GradeChip } from './grade-chip';
import type { AreaBlock, InspectionColumn } from './model/history-model';

const ARROWS = { up: '↑', down: '↓', same: '→' } as const;

/** The inspections, newest first, each headed by the month its own dates end (else its publication month), the dates beneath. */
export function InspectionList({ columns }: { columns: InspectionColumn[] }) {
  return (
    <ol class="inspections" aria-label="Inspections, newest first, by the month inspected">
      {[...columns].reverse().map((c) => (
        <li key={c.key} class={c.visit ? 'visit' : undefined}>
          <strong>{c.label}</strong>
          {c.visit ? ` · ${c.visit.kind}, no grades` : c.framework ? ` · ${c.framework}` : ''}
          <br />
          {c.visit ? <VisitDetail visit={c.visit} /> : null}
          {c.dates ? <small>{c.dates}</small> : null}
          {c.reported ? <small>known only from a later document: {c.reportedBy.join('; ') || 'not named'}</small> : null}
        </li>
      ))}
    </ol>
  );
}

/** A visit's theme and its recommendations (areas for priority action and for improvement). */
function VisitDetail({ visit }: { visit: NonNullable<InspectionColumn['visit']> }) {
  const n = visit.recommendations.length;
  return (
    <>
      {visit.theme ? <small class="theme">Theme: {visit.theme}</small> : null}
      {n > 0 ? (
        <details class="visit-recommendations">
          <summary>
            {n} recommendation{n === 1 ? '' : 's'} from this visit
          </summary>
          <ol>
            {visit.recommendations.map((r, i) => (
              <li key={i}>{r.replace(/\s+/g, ' ').trim()}</li>
            ))}
          </ol>
        </details>
      ) : null}
    </>
  );
}

/** One block per area that reads down: a small chart, then its grades newest first, each with its
 * move from the previous grade shown in words, and who reported a quoted grade. */
export function HistoryBlocks({
  blocks,
  columns,
  level = 4,
}: {
  blocks: AreaBlock[];
  columns: InspectionColumn[];
  level?: 3 | 4;
}) {
  const Heading = level === 3 ? 'h3' : 'h4';
  // Visits grade nothing: the charts' time axis is the graded inspections'.
  const graded = columns.filter((c) => !c.visit);
  return (
    <div class="history-blocks">
      {blocks.map((block) => (
        <section key={block.key} class="area-block" data-row={block.key} aria-labelledby={`area-${block.key}`}>
          <Heading id={`area-${block.key}`}>{block.label}</Heading>
          {graded.length > 1 ? <AreaChart block={block} columns={graded} /> : null}
          <ol class="area-grades">
            {block.entries.map((e) => (
              <li key={e.column.key} data-move={e.moveKind ?? undefined}>
                {/* The dates are in the list of inspections above; here the label keeps each line short. */}
                <span class="when">{e.column.label}</span>
                <span class="what">
                  <GradeChip grade={e.grade} rank={e.rank} framework={e.column.framework} />
                  {e.move ? (
                    <span class={`move move-${e.moveKind}`}>
                      <span aria-hidden="true">{ARROWS[e.moveKind!]} </span>
                      {e.move}
                    </span>
                  ) : null}
                  {e.reportedBy ? <small class="reported">{e.reportedBy}</small> : null}
                  {e.disputed.map((d) => (
                    <small key={d} class="disputed">
                      Documents disagree: {d}
                    </small>
                  ))}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
