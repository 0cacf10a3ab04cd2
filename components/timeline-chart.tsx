import type { History } from '../lib/compare/history';

const RANKS = ['Outstanding', 'Good', 'Adequate / RI', 'Inadequate'];
const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;
const COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#6f72af', '#b58840', '#5694ca', '#912b88', '#505a5f'];

function marker(shape: (typeof SHAPES)[number], x: number, y: number, colour: string) {
  if (shape === 'circle') return <circle cx={x} cy={y} r={5} fill={colour} />;
  if (shape === 'square') return <rect x={x - 5} y={y - 5} width={10} height={10} fill={colour} />;
  if (shape === 'diamond') return <polygon points={`${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}`} fill={colour} />;
  return <polygon points={`${x},${y - 6} ${x + 6},${y + 5} ${x - 6},${y + 5}`} fill={colour} />;
}

/** Grades by area over time as lines. Each area has its own marker shape as well as a colour; the
 * history table above holds the same grades as text. */
export function TimelineChart({ history }: { history: History }) {
  const width = 360;
  const height = 170;
  const left = 90;
  const x = (i: number) => left + (history.years.length < 2 ? 0 : (i * (width - left - 20)) / (history.years.length - 1));
  const y = (rank: number) => 20 + (rank - 1) * 40;
  return (
    <figure class="timeline">
      <svg role="img" aria-labelledby="timeline-title timeline-desc" viewBox={`0 0 ${width} ${height + 30}`} width="100%">
        <title id="timeline-title">Grades by area over time</title>
        <desc id="timeline-desc">
          A line per area from the oldest inspection to the newest; higher is better. The table above gives the same grades.
        </desc>
        {RANKS.map((label, i) => (
          <g key={label}>
            <line x1={left} x2={width - 10} y1={y(i + 1)} y2={y(i + 1)} stroke="#bbb" />
            <text x={4} y={y(i + 1) + 4} font-size="10">
              {label}
            </text>
          </g>
        ))}
        {history.years.map((year, i) => (
          <text key={year} x={x(i)} y={height + 10} font-size="10" text-anchor="middle">
            {year}
          </text>
        ))}
        {history.rows.map((row, r) => {
          const colour = COLOURS[r % COLOURS.length]!;
          const points = row.cells.flatMap((c, i) => (c?.rank ? [[x(i), y(c.rank)] as const] : []));
          return (
            <g key={row.key}>
              <polyline
                points={points.map((p) => p.join(',')).join(' ')}
                fill="none"
                stroke={colour}
                stroke-width={2}
                stroke-dasharray={r % 2 ? '5 3' : undefined}
              />
              {points.map(([px, py]) => marker(SHAPES[r % SHAPES.length]!, px, py, colour))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {history.rows.map((row, r) => (
          <span key={row.key} class="legend">
            <svg width="14" height="14" aria-hidden="true">
              {marker(SHAPES[r % SHAPES.length]!, 7, 7, COLOURS[r % COLOURS.length]!)}
            </svg>{' '}
            {row.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
