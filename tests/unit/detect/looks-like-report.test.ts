import { describe, expect, it } from 'vitest';
import { looksLikeReport } from '../../../lib/detect/looks-like-report';

describe('looksLikeReport', () => {
  it('lets through anything that could hold a judgement or a recommendation', () => {
    expect(looksLikeReport('Overall effectiveness: requires improvement to be good')).toBe(true);
    expect(looksLikeReport('The Ofsted inspection took place in May.')).toBe(true);
    expect(looksLikeReport('Recommendation: that the report be received.')).toBe(true);
  });

  it('stops pages about something else', () => {
    expect(looksLikeReport('Pay your council tax online. Bin collection days for your street.')).toBe(false);
  });
});
