import { describe, expect, it } from 'vitest';
import { clipFacets, queryClips, type ClipQuery } from '../../../lib/model/clip-query';
import { makeAnchor } from '../../../lib/model/anchor';
import { makeClip, makeReport } from '../storage/fixtures';

const clips = [
  makeClip('a', { note: 'Café visit', createdAt: '2026-11-01', anchor: makeAnchor('x Plans y', 2, 7) }),
  makeClip('b', {
    authority: 'Walsall',
    status: 'closed',
    tags: ['health'],
    createdAt: '2026-11-05',
    anchor: makeAnchor('x Visits y', 2, 8),
  }),
  makeClip('c', { createdAt: '2026-11-03', anchor: { ...makeAnchor('Early', 0, 5), start: 0 } }),
];
const reports = new Map([['fingerprint-1', makeReport()]]);
const all: ClipQuery = { text: '', authority: null, status: null, tag: null, sort: 'newest' };
const ids = (q: Partial<ClipQuery>) => queryClips(clips, reports, { ...all, ...q }).map((r) => r.clip.id);

describe('queryClips', () => {
  it('sorts newest first, or by place in the document', () => {
    expect(ids({})).toEqual(['b', 'c', 'a']);
    expect(ids({ sort: 'document' })).toEqual(['c', 'a', 'b']);
  });

  it('searches quote, note and tags without case or accents, every word', () => {
    expect(ids({ text: 'CAFE' })).toEqual(['a']);
    expect(ids({ text: 'visits health' })).toEqual(['b']);
    expect(ids({ text: 'visits placements' })).toEqual([]);
  });

  it('filters by authority, status and tag, and lists the facets', () => {
    expect(ids({ authority: 'Walsall' })).toEqual(['b']);
    expect(ids({ status: 'to raise' })).toEqual(['c', 'a']);
    expect(ids({ tag: 'health' })).toEqual(['b']);
    expect(clipFacets(clips)).toEqual({ authorities: ['Dudley', 'Walsall'], tags: ['health', 'placements'] });
  });
});
