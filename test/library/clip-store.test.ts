import { describe, expect, it } from 'vitest';
import {
  clipBatches,
  deleteClips,
  editClip,
  findClipByUrl,
  getClip,
  getVersions,
  listSummaries,
  restoreClips,
  saveRecord,
} from '../../utils/library/clip-store';
import { LibraryError } from '../../utils/library/library-error';
import { dumpLibrary, freshLibrary } from './fake-db';
import { countingIds, hashOf, makeRecord } from './records';

const T0 = new Date('2025-11-20T10:00:00Z');
const T1 = new Date('2025-11-21T10:00:00Z');

describe('saveRecord: re-clipping rules', () => {
  it('adds a new page as version 1 with empty user fields', async () => {
    const { db } = await freshLibrary();
    const outcome = await saveRecord(db, makeRecord(), { now: T0, newId: countingIds() });
    expect(outcome.status).toBe('added');
    expect(outcome.clip).toMatchObject({ id: 'clip-1', version: 1, note: '', userTags: [], duplicateOf: null, clippedAt: T0.toISOString(), updatedAt: T0.toISOString() });
    expect(await listSummaries(db)).toHaveLength(1);
  });

  it('same canonical URL, same content: no new record, clippedAt moves, the caller is told when it was clipped', async () => {
    const { db } = await freshLibrary();
    const record = makeRecord();
    await saveRecord(db, record, { now: T0, newId: countingIds() });
    const again = await saveRecord(db, { ...record, url: `${record.url}?ref=tw` }, { now: T1, newId: countingIds('other') });
    expect(again.status).toBe('unchanged');
    expect(again.previouslyClippedAt).toBe(T0.toISOString());
    expect(again.clip).toMatchObject({ id: 'clip-1', version: 1, clippedAt: T1.toISOString(), updatedAt: T0.toISOString() });
    expect((await dumpLibrary(db)).clips).toHaveLength(1);
    expect(await getVersions(db, 'clip-1')).toEqual([]);
  });

  it('same canonical URL, new content: a new version, and the previous one kept in history', async () => {
    const { db } = await freshLibrary();
    const record = makeRecord({ lang: 'tr' });
    await saveRecord(db, record, { now: T0, newId: countingIds() });
    await editClip(db, 'clip-1', { note: 'önemli', userTags: ['izlenecek'] }, T0);
    const changedText = `${record.text}\n\nGüncelleme: toplantı ertelendi.`;
    const outcome = await saveRecord(db, { ...record, text: changedText, contentHash: hashOf(changedText) }, { now: T1, newId: countingIds('x') });
    expect(outcome.status).toBe('updated');
    expect(outcome.clip).toMatchObject({ id: 'clip-1', version: 2, note: 'önemli', userTags: ['izlenecek'], text: changedText });
    const history = await getVersions(db, 'clip-1');
    expect(history.map((v) => [v.version, v.clip.text, v.replacedAt])).toEqual([[1, record.text, T1.toISOString()]]);
  });

  it('same content at another URL: a separate clip linked to the first by duplicateOf', async () => {
    const { db } = await freshLibrary();
    const ministry = makeRecord({ url: 'https://www.msb.gov.tr/haber/1' });
    await saveRecord(db, ministry, { now: T0, newId: countingIds() });
    const aggregator = await saveRecord(db, { ...ministry, url: 'https://haber.example.com/a', canonicalUrl: 'https://haber.example.com/a' }, { now: T1, newId: countingIds('agg') });
    expect(aggregator.status).toBe('added');
    expect(aggregator.clip.duplicateOf).toBe('clip-1');
    const third = await saveRecord(db, { ...ministry, url: 'https://b.example.com/x', canonicalUrl: 'https://b.example.com/x' }, { now: T1, newId: countingIds('b') });
    // Every copy points at the first clip, not at the copy before it.
    expect(third.clip.duplicateOf).toBe('clip-1');
  });

  it('applies the title, note and tags edited before saving', async () => {
    const { db } = await freshLibrary();
    const outcome = await saveRecord(db, makeRecord(), { now: T0, newId: countingIds(), title: 'Yeni başlık', note: 'not', userTags: ['a', 'b'] });
    expect(outcome.clip).toMatchObject({ title: 'Yeni başlık', note: 'not', userTags: ['a', 'b'] });
    expect((await listSummaries(db))[0]).toMatchObject({ title: 'Yeni başlık', userTags: ['a', 'b'] });
  });
});

describe('saveRecord: concurrency', () => {
  it('clipping the same page twice at the same moment gives one clip', async () => {
    const { db } = await freshLibrary();
    const record = makeRecord();
    const ids = countingIds();
    const outcomes = await Promise.all([saveRecord(db, record, { now: T0, newId: ids }), saveRecord(db, record, { now: T0, newId: ids })]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['added', 'unchanged']);
    expect((await dumpLibrary(db)).clips).toHaveLength(1);
  });

  it('20 tabs clipped at once give exactly 20 clips, and re-clipping them all adds none', async () => {
    const { db } = await freshLibrary();
    const records = Array.from({ length: 20 }, (_, i) => makeRecord({ url: `https://www.aa.com.tr/tr/haber/${i}`, text: `Haber ${i}: Ankara’da toplantı yapıldı.` }));
    const ids = countingIds();
    const first = await Promise.all(records.map((r) => saveRecord(db, r, { now: T0, newId: ids })));
    expect(first.every((o) => o.status === 'added')).toBe(true);
    const second = await Promise.all(records.map((r) => saveRecord(db, r, { now: T1, newId: ids })));
    expect(second.every((o) => o.status === 'unchanged')).toBe(true);
    const dump = await dumpLibrary(db);
    expect(dump.clips).toHaveLength(20);
    expect(dump.summaries).toHaveLength(20);
    expect(new Set((dump.clips as Array<{ canonicalUrl: string }>).map((c) => c.canonicalUrl)).size).toBe(20);
  });
});

describe('reading, editing and deleting', () => {
  it('finds a clip by its canonical URL', async () => {
    const { db } = await freshLibrary();
    const record = makeRecord();
    await saveRecord(db, record, { now: T0, newId: countingIds() });
    expect((await findClipByUrl(db, record.canonicalUrl))?.id).toBe('clip-1');
    expect(await findClipByUrl(db, 'https://nowhere.example/')).toBeNull();
  });

  it('edits the user fields and moves updatedAt', async () => {
    const { db } = await freshLibrary();
    await saveRecord(db, makeRecord(), { now: T0, newId: countingIds() });
    const clip = await editClip(db, 'clip-1', { title: 'Düzeltilmiş', note: 'n', userTags: ['x'] }, T1);
    expect(clip).toMatchObject({ title: 'Düzeltilmiş', note: 'n', userTags: ['x'], updatedAt: T1.toISOString() });
    expect((await getClip(db, 'clip-1'))?.title).toBe('Düzeltilmiş');
    await expect(editClip(db, 'missing', { note: 'x' }, T1)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('deletes clips with their history, and undo puts everything back as it was', async () => {
    const { db } = await freshLibrary();
    const record = makeRecord();
    await saveRecord(db, record, { now: T0, newId: countingIds() });
    await saveRecord(db, { ...record, text: 'yeni metin burada', contentHash: hashOf('yeni metin burada') }, { now: T1, newId: countingIds('x') });
    await saveRecord(db, makeRecord(), { now: T0, newId: countingIds('other') });
    const before = await dumpLibrary(db);
    const deleted = await deleteClips(db, ['clip-1', 'missing']);
    expect(deleted.clips.map((c) => c.id)).toEqual(['clip-1']);
    expect(deleted.versions).toHaveLength(1);
    const afterDelete = await dumpLibrary(db);
    expect(afterDelete.clips).toHaveLength(1);
    expect(afterDelete.versions).toHaveLength(0);
    expect(await restoreClips(db, deleted)).toBe(1);
    expect(await dumpLibrary(db)).toEqual(before);
  });

  it('reads all clips, or the chosen ones, in batches', async () => {
    const { db } = await freshLibrary();
    const ids = countingIds();
    for (let i = 0; i < 1203; i++) await saveRecord(db, makeRecord({ url: `https://x.example/${i}`, text: `metin ${i}` }), { now: T0, newId: ids });
    const sizes: number[] = [];
    for await (const batch of clipBatches(db)) sizes.push(batch.length);
    expect(sizes).toEqual([500, 500, 203]);
    const chosen: string[] = [];
    for await (const batch of clipBatches(db, ['clip-7', 'clip-3', 'nope'])) chosen.push(...batch.map((c) => c.id));
    expect(chosen).toEqual(['clip-7', 'clip-3']);
  });
});

describe('failed writes leave the library as it was', () => {
  it('a quota error on write is reported clearly and nothing is saved', async () => {
    const { db } = await freshLibrary();
    await saveRecord(db, makeRecord(), { now: T0, newId: countingIds() });
    const before = await dumpLibrary(db);
    // The summaries store fails as a full disk would, after the clip itself was written in the same transaction.
    const summaries = Object.getPrototypeOf(db.transaction('summaries', 'readwrite').objectStore('summaries'));
    const put = summaries.put;
    summaries.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const failure = await saveRecord(db, makeRecord(), { now: T1, newId: countingIds('new') }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(LibraryError);
      expect(failure).toMatchObject({ code: 'quota' });
      expect((failure as LibraryError).message).toMatch(/no more room.*Nothing was saved/);
    } finally {
      summaries.put = put;
    }
    expect(await dumpLibrary(db)).toEqual(before);
  });

  it('a transaction aborted halfway through a delete changes nothing', async () => {
    const { db } = await freshLibrary();
    const ids = countingIds();
    for (let i = 0; i < 3; i++) await saveRecord(db, makeRecord({ url: `https://x.example/${i}`, text: `metin ${i}` }), { now: T0, newId: ids });
    const before = await dumpLibrary(db);
    const summaries = Object.getPrototypeOf(db.transaction('summaries', 'readwrite').objectStore('summaries'));
    const del = summaries.delete;
    let calls = 0;
    summaries.delete = function (this: unknown, ...args: unknown[]) {
      if (++calls === 2) throw new DOMException('The transaction was aborted.', 'AbortError');
      return del.apply(this, args);
    };
    try {
      await expect(deleteClips(db, ['clip-1', 'clip-2', 'clip-3'])).rejects.toMatchObject({ code: 'failed' });
    } finally {
      summaries.delete = del;
    }
    expect(await dumpLibrary(db)).toEqual(before);
  });
});
