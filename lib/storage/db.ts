// The one IndexedDB database. Upgrades are an append-only list: never edit a step that has shipped.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Clip, ClipDraft, LinkDecision, StoredReport } from '../model/store-schemas';

export interface LensDB extends DBSchema {
  reports: { key: string; value: StoredReport; indexes: { byAuthority: string; bySavedAt: string } };
  clips: {
    key: string;
    value: Clip;
    indexes: { byReport: string; byAuthority: string; byStatus: string; byTag: string; byCreatedAt: string };
  };
  linkDecisions: { key: string; value: LinkDecision; indexes: { byAuthority: string } };
  drafts: { key: string; value: ClipDraft };
}

export const DB_NAME = 'inspection-lens';
type Upgrade = (db: IDBPDatabase<LensDB>, tx: IDBPTransaction<LensDB, StoreNames<LensDB>[], 'versionchange'>) => void;

const upgrades: Upgrade[] = [
  // → v1: reports and clips
  (db) => {
    const reports = db.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('byAuthority', 'document.authority');
    reports.createIndex('bySavedAt', 'savedAt');
    const clips = db.createObjectStore('clips', { keyPath: 'id' });
    clips.createIndex('byReport', 'reportId');
    clips.createIndex('byAuthority', 'authority');
    clips.createIndex('byStatus', 'status');
  },
  // → v2: filter clips by tag
  (_db, tx) => tx.objectStore('clips').createIndex('byTag', 'tags', { multiEntry: true }),
  // → v3: the councillor's confirm / reject decisions on recommendation links
  (db) => db.createObjectStore('linkDecisions', { keyPath: 'id' }).createIndex('byAuthority', 'authority'),
  // → v4: unsaved clip edits, one per clip, kept until saved or discarded. Creates only its own
  // store, and only if missing, so it can run before or after any other step that adds a store.
  (db) => {
    if (!db.objectStoreNames.contains('drafts')) db.createObjectStore('drafts', { keyPath: 'clipId' });
  },
  // → v5: My clips' first screen, newest first, read by index without reading every clip. The
  // database indexes the clips already stored as the index is made; rows stay as they were.
  (_db, tx) => tx.objectStore('clips').createIndex('byCreatedAt', 'createdAt'),
];
export const DB_VERSION = upgrades.length;

/** Opens (and upgrades) the store. `factory` lets tests use their own IndexedDB. */
export function openLensDb(factory?: IDBFactory, onBlocking?: () => void): Promise<IDBPDatabase<LensDB>> {
  if (factory) (globalThis as { indexedDB?: IDBFactory }).indexedDB = factory;
  return openDB<LensDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < DB_VERSION; v++) upgrades[v]!(db, tx);
    },
    // Another window is upgrading: let go so it can, and reopen on the next call.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      onBlocking?.();
    },
  });
}

/** Runs the upgrades up to `version` only: for tests that build an older database. */
export function openAtVersion(version: number): Promise<IDBPDatabase<LensDB>> {
  return openDB<LensDB>(DB_NAME, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < version; v++) upgrades[v]!(db, tx);
    },
  });
}
