// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClipEditor } from '../../components/clip-editor';
import { clipsViewElement } from './clips-view-element';
import type { Clip, ClipDraft } from '../../lib/model/store-schemas';
import { ClipConflictError } from '../../lib/storage/store';
import { makeClip } from '../unit/storage/fixtures';
import { axeViolations } from './axe';

afterEach(cleanup);

const later = (over: Partial<Clip>) => makeClip('clip-1', { updatedAt: '2026-11-22T10:00:00.000Z', ...over });

function setup(over: { clip?: Clip; draft?: ClipDraft | null; onSave?: (c: Clip, base: string) => Promise<Clip> } = {}) {
  const props = {
    onDraft: vi.fn(),
    onDelete: vi.fn(),
    onSave: vi.fn(over.onSave ?? ((c: Clip) => Promise.resolve({ ...c, updatedAt: '2026-11-23T00:00:00.000Z' }))),
  };
  const view = render(<ClipEditor clip={over.clip ?? makeClip()} draft={over.draft ?? null} {...props} />);
  const field = (label: string) => view.getByLabelText(label) as HTMLInputElement;
  return { ...view, props, field };
}

describe('ClipEditor saving', () => {
  it('brings a refusal into view, since it is written under the buttons', () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const { getByRole, field } = setup();
    fireEvent.input(field('Tags (comma separated)'), { target: { value: 'z'.repeat(61) } });
    fireEvent.click(getByRole('button', { name: 'Save clip' }));
    expect(scrolled).toHaveBeenCalledWith({ block: 'nearest' });
    expect(scrolled.mock.contexts[0]).toBe(getByRole('alert'));
  });
  it('refuses a tag over 60 characters with a message that names it, and keeps what was typed', () => {
    const { getByRole, props, field } = setup();
    fireEvent.input(field('Tags (comma separated)'), { target: { value: 'y'.repeat(400) } });
    fireEvent.click(getByRole('button', { name: 'Save clip' }));
    expect(props.onSave).not.toHaveBeenCalled();
    expect(getByRole('alert').textContent).toMatch(/is 400 characters long: a tag can have at most 60/);
    expect(field('Tags (comma separated)').value).toBe('y'.repeat(400));
  });
  it('saves from the version it shows, and confirms in a status message', async () => {
    const { getByRole, props, field } = setup();
    fireEvent.input(field('Note'), { target: { value: 'Raised at panel' } });
    fireEvent.click(getByRole('button', { name: 'Save clip' }));
    expect(props.onSave).toHaveBeenCalledWith(expect.objectContaining({ note: 'Raised at panel' }), '2026-11-21');
    await waitFor(() => expect(getByRole('status').textContent).toBe('Clip saved.'));
  });

  it('refuses to overwrite a newer version: says so, keeps the typing, and replaces it only on a second Save', async () => {
    const theirs = later({ note: 'Saved in the other window' });
    const onSave = vi
      .fn()
      .mockRejectedValueOnce(new ClipConflictError(theirs))
      .mockImplementation((c: Clip) => Promise.resolve(c));
    const { getByRole, field } = setup({ onSave });
    fireEvent.input(field('Note'), { target: { value: 'Mine' } });
    fireEvent.click(getByRole('button', { name: 'Save clip' }));
    await waitFor(() =>
      expect(getByRole('alert').textContent).toMatch(/changed in another window.*Saved in the other window.*again/),
    );
    expect(field('Note').value).toBe('Mine');
    fireEvent.click(getByRole('button', { name: 'Save clip' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ note: 'Mine' }), theirs.updatedAt);
  });
});

describe('ClipEditor following the stored row', () => {
  it('takes a change saved elsewhere into fields not touched here, and says so', () => {
    const { rerender, field, getByRole, props } = setup();
    fireEvent.input(field('Tags (comma separated)'), { target: { value: 'placements, health' } });
    rerender(<ClipEditor clip={later({ note: 'From the other window' })} draft={null} {...props} />);
    expect(field('Note').value).toBe('From the other window');
    expect(field('Tags (comma separated)').value).toBe('placements, health');
    expect(getByRole('status').textContent).toMatch(/another window/);
    fireEvent.click(getByRole('button', { name: 'Save clip' }));
    expect(props.onSave).toHaveBeenCalledWith(
      expect.objectContaining({ note: 'From the other window', tags: ['placements', 'health'] }),
      '2026-11-22T10:00:00.000Z',
    );
  });

  it('warns when a field typed here was changed there too, keeping the typing', () => {
    const { rerender, field, getByRole, props } = setup();
    fireEvent.input(field('Note'), { target: { value: 'Mine' } });
    rerender(<ClipEditor clip={later({ note: 'Theirs' })} draft={null} {...props} />);
    expect(field('Note').value).toBe('Mine');
    expect(getByRole('alert').textContent).toMatch(/also changed in another window.*Theirs/);
  });
});

describe('ClipEditor drafts', () => {
  const draft: ClipDraft = {
    clipId: 'clip-1',
    note: 'Half typed',
    tags: 'placements',
    status: 'raised',
    due: '',
    baseUpdatedAt: '2026-11-21',
    savedAt: '2026-11-22T09:00:00.000Z',
  };
  it('starts from a kept draft, reports every change, and discards on request', () => {
    const { field, getByRole, props } = setup({ draft });
    expect(field('Note').value).toBe('Half typed');
    fireEvent.input(field('Note'), { target: { value: 'Half typed, more' } });
    expect(props.onDraft).toHaveBeenLastCalledWith(expect.objectContaining({ clipId: 'clip-1', note: 'Half typed, more' }));
    fireEvent.click(getByRole('button', { name: 'Discard changes' }));
    expect(props.onDraft).toHaveBeenLastCalledWith(null);
    expect(field('Note').value).toBe('Ask at the December panel');
  });
  it('shows a draft kept elsewhere after it opened (a backup restored in another window), when nothing is typed here', () => {
    const { field, props, rerender } = setup();
    const clip = makeClip();
    rerender(<ClipEditor clip={clip} draft={draft} {...props} />);
    expect(field('Note').value).toBe('Half typed');
    expect(props.onDraft).not.toHaveBeenCalled(); // it is stored already: not kept again as this window's
  });
  it('keeps what is typed here when a draft kept elsewhere arrives later', () => {
    const { field, props, rerender } = setup();
    fireEvent.input(field('Note'), { target: { value: 'Typed here' } });
    rerender(<ClipEditor clip={makeClip()} draft={draft} {...props} />);
    expect(field('Note').value).toBe('Typed here');
  });
  it('saves a draft begun before the clip was saved elsewhere from its own base, so the store asks first', () => {
    const { getByRole, props } = setup({ clip: later({ note: 'Saved elsewhere' }), draft });
    expect(getByRole('status').textContent).toMatch(/began before the clip was last saved/);
    fireEvent.click(getByRole('button', { name: 'Save clip' }));
    expect(props.onSave).toHaveBeenCalledWith(expect.objectContaining({ note: 'Half typed' }), '2026-11-21');
  });
  it('has no accessibility violations with a draft and a message', async () => {
    const { container, rerender, props } = setup({ draft });
    rerender(<ClipEditor clip={later({ note: 'Theirs' })} draft={draft} {...props} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('ClipsView undo', () => {
  const view = (deleted: Clip | null, onUndo = vi.fn(), clips: Clip[] = []) => clipsViewElement({ clips, deleted, onUndo });
  it('offers Undo delete, focused, in a status message', () => {
    const onUndo = vi.fn();
    const { getByRole } = render(view(makeClip(), onUndo));
    const undo = getByRole('button', { name: 'Undo delete' });
    expect(document.activeElement).toBe(undo);
    expect(getByRole('status').textContent).toMatch(/^Deleted the clip “Management oversight/);
    fireEvent.click(undo);
    expect(onUndo).toHaveBeenCalled();
  });
  it('after Undo, says the clip is back and moves the focus to it once it is listed again', () => {
    const clip = makeClip();
    const { getByRole, rerender } = render(view(clip));
    fireEvent.click(getByRole('button', { name: 'Undo delete' }));
    rerender(view(null));
    expect(getByRole('status').textContent).toMatch(/^Restored the clip “Management oversight/);
    rerender(view(null, vi.fn(), [clip]));
    const card = document.getElementById(`clip-card-${clip.id}`)!;
    expect(card.contains(document.activeElement)).toBe(true);
  });
  it('has no accessibility violations', async () => {
    expect(await axeViolations(render(view(makeClip())).container)).toEqual([]);
  });
});
