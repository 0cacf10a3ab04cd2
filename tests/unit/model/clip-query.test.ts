import { describe, expect, it } from 'vitest';
import { clipFacets, prepareSearch, queryClips, sortClips, type ClipQuery } from '../../../lib/model/clip-query';
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

describe('the search text, folded once per clip version', () => {
  it('folds ligatures and accents as well as case, and an edited clip is searched by its new words', () => {
    const one = makeClip('e', { note: 'The ﬁnal Rôle of the IRO', updatedAt: '2026-11-01' });
    prepareSearch([one]);
    const find = (list: typeof clips, text: string) => queryClips(list, reports, { ...all, text }).map((r) => r.clip.id);
    expect(find([one], 'final role iro')).toEqual(['e']);
    const edited = { ...one, note: 'Sufficiency of placements', updatedAt: '2026-11-02' };
    expect(find([edited], 'final')).toEqual([]);
    expect(find([edited], 'SUFFICIENCY')).toEqual(['e']);
  });

  it('orders clips made at the same moment by id, descending (the createdAt index read backwards)', () => {
    const same = ['m', 'z', 'a'].map((id) => makeClip(id, { createdAt: '2026-11-01' }));
    expect(sortClips(same, 'newest').map((c) => c.id)).toEqual(['z', 'm', 'a']);
  });
});
