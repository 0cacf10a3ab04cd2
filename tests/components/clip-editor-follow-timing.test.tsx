// @vitest-environment happy-dom
// A window that is hidden or busy paints late: a re-read of the store (another window saved) can reach
// the editor, and the user can type and save, before the browser's next frame. Nothing typed may be lost
// and no save may be based on a version the editor has not followed. Preact runs effects after paint;
// these tests hold that paint back (options.requestAnimationFrame), as a background window does.
import { options, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClipEditor } from '../../components/clip-editor';
import type { Clip } from '../../lib/model/store-schemas';
import { makeClip } from '../unit/storage/fixtures';

let held: Array<() => void> = [];
let container: HTMLElement;
beforeEach(() => {
  held = [];
  options.requestAnimationFrame = (cb: () => void) => void held.push(cb);
  container = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, container);
  container.remove();
  options.requestAnimationFrame = undefined;
});

const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => undefined);
const field = (label: string) => {
  const id = [...container.querySelectorAll('label')].find((l) => l.textContent === label)!.htmlFor;
  return container.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
};
async function type(label: string, value: string) {
  const el = field(label);
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await tick();
}
const text = (role: 'status' | 'alert') => container.querySelector(`[role=${role}]`)!.textContent;

describe('ClipEditor following the stored row before the window paints', () => {
  const v1 = makeClip('clip-1', { note: 'First note', updatedAt: '2026-11-22T10:00:00.000Z' });
  const v2 = { ...v1, tags: ['placements', 'health'], updatedAt: '2026-11-22T10:05:00.000Z' };
  const props = () => ({
    draft: null,
    onDraft: vi.fn(),
    onDelete: vi.fn(),
    onSave: vi.fn((c: Clip) => Promise.resolve({ ...c, updatedAt: '2026-11-22T10:10:00.000Z' })),
  });

  it('keeps a note typed just after another window saved a tag change, and saves it on the new version', async () => {
    const p = props();
    render(<ClipEditor clip={v1} {...p} />, container);
    held.splice(0).forEach((cb) => cb());
    render(<ClipEditor clip={v2} {...p} />, container); // the store was read again: B's tags
    await type('Note', 'A: a second thought'); // before the next frame
    expect(field('Note').value).toBe('A: a second thought');
    expect(field('Tags (comma separated)').value).toBe('placements, health');
    (container.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    expect(p.onSave).toHaveBeenCalledWith(
      expect.objectContaining({ note: 'A: a second thought', tags: ['placements', 'health'] }),
      v2.updatedAt,
    );
    expect(p.onDraft).toHaveBeenLastCalledWith(
      expect.objectContaining({ note: 'A: a second thought', baseUpdatedAt: v2.updatedAt }),
    );
  });

  it('says the clip was updated in another window without waiting for a paint', async () => {
    const p = props();
    render(<ClipEditor clip={v1} {...p} />, container);
    render(<ClipEditor clip={v2} {...p} />, container);
    await tick();
    expect(text('status')).toBe('Updated with changes saved in another window.');
    expect(field('Tags (comma separated)').value).toBe('placements, health');
  });

  it('keeps what was typed while a save was on its way', async () => {
    let finish: (c: Clip) => void = () => {};
    const p = { ...props(), onSave: vi.fn(() => new Promise<Clip>((resolve) => (finish = resolve))) };
    render(<ClipEditor clip={v1} {...p} />, container);
    await type('Note', 'Saved part');
    (container.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    await type('Note', 'Saved part, and more typed meanwhile');
    finish({ ...v1, note: 'Saved part', updatedAt: '2026-11-22T10:10:00.000Z' });
    await tick();
    await tick();
    expect(field('Note').value).toBe('Saved part, and more typed meanwhile');
    expect(text('status')).toBe('Clip saved.');
    expect(container.textContent).toMatch(/Unsaved changes/);
  });
});
