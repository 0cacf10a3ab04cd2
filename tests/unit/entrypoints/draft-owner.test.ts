// @vitest-environment happy-dom
// Which drafts a panel starts from: its own and orphans, never another open panel's.
import { afterEach, describe, expect, it } from 'vitest';
import { answerAsEditor, editorId, ownDrafts } from '../../../entrypoints/sidepanel/draft-owner';
import type { ClipDraft } from '../../../lib/model/store-schemas';

const draft = (clipId: string, editor?: string): ClipDraft => ({
  clipId,
  note: `typed by ${editor ?? 'an older version'}`,
  tags: '',
  status: 'to raise',
  due: '',
  baseUpdatedAt: '2026-01-01T00:00:00.000Z',
  savedAt: '2026-01-01T00:00:00.000Z',
  ...(editor ? { editor } : {}),
});

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('ownDrafts', () => {
  it('keeps its own drafts, orphans and unnamed ones, and leaves out a draft of another open panel', async () => {
    const me = editorId();
    expect(editorId()).toBe(me); // a reload of the same tab keeps the id (sessionStorage)
    stops.push(answerAsEditor('window-b'));
    const drafts = new Map([
      ['1', draft('1', me)],
      ['2', draft('2', 'window-b')],
      ['3', draft('3', 'closed-window')],
      ['4', draft('4')],
    ]);
    expect([...(await ownDrafts(drafts, me)).keys()]).toEqual(['1', '3', '4']);
  });
});
