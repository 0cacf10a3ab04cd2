import { describe, expect, it } from 'vitest';
import { ukDate } from '../../../lib/model/uk-date';

describe('dates as a UK reader writes them', () => {
  it('writes an ISO date or time as day, month name and year', () => {
    expect(ukDate('2024-05-01')).toBe('1 May 2024');
    expect(ukDate('2026-11-21T09:30:00.000Z')).toBe('21 November 2026');
    expect(ukDate('2023-12-31')).toBe('31 December 2023');
  });

  it('keeps anything that is not a whole ISO date as it is', () => {
    expect(ukDate('March 2023')).toBe('March 2023');
    expect(ukDate('2024-13-01')).toBe('2024-13-01');
    expect(ukDate('2024-05')).toBe('2024-05');
  });
});
