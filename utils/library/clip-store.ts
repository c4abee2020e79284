/**
 * Saving, reading and deleting clips. Every write is one IndexedDB transaction over the clips, their
 * history and their summaries, with nothing but IndexedDB requests awaited inside it: a write either
 * lands whole or not at all, and concurrent writes of the same page are serialised by the database.
 *
 * Re-clipping rules:
 * - same canonical URL, same content hash: nothing new; `clippedAt` moves and the caller is told;
 * - same canonical URL, new content: a new version; the previous one goes to `versions`;
 * - same content hash at another URL: a separate clip, linked to the first by `duplicateOf`.
 */

import type { ArticleRecord } from '../record/article-record';
import { clipSite, timeOf, type Clip, type ClipVersion, type LinkedVersion, type StoredTranslation } from './clip';
import { summarise, type ClipSummary } from './clip-summary';
import { LibraryError } from './library-error';
import type { LibraryDb, StoredClip } from './library-db';

export type SaveStatus = 'added' | 'unchanged' | 'updated';

export interface SaveOutcome {
  status: SaveStatus;
  clip: Clip;
  /** For `unchanged`: when the page had been clipped before this time. */
  previouslyClippedAt?: string;
}

export interface SaveOptions {
  now: Date;
  /** Makes clip ids; defaults to `crypto.randomUUID`. */
  newId?: () => string;
  /** The user's edits made before saving (in the reader). */
  title?: string;
  note?: string;
  userTags?: string[];
}

const WRITE_STORES = ['clips', 'versions', 'summaries'] as const;

/** The clip as stored, with the fields its indexes read. */
export function toStored(clip: Clip): StoredClip {
  const stored: StoredClip = { ...clip, site: clipSite(clip), allTags: [...new Set([...clip.tags, ...clip.userTags])] };
  const published = timeOf(clip.publishedAt);
  if (published !== null) stored.publishedTime = published;
  return stored;
}

/** The clip without the stored-only fields. */
export function fromStored(stored: StoredClip): Clip {
  const { publishedTime: _p, site: _s, allTags: _t, ...clip } = stored;
  return clip;
}

function versionOf(clip: Clip, replacedAt: string): ClipVersion {
  return { key: `${clip.id}#${clip.version}`, clipId: clip.id, version: clip.version, replacedAt, clip };
}

/** A read-write transaction over the clips, their history and their summaries. */
export type LibraryWrite = ReturnType<typeof writeTx>;

/**
 * Runs `work` in one write transaction over the library's stores: it lands whole or, if anything fails,
 * is rolled back and the failure becomes a LibraryError. `work` may await only the transaction's requests.
 */
export async function writeLibrary<T>(db: LibraryDb, work: (tx: LibraryWrite) => Promise<T>): Promise<T> {
  const tx = writeTx(db);
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the failure itself.
    }
    await tx.done.catch(() => undefined);
    throw LibraryError.from(error);
  }
}

function writeTx(db: LibraryDb) {
  // A connection closed under the page (another tab upgrading the library) refuses new transactions.
  try {
    return db.transaction(WRITE_STORES, 'readwrite');
  } catch (error) {
    throw LibraryError.from(error);
  }
}

/**
 * Saves an extraction record by the re-clipping rules.
 * @returns what happened, and the clip as it is now stored
 */
export async function saveRecord(db: LibraryDb, record: ArticleRecord, options: SaveOptions): Promise<SaveOutcome> {
  const now = options.now.toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());
  return writeLibrary(db, async (tx) => {
    const clips = tx.objectStore('clips');
    const existing = await clips.index('canonicalUrl').get(record.canonicalUrl);
    const userFields = {
      ...(options.title !== undefined && { title: options.title }),
      ...(options.note !== undefined && { note: options.note }),
      ...(options.userTags !== undefined && { userTags: options.userTags }),
    };
    if (existing) {
      const current = fromStored(existing);
      if (current.contentHash === record.contentHash) {
        const clip: Clip = { ...current, ...userFields, clippedAt: now, ...(Object.keys(userFields).length && { updatedAt: now }) };
        await clips.put(toStored(clip));
        await tx.objectStore('summaries').put(summarise(clip));
        return { status: 'unchanged' as const, clip, previouslyClippedAt: current.clippedAt };
      }
      await tx.objectStore('versions').put(versionOf(current, now));
      // Translations follow the old content's blocks, so they stay with the past version; the other-
      // language versions belong to the page and move on with it.
      const clip: Clip = {
        ...record,
        ...(current.linkedVersions && { linkedVersions: current.linkedVersions }),
        id: current.id,
        clippedAt: now,
        updatedAt: now,
        version: current.version + 1,
        note: current.note,
        userTags: current.userTags,
        duplicateOf: current.duplicateOf,
        ...userFields,
      };
      await clips.put(toStored(clip));
      await tx.objectStore('summaries').put(summarise(clip));
      return { status: 'updated' as const, clip };
    }
    const twin = await clips.index('contentHash').get(record.contentHash);
    const clip: Clip = {
      ...record,
      id: newId(),
      clippedAt: now,
      updatedAt: now,
      version: 1,
      note: '',
      userTags: [],
      duplicateOf: twin ? (twin.duplicateOf ?? twin.id) : null,
      ...userFields,
    };
    await clips.add(toStored(clip));
    await tx.objectStore('summaries').put(summarise(clip));
    return { status: 'added' as const, clip };
  });
}

/** Reads, changes and writes back one clip in one transaction; the clip's `updatedAt` moves. */
async function updateClip(db: LibraryDb, id: string, now: Date, change: (clip: Clip) => Clip): Promise<Clip> {
  return writeLibrary(db, async (tx) => {
    const stored = await tx.objectStore('clips').get(id);
    if (!stored) throw new LibraryError('not-found', 'This clip is no longer in the library.');
    const clip: Clip = { ...change(fromStored(stored)), updatedAt: now.toISOString() };
    await tx.objectStore('clips').put(toStored(clip));
    await tx.objectStore('summaries').put(summarise(clip));
    return clip;
  });
}

export interface ClipEdits {
  title?: string;
  note?: string;
  userTags?: string[];
}

/** Changes the user's fields of a clip. */
export async function editClip(db: LibraryDb, id: string, edits: ClipEdits, now: Date): Promise<Clip> {
  return updateClip(db, id, now, (clip) => ({ ...clip, ...edits }));
}

/**
 * Keeps a translation with a clip, replacing an earlier one into the same language.
 * @param lang the target language's primary tag ("en")
 */
export async function saveTranslation(db: LibraryDb, id: string, lang: string, translation: StoredTranslation, now: Date): Promise<Clip> {
  return updateClip(db, id, now, (clip) => ({ ...clip, translations: { ...clip.translations, [lang]: translation } }));
}

/** Keeps another-language version with a clip, replacing an earlier one in the same language. */
export async function saveLinkedVersion(db: LibraryDb, id: string, linked: LinkedVersion, now: Date): Promise<Clip> {
  return updateClip(db, id, now, (clip) => ({
    ...clip,
    linkedVersions: [...(clip.linkedVersions ?? []).filter((other) => other.lang !== linked.lang), linked],
  }));
}

/** What a deletion removed, so that it can be undone. */
export interface DeletedClips {
  clips: Clip[];
  versions: ClipVersion[];
}

/** Deletes clips with their history; returns what was deleted, for undo. */
export async function deleteClips(db: LibraryDb, ids: readonly string[]): Promise<DeletedClips> {
  return writeLibrary(db, async (tx) => {
    const deleted: DeletedClips = { clips: [], versions: [] };
    for (const id of ids) {
      const stored = await tx.objectStore('clips').get(id);
      if (!stored) continue;
      deleted.clips.push(fromStored(stored));
      deleted.versions.push(...(await tx.objectStore('versions').index('clipId').getAll(id)));
      for (const v of await tx.objectStore('versions').index('clipId').getAllKeys(id)) await tx.objectStore('versions').delete(v);
      await tx.objectStore('clips').delete(id);
      await tx.objectStore('summaries').delete(id);
    }
    return deleted;
  });
}

/** Puts deleted clips back (undo). A clip whose page was clipped again meanwhile is left as it now is. */
export async function restoreClips(db: LibraryDb, deleted: DeletedClips): Promise<number> {
  return writeLibrary(db, async (tx) => {
    let restored = 0;
    for (const clip of deleted.clips) {
      if (await tx.objectStore('clips').index('canonicalUrl').getKey(clip.canonicalUrl)) continue;
      await tx.objectStore('clips').add(toStored(clip));
      await tx.objectStore('summaries').put(summarise(clip));
      for (const v of deleted.versions.filter((v) => v.clipId === clip.id)) await tx.objectStore('versions').put(v);
      restored++;
    }
    return restored;
  });
}

export async function getClip(db: LibraryDb, id: string): Promise<Clip | null> {
  const stored = await db.get('clips', id);
  return stored ? fromStored(stored) : null;
}

/** The clip of a page, looked up by its canonical URL. */
export async function findClipByUrl(db: LibraryDb, canonicalUrl: string): Promise<Clip | null> {
  const stored = await db.getFromIndex('clips', 'canonicalUrl', canonicalUrl);
  return stored ? fromStored(stored) : null;
}

/**
 * The clip of a page known only by its address (a tab before it is read): the first address that is a
 * clip's canonical URL, else the first that a clip was read from.
 */
export async function findClipForAddress(db: LibraryDb, addresses: readonly string[]): Promise<Clip | null> {
  const tx = db.transaction('clips');
  for (const index of ['canonicalUrl', 'url'] as const) {
    for (const address of addresses) {
      const stored = await tx.store.index(index).get(address);
      if (stored) return fromStored(stored);
    }
  }
  return null;
}

/** Past versions of a clip, newest first. */
export async function getVersions(db: LibraryDb, id: string): Promise<ClipVersion[]> {
  const versions = await db.getAllFromIndex('versions', 'clipId', id);
  return versions.sort((a, b) => b.version - a.version);
}

export async function listSummaries(db: LibraryDb): Promise<ClipSummary[]> {
  return db.getAll('summaries');
}

export async function countClips(db: LibraryDb): Promise<number> {
  return db.count('clips');
}

const BATCH = 500;

/**
 * Every clip (or the given ones) in batches, each read in its own short transaction, so that exporting
 * a large library never holds it all in memory.
 */
export async function* clipBatches(db: LibraryDb, ids?: readonly string[]): AsyncGenerator<Clip[]> {
  if (ids) {
    for (let i = 0; i < ids.length; i += BATCH) {
      const tx = db.transaction('clips');
      const batch = await Promise.all(ids.slice(i, i + BATCH).map((id) => tx.store.get(id)));
      await tx.done;
      yield batch.filter((c): c is StoredClip => !!c).map(fromStored);
    }
    return;
  }
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | undefined = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
    const batch: StoredClip[] = await db.getAll('clips', range, BATCH);
    if (!batch.length) return;
    after = batch[batch.length - 1]!.id;
    yield batch.map(fromStored);
  }
}
