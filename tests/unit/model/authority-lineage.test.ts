import { describe, expect, it } from 'vitest';
import { findAuthority } from '../../../lib/model/authorities';
import { inHistoryOf, lineageOf } from '../../../lib/model/authority-lineage';

describe('authority identity across spelling and reorganisation', () => {
  it('knows Dudley by any of its names', () => {
    const names = [
      'Dudley MBC cabinet, 10 January 2012',
      'Dudley Metropolitan Borough Council',
      'Inspection of Dudley local authority children’s services',
    ];
    expect(new Set(names.map((n) => findAuthority(n)?.code))).toEqual(new Set(['332']));
  });

  it('links successors to the authorities they replaced', () => {
    expect(lineageOf('941')).toEqual(new Set(['941', '928']));
    expect(lineageOf('943')).toEqual(new Set(['943', '909']));
    expect(lineageOf('839')).toEqual(new Set(['839', '836', '837', '835']));
    const bcp = findAuthority('Bournemouth, Christchurch and Poole Council')!;
    expect(inHistoryOf(bcp, findAuthority('Borough of Poole children’s services, Poole')!)).toBe(true);
    expect(inHistoryOf(findAuthority('Northamptonshire County Council')!, findAuthority('West Northamptonshire Council')!)).toBe(
      false,
    );
  });
});
