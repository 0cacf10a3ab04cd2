// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { clipsViewElement } from './clips-view-element';
import { sortClips } from '../../lib/model/clip-query';
import { makeClip } from '../unit/storage/fixtures';
import { axeViolations } from './axe';

afterEach(cleanup);

// 40 clips, newest first by their number: clip-39 is the first row.
const clips = Array.from({ length: 40 }, (_, i) =>
  makeClip(`clip-${i}`, { createdAt: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T${String(i).padStart(2, '0')}:00:00Z` }),
);

const setup = (shown = clips) => render(clipsViewElement({ clips: shown }));
const items = (c: Element) => [...c.querySelectorAll('ul.clips > li')];

describe('a clip in My clips', () => {
  it('says its follow-up date in the UK form, and stays axe-clean', async () => {
    const { container } = setup([makeClip('clip-1', { due: '2024-05-01' })]);
    expect(items(container)[0]!.textContent).toContain('follow up by 1 May 2024');
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('a clip whose report is not saved (removed, or restored without it)', () => {
  it('says so, and offers to open only a web page it came from', async () => {
    const { container } = setup([
      makeClip('pdf', { reportId: 'fingerprint-gone' }),
      makeClip('page', { reportId: 'https://example.gov.uk/papers/item-7' }),
    ]);
    const [pdf, page] = ['pdf', 'page'].map((id) => container.querySelector(`#clip-card-${id}`)!);
    expect(pdf!.textContent).toContain('its report is not saved here, so there is no source to open');
    expect(pdf!.querySelector('button.link')).toBeNull();
    expect(page!.textContent).toContain('its report is not saved here');
    expect(page!.querySelector('button.link')!.textContent).toBe('Open its page at this clip');
    expect(await axeViolations(container)).toEqual([]);
  });
});

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

// The newest 24 of 10,000 clips, read first by index while the rest are read.
const newest = sortClips(clips, 'newest').slice(0, 24);
const partial = (shown: typeof clips, total?: number) => clipsViewElement({ clips: shown, total });

describe('My clips while only the newest clips are read', () => {
  it('shows the newest at once with the whole count, each item placed in the whole list', async () => {
    const { container, getByText, getByRole } = render(partial(newest, 10000));
    expect(getByRole('heading', { name: 'My clips (10000)' })).toBeTruthy();
    expect(getByText('10000 clips')).toBeTruthy();
    expect(items(container)[0]!.id).toBe(`clip-card-${newest[0]!.id}`);
    expect(items(container)[7]!.getAttribute('aria-setsize')).toBe('10000');
    expect(getByRole('button', { name: 'Show more clips (9992 not shown yet)' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('asks for more than is read: says the rest is being read, then shows them when every clip arrives', () => {
    const { container, getByRole, queryByRole, rerender } = render(partial(newest, 40));
    fireEvent.click(getByRole('button', { name: /Show more clips/ }));
    fireEvent.click(getByRole('button', { name: /Show more clips/ }));
    expect(items(container)).toHaveLength(24);
    expect(container.textContent).toContain('Reading the rest of your clips…');
    expect(queryByRole('button', { name: /Show more clips/ })).toBeNull();
    rerender(partial(clips));
    expect(items(container)).toHaveLength(40);
    expect(
      items(container)
        .map((li) => li.id)
        .slice(0, 24),
    ).toEqual(newest.map((c) => `clip-card-${c.id}`));
  });

  it('keeps a search typed meanwhile and answers it from every clip once they are read', () => {
    const { container, getByLabelText, getByText, rerender } = render(partial(newest, 40));
    fireEvent.input(getByLabelText('Search clips'), { target: { value: 'no such words' } });
    expect(getByText('Reading all 40 clips to search them…')).toBeTruthy();
    expect(items(container)).toHaveLength(0);
    rerender(partial(clips));
    expect((getByLabelText('Search clips') as HTMLInputElement).value).toBe('no such words');
    expect(getByText('0 of 40 clips match')).toBeTruthy();
  });
});
