import { describe, expect, it } from 'vitest';
import { compareAuthority } from '../../../lib/compare/authority-compare';
import { authorities, authorityByCode } from '../../../lib/model/authorities';
import { dudleyReport } from './dudley';

describe('compareAuthority', () => {
  it('takes only the authority’s own reports, and shows stored neighbours’ latest grades', async () => {
    const [p18, p23] = await Promise.all([dudleyReport('ofsted2018'), dudleyReport('ofsted2023')]);
    const dudley = authorityByCode('332')!;
    const neighbour = authorities.find((a) => a.code === dudley.neighbours[0])!;
    const theirs = {
      ...p18,
      id: 'neighbour',
      document: { ...p18.document, authority: neighbour.name, authorityUrn: neighbour.urn },
    };
    const stranger = { ...p18, id: 'stranger', document: { ...p18.document, authority: 'Kent', authorityUrn: '80476' } };
    const c = compareAuthority(p23, [p18, theirs, stranger])!;
    expect(c.authority.name).toBe('Dudley');
    expect(c.reports.map((r) => r.id)).toEqual(['ofsted2018', 'ofsted2023']);
    expect(c.neighbours).toEqual([expect.objectContaining({ authority: neighbour.name, year: '2018' })]);
    expect(c.neighbours[0]!.grades.leaders!.grade).toBe('good');
  });

  it('puts a predecessor’s inspections in a successor’s history', async () => {
    const p18 = await dudleyReport('ofsted2018');
    const cumbria = authorityByCode('909')!;
    const cumberland = authorityByCode('942')!;
    const old = { ...p18, id: 'cumbria', document: { ...p18.document, authority: cumbria.name, authorityUrn: cumbria.urn } };
    const now = {
      ...p18,
      id: 'cumberland',
      title: 'Cumberland 2025',
      document: { ...p18.document, authority: cumberland.name, authorityUrn: cumberland.urn, inspectionDates: '1 to 5 May 2025' },
    };
    expect(compareAuthority(now, [old])!.reports.map((r) => r.id)).toEqual(['cumbria', 'cumberland']);
  });
});
