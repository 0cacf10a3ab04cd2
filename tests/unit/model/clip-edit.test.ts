import { describe, expect, it } from 'vitest';
import { fieldsOf, followRow, isEdited, splitTags, withFields } from '../../../lib/model/clip-edit';
import { makeClip } from '../storage/fixtures';

const base = makeClip();
const saved = (over: Parameters<typeof makeClip>[1]) => makeClip('clip-1', { updatedAt: '2026-11-22T10:00:00.000Z', ...over });

describe('following the stored row', () => {
  it('takes the new values of fields the user has not touched, keeping the user’s', () => {
    const typed = { ...fieldsOf(base), tags: 'placements, health' };
    const r = followRow(typed, base, saved({ note: 'Changed in the other window' }));
    expect(r).toMatchObject({ rebase: true, updated: true, conflict: false });
    expect(r.fields).toEqual({ ...typed, note: 'Changed in the other window' });
    expect(withFields(base, r.fields)).toMatchObject({ note: 'Changed in the other window', tags: ['placements', 'health'] });
  });

  it('keeps the user’s text and does not rebase when the same field changed on both sides', () => {
    const typed = { ...fieldsOf(base), note: 'Mine' };
    const r = followRow(typed, base, saved({ note: 'Theirs' }));
    expect(r).toMatchObject({ rebase: false, conflict: true });
    expect(r.fields.note).toBe('Mine');
  });

  it('is no conflict when both sides made the same change', () => {
    const typed = { ...fieldsOf(base), note: 'Same' };
    expect(followRow(typed, base, saved({ note: 'Same' }))).toMatchObject({ rebase: true, conflict: false, updated: false });
  });

  it('knows an edited form from an untouched one, and reads tags as typed', () => {
    expect(isEdited(fieldsOf(base), base)).toBe(false);
    expect(isEdited({ ...fieldsOf(base), due: '' }, base)).toBe(true);
    expect(splitTags(' a, b ,a,, ')).toEqual(['a', 'b']);
  });
});
