// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotRepeated } from '../../components/not-repeated';
import type { LinkView } from '../../components/model/link-model';

afterEach(cleanup);

const end = (sourceId: string, label: string, quote: string) => ({
  sourceId,
  inspectionId: sourceId,
  index: 0,
  label,
  source: `children's services inspection, ${label}`,
  inspection: label,
  quote,
});
const link = (score: number): LinkView => ({
  from: end('a', 'Apr 2016', 'The Board should scrutinise all areas of its work.'),
  to: end('b', 'Nov 2022', 'Improve the use of the Public Law Outline.'),
  score,
  linked: false,
  confirmed: false,
  rejected: [],
});

describe('NotRepeated', () => {
  it('says no later wording comes close when the closest scores next to nothing', () => {
    const { container, getByRole } = render(<NotRepeated links={[link(0.01)]} onDecide={vi.fn()} />);
    fireEvent.click(getByRole('button', { name: /Apr 2016/ }));
    const text = container.querySelector('.closest')!.textContent!;
    expect(text).toMatch(/^No later recommendation comes close/);
    expect(text).not.toMatch(/^Closest later/);
  });
  it('shows a closer later wording as the closest', () => {
    const { container, getByRole } = render(<NotRepeated links={[link(0.4)]} onDecide={vi.fn()} />);
    fireEvent.click(getByRole('button', { name: /Apr 2016/ }));
    expect(container.querySelector('.closest')!.textContent).toMatch(/^Closest later \(Nov 2022, match score 0\.40\)/);
  });
});
