import type { JudgementMention } from '../lib/model/findings';
import { scaleLegendsOf } from '../lib/model/scale-legend';

/** The whole of each scale the judgements use that is not the four-point grade (an area SEND
 * outcome, a school report card, a youth justice or CQC rating), in its own words, best first. */
export function ScaleLegend({ judgements }: { judgements: ReadonlyArray<Pick<JudgementMention, 'areaKey' | 'grade'>> }) {
  const legends = scaleLegendsOf(judgements);
  if (legends.length === 0) return null;
  return (
    <>
      {legends.map((l) => (
        <section key={l.name} class="scale-legend" aria-label={`${l.name} scale`}>
          <h3>{l.name}: the scale, best first</h3>
          <ol>
            {l.levels.map((level) => (
              <li key={level}>{level}</li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
