/**
 * The library database: the one module that opens it. Only extension pages and the background use it; a
 * content script would be writing into the page's own origin, so it sends a message instead.
 *
 * Stores:
 * - `clips` (keyPath `id`): the clips, with indexes on canonical URL (unique), URL, content hash, clipped and
 *   published time, site, language and tags (multiEntry);
 * - `versions` (keyPath `key`): past versions of clips, indexed by clip;
 * - `summaries` (keyPath `id`): what the list and search need of each clip, so that opening the library
 *   reads kilobytes per clip rather than whole articles.
 */

import { wrap, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from 'idb';
import { upgradeRecord } from '../record/upgrade-record';
import type { Clip, ClipVersion } from './clip';
import { summarise, type ClipSummary } from './clip-summary';
import { LibraryError } from './library-error';

export const LIBRARY_DB_NAME = 'katib';
/** Raise this with every change to stores or indexes, and add the step to `MIGRATIONS`. */
export const LIBRARY_DB_VERSION = 3;

export interface LibrarySchema extends DBSchema {
  clips: {
    key: string;
    value: StoredClip;
    indexes: {
      canonicalUrl: string;
      url: string;
      contentHash: string;
      clippedAt: string;
      publishedAt: number;
      site: string;
      lang: string;
      tags: string;
    };
  };
  versions: {
    key: string;
    value: ClipVersion;
    indexes: { clipId: string };
  };
  summaries: {
    key: string;
    value: ClipSummary;
  };
}

/** A clip as stored: with the fields its indexes read. */
export interface StoredClip extends Clip {
  /** `publishedAt` in epoch milliseconds (indexed as `publishedAt`, so that offsets sort correctly). */
  publishedTime?: number;
  /** Site name or host (indexed as `site`). */
  site: string;
  /** Page tags and user tags together (indexed as `tags`, multiEntry). */
  allTags: string[];
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;
type UpgradeTransaction = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

/** One step per database version: `MIGRATIONS[v]` takes a database at version v-1 to version v. */
const MIGRATIONS: Record<number, (db: LibraryDb, tx: UpgradeTransaction) => void> = {
  1: (db) => {
    const clips = db.createObjectStore('clips', { keyPath: 'id' });
    clips.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
    clips.createIndex('contentHash', 'contentHash');
    clips.createIndex('clippedAt', 'clippedAt');
    clips.createIndex('publishedAt', 'publishedTime');
    clips.createIndex('site', 'site');
    clips.createIndex('lang', 'lang');
    clips.createIndex('tags', 'allTags', { multiEntry: true });
    const versions = db.createObjectStore('versions', { keyPath: 'key' });
    versions.createIndex('clipId', 'clipId');
    db.createObjectStore('summaries', { keyPath: 'id' });
  },
  // The address a page was read from, so that a tab can be matched to its clip before it is read again.
  2: (_db, tx) => {
    tx.objectStore('clips').createIndex('url', 'url');
  },
  // Records gained `mentions` (schema 2): read them from each clip's and each past version's own text,
  // and rewrite the summaries, which the library's mention filter reads.
  3: (_db, tx) => {
    void upgradeEach(tx.objectStore('clips'), (clip) => {
      const upgraded = upgradeRecord(clip);
      void tx.objectStore('summaries').put(summarise(upgraded));
      return upgraded;
    });
    void upgradeEach(tx.objectStore('versions'), (version) => ({ ...version, clip: upgradeRecord(version.clip) }));
  },
};

/**
 * Rewrites every record of a store through `change`, inside the upgrade transaction. Only requests are
 * awaited, so the transaction stays alive until the last record is written.
 */
async function upgradeEach<Name extends 'clips' | 'versions'>(
  store: IDBPObjectStore<LibrarySchema, StoreNames<LibrarySchema>[], Name, 'versionchange'>,
  change: (value: LibrarySchema[Name]['value']) => LibrarySchema[Name]['value'],
): Promise<void> {
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) await cursor.update(change(cursor.value));
}

/**
 * Runs every migration from `oldVersion` up to the current version, in order, inside the upgrade
 * transaction, so that a failed step leaves the database at its old version.
 */
export function upgradeLibrary(db: LibraryDb, oldVersion: number, tx: UpgradeTransaction): void {
  for (let v = oldVersion + 1; v <= LIBRARY_DB_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration to library version ${v}`);
    step(db, tx);
  }
}

export interface OpenOptions {
  /** The IndexedDB to use (tests pass fake-indexeddb's); defaults to the global one. */
  indexedDB?: IDBFactory;
}

const BLOCKED_MESSAGE = 'Katib is open in another tab with an older version, which keeps the library from opening. Nothing was saved. Close that tab, then try again.';

/**
 * Opens that were blocked and still wait, by factory. A later open would queue silently behind one of
 * them (the browser runs a database's opens one at a time), so it is refused at once instead.
 */
const blockedOpens = new WeakSet<IDBFactory>();

/**
 * Opens (and if needed creates or upgrades) the library database.
 *
 * When another tab holds an older version open and does not step aside, the upgrade would wait unseen
 * for as long as that tab lives; instead this fails at once with a `blocked` LibraryError, so that the
 * page can say which tab to close, and so does every open until that tab has closed. The upgrade itself
 * still runs then, and the connection it opens is closed, since nobody waits for it any more and it
 * would block the next one.
 */
export async function openLibraryDb(options: OpenOptions = {}): Promise<LibraryDb> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (!factory) throw new LibraryError('unavailable', 'This browser gives Katib no IndexedDB here, so the library cannot be opened. Nothing was saved.');
  if (blockedOpens.has(factory)) throw new LibraryError('blocked', BLOCKED_MESSAGE);
  const request = factory.open(LIBRARY_DB_NAME, LIBRARY_DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    upgradeLibrary(wrap(request.result) as unknown as LibraryDb, event.oldVersion, wrap(request.transaction!) as unknown as UpgradeTransaction);
  });
  const opened = wrap(request) as unknown as Promise<LibraryDb>;
  const blocked = new Promise<never>((_, reject) => {
    request.addEventListener('blocked', () => {
      blockedOpens.add(factory);
      void opened.then((late) => late.close(), () => undefined).finally(() => blockedOpens.delete(factory));
      reject(new LibraryError('blocked', BLOCKED_MESSAGE));
    });
  });
  let db: LibraryDb;
  try {
    db = await Promise.race([opened, blocked]);
  } catch (error) {
    throw LibraryError.from(error);
  }
  // Another tab wants to upgrade: step aside so that it can.
  db.addEventListener('versionchange', () => db.close());
  return db;
}
