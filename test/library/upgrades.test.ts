/**
 * Upgrades from every released database version. Each saved database in test/fixtures/databases is
 * rebuilt exactly as that release created it (its own schema description, not today's migrations),
 * then opened with today's code; every record must still be there and readable.
 */

import 'fake-indexeddb/auto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Clip } from '../../utils/library/clip';
import { findClipForAddress, getClip, getVersions, listSummaries } from '../../utils/library/clip-store';
import { LIBRARY_DB_VERSION, openLibraryDb } from '../../utils/library/library-db';
import { SearchIndex } from '../../utils/library/search-index';
import { LibraryError } from '../../utils/library/library-error';
import { problemMessageKey } from '../../utils/clipper/problems';
import { translatorFor } from '../../utils/i18n/catalogs';
import { extractMentions } from '../../utils/mentions/extract-mentions';
import { ARTICLE_SCHEMA_VERSION } from '../../utils/record/article-record';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/databases');

interface SavedDatabase {
  name: string;
  version: number;
  schema: Record<string, { keyPath: string; indexes: Array<[string, string, IDBIndexParameters]> }>;
  records: Record<string, Array<Record<string, unknown>>>;
}

function restore(factory: IDBFactory, saved: SavedDatabase): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(saved.name, saved.version);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const [store, { keyPath, indexes }] of Object.entries(saved.schema)) {
        const os = db.createObjectStore(store, { keyPath });
        for (const [name, key, options] of indexes) os.createIndex(name, key, options);
      }
      for (const [store, rows] of Object.entries(saved.records)) for (const row of rows) request.transaction!.objectStore(store).put(row);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

const saved = fs
  .readdirSync(DIR)
  .filter((f) => /^katib-v\d+\.json$/.test(f))
  .map((f) => ({ file: f, db: JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as SavedDatabase }));

describe.each(saved)('upgrade from $file', ({ db: savedDb }) => {
  it('keeps every clip, version and summary, readable through the library', async () => {
    expect(savedDb.version).toBeLessThanOrEqual(LIBRARY_DB_VERSION);
    const factory = new IDBFactory();
    await restore(factory, savedDb);
    const db = await openLibraryDb({ indexedDB: factory });
    expect(db.version).toBe(LIBRARY_DB_VERSION);

    const clips = savedDb.records['clips'] as unknown as Clip[];
    for (const old of clips) {
      const clip = await getClip(db, old.id);
      expect(clip, old.id).not.toBeNull();
      expect(clip!.text).toBe(old.text);
      expect(clip!.title).toBe(old.title);
      expect(clip!.note).toBe(old.note);
      expect(clip!.userTags).toEqual(old.userTags);
      expect(clip!.version).toBe(old.version);
      // Schema 2 records carry mentions: kept when saved with them, read from the old text otherwise.
      expect(clip!.schemaVersion).toBe(ARTICLE_SCHEMA_VERSION);
      expect(clip!.mentions).toEqual(old.mentions ?? extractMentions(old.text, old.lang));
      expect(clip!.translations).toEqual(old.translations);
      expect(clip!.linkedVersions).toEqual(old.linkedVersions);
      // Indexes added by later versions cover the old records too.
      expect(await db.getAllKeysFromIndex('clips', 'url', old.url)).toContain(old.id);
      expect((await findClipForAddress(db, [old.url]))?.id).toBe(old.id);
      const olderVersions = (savedDb.records['versions'] ?? []).filter((v) => v['clipId'] === old.id);
      const upgradedVersions = await getVersions(db, old.id);
      expect(upgradedVersions.map((v) => v.version).sort()).toEqual(olderVersions.map((v) => v['version']).sort());
      for (const version of upgradedVersions) expect(version.clip.mentions).toEqual(extractMentions(version.clip.text, version.clip.lang));
    }
    const summaries = await listSummaries(db);
    expect(summaries).toHaveLength(clips.length);
    // The upgraded library is searchable as before.
    const index = new SearchIndex(summaries);
    expect(index.search({ text: 'izlenecek' }).total).toBe(1);
    // …and filterable by the people and organisations it names, whatever the spelling's case.
    expect(index.search({ mention: 'İSMAİL ERGÜNEŞ' }).total).toBe(1);
    expect(index.facets().organisations.map((o) => o.value)).toContain('منظمة الهجرة الدولية');
    db.close();
  });
});

it('has a saved database for every released version', () => {
  const versions = saved.map((s) => s.db.version).sort();
  expect(versions).toEqual(Array.from({ length: LIBRARY_DB_VERSION }, (_, i) => i + 1));
});

it('a library saved by a newer Katib is refused with its own message, and left as it is', async () => {
  const factory = new IDBFactory();
  const newer = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open('katib', LIBRARY_DB_VERSION + 1);
    request.onupgradeneeded = () => request.result.createObjectStore('future', { keyPath: 'id' }).put({ id: 'kept' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  newer.close();
  const failure = await openLibraryDb({ indexedDB: factory }).then(
    () => null,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(LibraryError);
  expect(failure).toMatchObject({ code: 'newer-library' });
  expect(translatorFor('tr').t(problemMessageKey((failure as LibraryError).code))).toMatch(/daha yeni bir sürüm/);
  const again = await new Promise<IDBDatabase>((resolve) => {
    const request = factory.open('katib');
    request.onsuccess = () => resolve(request.result);
  });
  expect(again.version).toBe(LIBRARY_DB_VERSION + 1);
  expect([...again.objectStoreNames]).toEqual(['future']);
  again.close();
});
