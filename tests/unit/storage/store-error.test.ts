// A store failure reaches the councillor in words: a row the store's schema refuses (a page with
// more findings than a report may keep) says what did not fit, never just "ZodError".
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { explainStoreError } from '../../../lib/storage/store-error';

describe('explainStoreError', () => {
  it('names what did not fit when the schema refuses a row', () => {
    const refused = z.object({ judgements: z.array(z.string()).max(2) }).safeParse({ judgements: ['a', 'b', 'c'] });
    const error = explainStoreError(refused.error);
    expect(error.reason).toBe('invalid');
    expect(error.message).not.toMatch(/ZodError/);
    expect(error.message).toMatch(/^Not saved: it does not fit what Inspection Lens keeps \(judgements: /);
    expect(error.message).toMatch(/Nothing was changed\.$/);
  });

  it('keeps the full-storage message', () => {
    expect(explainStoreError({ name: 'QuotaExceededError' }).reason).toBe('full');
  });
});
