// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Decision } from '../../components/link-decision';
import type { LinkEnd, LinkView } from '../../components/model/link-model';
import { axeViolations } from './axe';

afterEach(cleanup);

const end = (label: string, index: number, quote: string): LinkEnd => ({
  inspectionId: label,
  sourceId: `doc-${label}`,
  index,
  source: `Inspection report ${label}`,
  label,
  inspection: label,
  quote,
});
const link = (from: LinkEnd, to: LinkEnd): LinkView => ({ from, to, score: 0.7, linked: true, confirmed: false, rejected: [] });

describe('Decision', () => {
  it('names each pair’s buttons by its recommendations, so two pairs never share a name', async () => {
    const pairs = [
      link(
        end('2019', 0, 'Strengthen the oversight of children placed at a distance.'),
        end('2024', 2, 'Oversight of distant placements.'),
      ),
      link(
        end('2019', 3, 'Improve the timeliness of return interviews.'),
        end('2024', 5, 'Timely return interviews for every child.'),
      ),
    ];
    const { getAllByRole, container } = render(
      <div>
        {pairs.map((l) => (
          <Decision link={l} onDecide={vi.fn()} />
        ))}
      </div>,
    );
    const names = getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(4);
    expect(names[0]).toMatch(/^Same recommendation: .*2019 recommendation 1 .*Strengthen the oversight.*2024 recommendation 3/);
    expect(names[3]).toMatch(/^Not the same: .*2019 recommendation 4 .*Improve the timeliness/);
    expect(await axeViolations(container)).toEqual([]);
  });
});
