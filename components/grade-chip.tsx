import { gradeLabel } from '../lib/model/describe-finding';

const CLASS_BY_RANK: Record<number, string> = { 1: 'outstanding', 2: 'good', 3: 'requires-improvement', 4: 'inadequate' };
const SHAPE_BY_RANK: Record<number, string> = { 1: '★', 2: '●', 3: '▲', 4: '✖' };

/** A grade as text with a colour and a shape, so colour is never the only cue. */
export function GradeChip({ grade, rank, framework }: { grade: string; rank: number | null; framework: string | null }) {
  const kind = rank ? CLASS_BY_RANK[rank] : 'other-grade';
  return (
    <span class={`grade-chip grade-${kind}`}>
      <span aria-hidden="true">{rank ? SHAPE_BY_RANK[rank] : '◆'} </span>
      {gradeLabel(grade, framework)}
    </span>
  );
}
