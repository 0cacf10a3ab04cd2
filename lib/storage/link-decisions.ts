// The councillor's confirm / reject decisions on recommendation links, kept apart from reports so
// that re-reading a report (a new detector, a new copy) never loses them.
import { LinkDecisionSchema, type LinkDecision } from '../model/store-schemas';
import type { LensStore, Listed } from './store';

/** Stores (or replaces) one decision; the row is checked against its schema first. */
export async function saveLinkDecision(store: LensStore, decision: LinkDecision): Promise<LinkDecision> {
  const row = LinkDecisionSchema.parse(decision);
  return store.write(async () => {
    await store.db.put('linkDecisions', row);
    return row;
  });
}

/** Forgets a decision, so the matcher's suggestion shows again (undo). */
export async function deleteLinkDecision(store: LensStore, id: string): Promise<void> {
  await store.write(() => store.db.delete('linkDecisions', id));
}

/** Every stored decision; rows that fail the schema are counted, not dropped silently. */
export async function listLinkDecisions(store: LensStore): Promise<Listed<LinkDecision>> {
  const rows: LinkDecision[] = [];
  let invalid = 0;
  for (const value of await store.db.getAll('linkDecisions')) {
    const parsed = LinkDecisionSchema.safeParse(value);
    if (parsed.success) rows.push(parsed.data);
    else invalid++;
  }
  return { rows, invalid };
}
