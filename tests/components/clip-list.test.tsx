// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClipsView } from '../../components/clips-view';
import { makeClip, makeReport } from '../unit/storage/fixtures';
import { axeViolations } from './axe';

afterEach(cleanup);

// 40 clips, newest first by their number: clip-39 is the first row.
const clips = Array.from({ length: 40 }, (_, i) =>
  makeClip(`clip-${i}`, { createdAt: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T${String(i).padStart(2, '0')}:00:00Z` }),
);

const setup = () =>
  render(
    <ClipsView
      clips={clips}
      reports={new Map([['fingerprint-1', makeReport()]])}
      drafts={new Map()}
      onDraft={vi.fn()}
      onSave={vi.fn()}
      onDelete={vi.fn()}
      onOpen={vi.fn()}
      deleted={null}
      onUndo={vi.fn()}
    />,
  );
const items = (c: Element) => [...c.querySelectorAll('ul.clips > li')];

describe('My clips with many clips', () => {
  it('renders a screenful, each item saying its place in the whole list', () => {
    const { container, getByText } = setup();
    expect(items(container)).toHaveLength(8);
    expect(items(container).map((li) => [li.getAttribute('aria-posinset'), li.getAttribute('aria-setsize')])[7]).toEqual([
      '8',
      '40',
    ]);
    expect(getByText('40 clips')).toBeTruthy();
  });

  it('reaches every clip: Show more, and Tab into the last rendered items', () => {
    const { container, getByRole } = setup();
    fireEvent.click(getByRole('button', { name: /Show more clips \(32 not shown yet\)/ }));
    expect(items(container)).toHaveLength(24);
    // Focus moving into the last rendered clip (as Tab does) renders the next ones.
    fireEvent.focusIn(items(container)[23]!.querySelector('button')!);
    expect(items(container)).toHaveLength(40);
    expect(container.textContent).not.toMatch(/Show more clips/);
  });

  it('starts again at the top for a new search, and stays axe-clean', async () => {
    const { container, getByLabelText, getByRole } = setup();
    fireEvent.click(getByRole('button', { name: /Show more clips/ }));
    fireEvent.input(getByLabelText('Search clips'), { target: { value: 'oversight' } });
    expect(items(container)).toHaveLength(8);
    expect(await axeViolations(container)).toEqual([]);
  });
});
