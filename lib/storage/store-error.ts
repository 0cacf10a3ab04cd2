// Store failures in words for the user.
import type { Clip } from '../model/store-schemas';

/** A store failure in words for the user; `reason` says whether anything can be done. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly reason: 'full' | 'unavailable' | 'invalid' | 'conflict',
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** An edit refused because the clip changed (or went) since the edit began; `current` is the row now. */
export class ClipConflictError extends StoreError {
  constructor(readonly current: Clip | null) {
    super(
      current
        ? 'Not saved: this clip was changed in another window since you started editing it. Your edits are still here.'
        : 'Not saved: this clip was deleted in another window. Your edits are still here.',
      'conflict',
    );
    this.name = 'ClipConflictError';
  }
}

/** Turns IndexedDB's failures into StoreError. */
export function explainStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = (error as { name?: string })?.name;
  if (name === 'QuotaExceededError')
    return new StoreError('The browser has no room left for Inspection Lens. Export a backup, then free some space.', 'full');
  if (name === 'VersionError')
    return new StoreError(
      'The store was last opened by a newer Inspection Lens. Update the extension to use your saved clips.',
      'unavailable',
    );
  // A row the store's schema refuses (zod): say what did not fit, e.g. a page with more findings than
  // a report may keep.
  const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] })?.issues?.[0];
  if (name === 'ZodError' && issue)
    return new StoreError(
      `Not saved: it does not fit what Inspection Lens keeps (${issue.path.map(String).join('.') || 'the row'}: ${issue.message}). Nothing was changed.`,
      'invalid',
    );
  return new StoreError(`The store could not be used (${name ?? String(error)}). Nothing was changed.`, 'unavailable');
}
