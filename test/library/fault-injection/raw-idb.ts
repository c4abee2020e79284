/**
 * Plain IndexedDB calls for what the library's own code never does: holding a database open the way an
 * older release did, without stepping aside for an upgrade, and reading or writing through it.
 */

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClipVersion } from '../../../utils/library/clip';
import { summarise } from '../../../utils/library/clip-summary';
import type { StoredClip } from '../../../utils/library/library-db';
import { upgradeRecord } from '../../../utils/record/upgrade-record';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/databases');

interface SavedDatabase {
  name: string;
  version: number;
  schema: Record<string, { keyPath: string; indexes: Array<[string, string, IDBIndexParameters]> }>;
  records: Record<string, Array<Record<string, unknown>>>;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Opens `name` at `version` as a released Katib would have, creating the saved database of that version
 * (`test/fixtures/databases/katib-v<version>.json`) when it does not exist yet. The connection has no
 * `versionchange` listener: it keeps the database open whatever other tabs want.
 */
export function openAsRelease(factory: IDBFactory, version: number): Promise<IDBDatabase> {
  const saved = JSON.parse(fs.readFileSync(path.join(FIXTURES, `katib-v${version}.json`), 'utf8')) as SavedDatabase;
  const request = factory.open(saved.name, saved.version);
  request.onupgradeneeded = () => {
    const db = request.result;
    for (const [store, { keyPath, indexes }] of Object.entries(saved.schema)) {
      const created = db.createObjectStore(store, { keyPath });
      for (const [name, key, options] of indexes) created.createIndex(name, key, options);
    }
    for (const [store, rows] of Object.entries(saved.records)) for (const row of rows) request.transaction!.objectStore(store).put(row);
  };
  return done(request);
}

/** Every record of the library's stores, read through a plain connection. */
export async function rawDump(db: IDBDatabase): Promise<Record<string, unknown[]>> {
  const tx = db.transaction(['clips', 'versions', 'summaries']);
  const [clips, versions, summaries] = await Promise.all(['clips', 'versions', 'summaries'].map((store) => done(tx.objectStore(store).getAll())));
  return { clips: clips!, versions: versions!, summaries: summaries! };
}

/** Changes one clip's note through a plain connection. */
export async function rawEditNote(db: IDBDatabase, id: string, note: string): Promise<void> {
  const tx = db.transaction('clips', 'readwrite');
  const clip = (await done(tx.objectStore('clips').get(id))) as Record<string, unknown>;
  await done(tx.objectStore('clips').put({ ...clip, note }));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
}

/** Lets `n` rounds of queued IndexedDB tasks run. */
export async function settle(n = 20): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Opens `name` at `version` with nothing to create: a newer release taking the database over. */
export function openRaw(factory: IDBFactory, name: string, version: number, counts?: { blocked: number }): Promise<IDBDatabase> {
  const request = factory.open(name, version);
  if (counts) request.onblocked = () => counts.blocked++;
  return done(request);
}

/**
 * A dump of a release-1 library as today's upgrade leaves it: records at the current schema (mentions
 * read from their text) and summaries rebuilt, without prefix bits (computed when missing).
 */
export function upgradedDump(dump: Record<string, unknown[]>): Record<string, unknown[]> {
  const clips = (dump['clips'] as StoredClip[]).map((clip) => upgradeRecord(clip));
  return {
    clips,
    versions: (dump['versions'] as ClipVersion[]).map((version) => ({ ...version, clip: upgradeRecord(version.clip) })),
    summaries: clips.map((clip) => summarise(clip)),
  };
}
