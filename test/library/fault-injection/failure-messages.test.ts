/**
 * What the interface says when the library fails: every failure the fault tests produce reaches the
 * user in the interface language (English, Turkish, Arabic), through the clip path (background → popup,
 * reader, page toast) and the library page (delete, undo, import, export), and a blocked library is
 * reported rather than left behind a spinner.
 */

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createClipService, type ClipServiceDeps } from '../../../utils/clipper/clip-service';
import { extractionReply } from '../../../utils/clipper/extraction-reply';
import { exportFailureMessage, importFailureMessage, problemMessage } from '../../../utils/clipper/outcome-messages';
import { problemMessageKey } from '../../../utils/clipper/problems';
import type { UiLanguage } from '../../../utils/i18n/catalog';
import { CATALOGS, translatorFor } from '../../../utils/i18n/catalogs';
import type { MessageKey } from '../../../utils/i18n/messages-en';
import { clipBatches } from '../../../utils/library/clip-store';
import { exportChunks } from '../../../utils/library/export/export-writer';
import { importClips } from '../../../utils/library/import/merge-import';
import { parseImport } from '../../../utils/library/import/parse-import';
import { libraryConnection } from '../../../utils/library/library-connection';
import { LIBRARY_DB_NAME, LIBRARY_DB_VERSION, openLibraryDb } from '../../../utils/library/library-db';
import type { LibraryErrorCode } from '../../../utils/library/library-error';
import { faultyIndexedDB } from './faulty-indexeddb';
import { openAsRelease, openRaw, settle } from './raw-idb';
import { day, importFile, pages, seedLibrary } from './seeded-library';
import { pageRecordOf } from '../records';

const LANGUAGES: readonly UiLanguage[] = ['en', 'tr', 'ar'];

/** The catalog's text for a message key in every interface language. */
function texts(key: MessageKey): Record<UiLanguage, string> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, CATALOGS[lang][key] as string])) as Record<UiLanguage, string>;
}

async function seededLibrary(plan: Parameters<typeof faultyIndexedDB>[1] = null) {
  const raw = new IDBFactory();
  await seedLibrary(await openLibraryDb({ indexedDB: raw }));
  const faulty = faultyIndexedDB(raw, plan);
  return { raw, faulty, db: await openLibraryDb({ indexedDB: faulty.factory }) };
}

function clipService(library: ClipServiceDeps['library'], record = pages.mofa()) {
  return createClipService({ inject: async () => extractionReply({ ok: true, record: pageRecordOf(record) }, 'text/html'), library, now: () => day(10) });
}

describe('library failures in the interface language', () => {
  it.each<[LibraryErrorCode, MessageKey]>([
    ['quota', 'errorQuota'],
    ['failed', 'errorFailed'],
    ['blocked', 'errorBlocked'],
    ['unavailable', 'errorUnavailable'],
  ])('%s has its own message, translated into Turkish and Arabic', (code, key) => {
    expect(problemMessageKey(code)).toBe(key);
    const catalog = texts(key);
    for (const lang of LANGUAGES) {
      expect(problemMessage(translatorFor(lang), { code })).toBe(catalog[lang]);
      expect(catalog[lang].trim().length).toBeGreaterThan(20);
    }
    expect(catalog.tr).not.toBe(catalog.en);
    expect(catalog.ar).not.toBe(catalog.en);
    expect(catalog.ar).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('the clip path', () => {
  it('a full disk while clipping gives the popup and the page toast the quota message in Arabic', async () => {
    const { db, faulty } = await seededLibrary({ kind: 'quota-request', at: 2 });
    const reply = await clipService(async () => db, pages.sis('نص جديد للصفحة بعد التحديث.')).clipTab({ id: 4, url: pages.sis().url });
    expect(faulty.stats.injected).toBe(1);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.problem.code).toBe('quota');
    expect(reply.problem.detail).toMatch(/Nothing was saved/);
    expect(problemMessage(translatorFor('ar'), reply.problem)).toBe(texts('errorQuota').ar);
  });

  it('a library blocked by an older release is reported to the popup at once, not left reading', async () => {
    const raw = new IDBFactory();
    const old = await openAsRelease(raw, 1);
    const service = clipService(libraryConnection(() => openLibraryDb({ indexedDB: raw })));
    const record = pages.mofa();
    for (const ask of [() => service.readTab({ id: 1, url: record.url }), () => service.clipTab({ id: 1, url: record.url })]) {
      const reply = await Promise.race([ask(), settle(200).then(() => 'still waiting' as const)]);
      expect(reply).not.toBe('still waiting');
      expect(reply).toMatchObject({ ok: false, problem: { code: 'blocked' } });
      if (reply === 'still waiting' || reply.ok) return;
      expect(problemMessage(translatorFor('tr'), reply.problem)).toBe(texts('errorBlocked').tr);
    }
    old.close();
    await settle();
    expect(await service.readTab({ id: 1, url: record.url })).toMatchObject({ ok: true, clip: null });
  });
});

describe('the library page', () => {
  it('an import that hits a full disk says so in Turkish, not in the English of the error', async () => {
    const { db, faulty } = await seededLibrary({ kind: 'quota-commit' });
    const failure = await importClips(db, parseImport(importFile()).clips, day(10)).catch((error: unknown) => error);
    expect(faulty.stats.injected).toBe(1);
    const message = importFailureMessage(translatorFor('tr'), failure);
    expect(message).toEqual({ headline: texts('importFailed').tr, advice: texts('errorQuota').tr, fileProblems: null });
  });

  it('an import of a file Katib cannot read names the problems in the file, with their positions', () => {
    const envelope = JSON.parse(importFile()) as { clips: Array<Record<string, unknown>> };
    envelope.clips[1]!['wordCount'] = 'many';
    let failure: unknown;
    try {
      parseImport(JSON.stringify(envelope));
    } catch (error) {
      failure = error;
    }
    const message = importFailureMessage(translatorFor('ar'), failure);
    expect(message.headline).toBe(texts('importFailed').ar);
    expect(message.advice).toBeNull();
    expect(message.fileProblems?.message).toMatch(/nothing was imported/);
    expect(message.fileProblems?.details.join('\n')).toMatch(/clip 2\.wordCount/);
  });

  it('an export from a library closed under the page says the library is unavailable, in Arabic, without the browser’s English', async () => {
    const { raw, db } = await seededLibrary();
    (await openRaw(raw, LIBRARY_DB_NAME, LIBRARY_DB_VERSION + 1)).close();
    let failure: unknown;
    try {
      for await (const chunk of exportChunks(clipBatches(db), { format: 'csv', count: 5, exportedAt: day(10) })) expect(chunk).toBeTypeOf('string');
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(Error);
    const text = exportFailureMessage(translatorFor('ar'), failure);
    expect(text).toBe(translatorFor('ar').t('exportFailed', { reason: texts('errorUnavailable').ar }));
    expect(text).not.toContain((failure as Error).message);
    expect(exportFailureMessage(translatorFor('tr'), new RangeError('Array buffer allocation failed'))).toBe(translatorFor('tr').t('exportFailed', { reason: texts('errorUnavailable').tr }));
  });
});
