import type { AreaBlock, InspectionColumn } from './model/history-model';

const SCALE = ['Outstanding', 'Good', 'RI / adequate', 'Inadequate'];
const SHAPE_BY_RANK: Record<number, string> = { 1: '★', 2: '●', 3: '▲', 4: '✖' };

const W = 320;
const H = 92;
const LEFT = 84;
const RIGHT = 14;
const y = (rank: number) => 10 + (rank - 1) * 18;

/** A year label under each inspection, at its place in time; one that would touch the previous
 * label is left out (the list beside the chart names every inspection). */
function ticks(columns: InspectionColumn[], x: (t: number) => number): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (const c of columns) {
    const year = String(Math.floor(c.time));
    const at = x(c.time);
    const last = out.at(-1);
    if (!last || (last[1] !== year && at - last[0] >= 30)) out.push([at, year]);
  }
  return out;
}

/** One area's grades over time, as a small chart: years spaced by time, the grade scale in words,
 * better higher. `columns` are every inspection, so all the area charts share one time axis.
 * The list of grades beside it says the same in text. */
export function AreaChart({ block, columns }: { block: AreaBlock; columns: InspectionColumn[] }) {
  const times = columns.map((c) => c.time);
  const [t0, t1] = [Math.min(...times) - 0.6, Math.max(...times) + 0.6];
  const x = (t: number) => LEFT + ((t - t0) / (t1 - t0 || 1)) * (W - LEFT - RIGHT);
  const points = [...block.entries].reverse().flatMap((e) => (e.rank ? [{ e, px: x(e.column.time), py: y(e.rank) }] : []));
  const said = points.map((p) => `${p.e.grade} (${p.e.column.label})`).join(', then ');
  return (
    <svg class="area-chart" role="img" aria-label={`${block.label} over time: ${said}.`} viewBox={`0 0 ${W} ${H}`} width="100%">
      {SCALE.map((label, i) => (
        <g key={label}>
          <line x1={LEFT} x2={W - RIGHT} y1={y(i + 1)} y2={y(i + 1)} stroke="#b1b4b6" stroke-width={1} />
          <text x={LEFT - 4} y={y(i + 1) + 3.5} font-size="10" text-anchor="end" fill="#0b0c0c">
            {label}
          </text>
        </g>
      ))}
      {ticks(columns, x).map(([at, year]) => (
        <text key={year} x={at} y={H - 6} font-size="10" text-anchor="middle" fill="#0b0c0c">
          {year}
        </text>
      ))}
      <polyline points={points.map((p) => `${p.px},${p.py}`).join(' ')} fill="none" stroke="#1d70b8" stroke-width={2} />
      {points.map((p) => (
        <g key={p.e.column.key}>
          <circle
            cx={p.px}
            cy={p.py}
            r={7}
            fill="#fff"
            stroke={p.e.reportedBy ? '#505a5f' : '#1d70b8'}
            stroke-width={2}
            stroke-dasharray={p.e.reportedBy ? '3 2' : undefined}
          />
          <text x={p.px} y={p.py + 3.5} font-size="9" text-anchor="middle" fill="#0b0c0c">
            {SHAPE_BY_RANK[p.e.rank!]}
          </text>
        </g>
      ))}
    </svg>
  );
}
