/** A fresh in-memory IndexedDB for each test, and a full dump of the library for before/after checks. */

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openLibraryDb, type LibraryDb } from '../../utils/library/library-db';

export async function freshLibrary(): Promise<{ db: LibraryDb; factory: IDBFactory }> {
  const factory = new IDBFactory();
  return { db: await openLibraryDb({ indexedDB: factory }), factory };
}

/** Every record of every store, sorted by key: two dumps are equal when the library is unchanged. */
export async function dumpLibrary(db: LibraryDb): Promise<Record<string, unknown[]>> {
  return {
    clips: await db.getAll('clips'),
    versions: await db.getAll('versions'),
    summaries: await db.getAll('summaries'),
  };
}
