// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RaisedBefore } from '../../components/raised-before';

afterEach(cleanup);

describe('RaisedBefore', () => {
  it('with no open inspection recommendations says what to open, not "0 of 0"', () => {
    const { container } = render(<RaisedBefore raised={new Map()} total={0} onDecide={vi.fn()} />);
    expect(container.textContent).not.toContain('0 of 0');
    expect(container.textContent).toContain('Open one of this authority’s inspection reports');
  });
  it('with recommendations and no match says none matches', () => {
    const { container } = render(<RaisedBefore raised={new Map()} total={5} onDecide={vi.fn()} />);
    expect(container.querySelector('h3')?.textContent).toBe('Raised before (0 of 5)');
    expect(container.textContent).toContain('None of this inspection’s recommendations matches an earlier one.');
  });
});
