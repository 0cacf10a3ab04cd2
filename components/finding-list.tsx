import type { Findings } from '../lib/model/findings';
import type { PaintedFinding } from '../lib/page/paint';
import { firstMentions } from '../lib/model/first-mentions';
import { areaLabel } from '../lib/model/area-label';
import { GradeChip } from './grade-chip';
import { kindLabel, paintRank } from '../lib/model/kind-label';
import { ScaleLegend } from './scale-legend';
import { madeBy } from '../lib/model/describe-finding';

interface Props {
  findings: Findings;
  /** the findings that are painted, in document order; positions index this list */
  located: Pick<PaintedFinding, 'kind' | 'index'>[];
  onSelect: (position: number) => void;
  /** clip a recommendation (by index); omitted where clipping is not offered */
  onClip?: (index: number) => void;
  /** indexes of recommendations already clipped */
  clipped?: ReadonlySet<number>;
}

/** The judgement table and the recommendations of one report; every row moves to its highlight. */
export function FindingList({ findings, located, onSelect, onClip, clipped }: Props) {
  const positionOf = (kind: PaintedFinding['kind'], index: number) =>
    located.findIndex((l) => l.kind === kind && l.index === index);
  const firsts = firstMentions(findings.judgements, findings.document);
  const own = firsts.filter(({ j }) => !j.inspection);
  const earlier = firsts.filter(({ j }) => j.inspection);
  const row = ({ j, i, section }: (typeof own)[number]) => {
    const position = positionOf('judgement', i);
    const label = areaLabel(j, findings.document.framework, section);
    return (
      <tr key={i} data-area-key={j.areaKey} data-grade={j.grade}>
        <td>
          {/* An earlier inspection's row is named with its date: a screen reader's list of buttons
              would otherwise hold two "Overall effectiveness" with nothing to tell them apart. */}
          <button
            type="button"
            class="link"
            disabled={position < 0}
            aria-label={j.inspection ? `${label}, earlier inspection ${j.inspection}` : undefined}
            onClick={() => onSelect(position)}
          >
            {label}
          </button>
        </td>
        <td>
          <GradeChip grade={j.grade} rank={paintRank(j)} framework={findings.document.framework} />
        </td>
        {j.inspection ? <td>{j.inspection}</td> : null}
      </tr>
    );
  };
  return (
    <div class="finding-list">
      <p class="document-kind" data-kind={findings.document.kind ?? ''}>
        Document: <strong>{kindLabel(findings.document.kind)}</strong>
        {findings.document.previousInspection ? ` · previous inspection ${findings.document.previousInspection}` : null}
        {findings.document.writtenStatement ? ` · written statement of action ${findings.document.writtenStatement}` : null}
        {findings.document.theme ? ` · theme: ${findings.document.theme}` : null}
      </p>
      <h2>Judgements ({own.length})</h2>
      {own.length === 0 ? (
        <p>No judgements of this inspection found.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Grade</th>
            </tr>
          </thead>
          <tbody>{own.map(row)}</tbody>
        </table>
      )}
      {earlier.length > 0 ? (
        <>
          <h3>Earlier inspections quoted here ({earlier.length})</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Grade</th>
                <th scope="col">Inspection</th>
              </tr>
            </thead>
            <tbody>{earlier.map(row)}</tbody>
          </table>
        </>
      ) : null}
      <ScaleLegend judgements={firsts.map(({ j }) => j)} />
      <h2>Recommendations ({findings.recommendations.length})</h2>
      <ol class="recommendations">
        {findings.recommendations.map((r, i) => {
          const position = positionOf('recommendation', i);
          const tags = [
            madeBy(r),
            r.group === 'priority action'
              ? 'Area for priority action'
              : r.group === 'improvement'
                ? 'Area for improvement'
                : null,
            r.responsibleBody ? `Responsible body: ${r.responsibleBody}` : null,
            r.section === 'lscb' ? 'Safeguarding board' : null,
            r.deadline,
          ].filter(Boolean);
          return (
            <li key={i}>
              {tags.length > 0 ? (
                <>
                  <span class="tag">{tags.join(' · ')}</span>
                  {/* Copied or read aloud, the badge ends before the recommendation begins. */}
                  <span class="visually-hidden">: </span>
                </>
              ) : null}
              <button type="button" class="link quote" disabled={position < 0} onClick={() => onSelect(position)}>
                {r.quote.replace(/\s+/g, ' ').trim()}
              </button>
              {onClip ? (
                // Not `disabled` once clipped: a disabled button would drop the keyboard focus to the page.
                <button
                  type="button"
                  class="clip"
                  aria-disabled={clipped?.has(i) ? 'true' : undefined}
                  aria-label={clipped?.has(i) ? `Recommendation ${i + 1} clipped` : `Clip recommendation ${i + 1}`}
                  onClick={() => !clipped?.has(i) && onClip(i)}
                >
                  {clipped?.has(i) ? 'Clipped' : 'Clip'}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
