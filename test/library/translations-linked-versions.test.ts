import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Clip, LinkedVersion, StoredTranslation } from '../../utils/library/clip';
import { editClip, getClip, getVersions, saveLinkedVersion, saveRecord, saveTranslation } from '../../utils/library/clip-store';
import { CSV_HEADER } from '../../utils/library/export/columns';
import { exportChunks, type ExportFormat } from '../../utils/library/export/export-writer';
import { parseImport } from '../../utils/library/import/parse-import';
import { LibraryError } from '../../utils/library/library-error';
import { dumpLibrary, freshLibrary } from './fake-db';
import { countingIds, hashOf, makeRecord } from './records';

const T0 = new Date('2025-11-20T10:00:00Z');
const T1 = new Date('2025-11-21T10:00:00Z');
const T2 = new Date('2025-11-22T10:00:00Z');

const english: StoredTranslation = {
  title: 'Minister of Social Solidarity meets the head of the IOM office',
  blocks: ['Dr Maya Morsi, Minister of Social Solidarity, met the head of the IOM office in Egypt.', 'The meeting covered closer cooperation.'],
  engine: 'chrome-translator',
  sourceLang: 'ar',
  createdAt: T1.toISOString(),
};

function linkedEnglish(): LinkedVersion {
  const record = makeRecord({ lang: 'en', dir: 'ltr', url: 'https://www.example.gov.eg/en/news/1', text: 'The Minister met the head of the IOM office.' });
  return { lang: 'en', url: record.url, record, linkedAt: T1.toISOString() };
}

async function exportText(clips: Clip[], format: ExportFormat): Promise<string> {
  let out = '';
  for await (const chunk of exportChunks([clips], { format, count: clips.length, exportedAt: T2 })) out += chunk;
  return out;
}

async function clippedArabic() {
  const { db } = await freshLibrary();
  const record = makeRecord({ lang: 'ar' });
  await saveRecord(db, record, { now: T0, newId: countingIds() });
  return { db, record };
}

describe('translations and linked versions on a clip', () => {
  it('saveTranslation keeps the translation under its language, replaces an older one and moves updatedAt', async () => {
    const { db } = await clippedArabic();
    await saveTranslation(db, 'clip-1', 'en', { ...english, title: 'old' }, T0);
    const clip = await saveTranslation(db, 'clip-1', 'en', english, T1);
    await saveTranslation(db, 'clip-1', 'tr', { ...english, title: 'Sosyal Dayanışma Bakanı', blocks: ['Bakan görüştü.'] }, T1);
    const stored = await getClip(db, 'clip-1');
    expect(clip.updatedAt).toBe(T1.toISOString());
    expect(stored?.translations?.en).toEqual(english);
    expect(Object.keys(stored?.translations ?? {})).toEqual(['en', 'tr']);
    expect(await getVersions(db, 'clip-1')).toEqual([]);
  });

  it('saveLinkedVersion keeps one version per language', async () => {
    const { db } = await clippedArabic();
    const first = linkedEnglish();
    await saveLinkedVersion(db, 'clip-1', first, T1);
    const newer = { ...first, linkedAt: T2.toISOString() };
    const clip = await saveLinkedVersion(db, 'clip-1', newer, T2);
    expect(clip.linkedVersions).toEqual([newer]);
    expect((await getClip(db, 'clip-1'))?.linkedVersions).toEqual([newer]);
  });

  it('both fail on a clip that is gone, and the library is unchanged', async () => {
    const { db } = await clippedArabic();
    const before = await dumpLibrary(db);
    await expect(saveTranslation(db, 'missing', 'en', english, T1)).rejects.toMatchObject({ code: 'not-found' });
    await expect(saveLinkedVersion(db, 'missing', linkedEnglish(), T1)).rejects.toBeInstanceOf(LibraryError);
    expect(await dumpLibrary(db)).toEqual(before);
  });

  it('a re-clip with new content keeps the linked versions, and leaves the old translation with the past version', async () => {
    const { db, record } = await clippedArabic();
    await saveTranslation(db, 'clip-1', 'en', english, T1);
    await saveLinkedVersion(db, 'clip-1', linkedEnglish(), T1);
    const text = `${record.text}\n\nتحديث: تأجل الاجتماع.`;
    const outcome = await saveRecord(db, { ...record, text, contentHash: hashOf(text) }, { now: T2 });
    expect(outcome.status).toBe('updated');
    expect(outcome.clip.translations).toBeUndefined();
    expect(outcome.clip.linkedVersions?.map((l) => l.lang)).toEqual(['en']);
    const [past] = await getVersions(db, 'clip-1');
    expect(past?.clip.translations?.en).toEqual(english);
  });

  it('an unchanged re-clip and an edit keep both', async () => {
    const { db, record } = await clippedArabic();
    await saveTranslation(db, 'clip-1', 'en', english, T1);
    await saveLinkedVersion(db, 'clip-1', linkedEnglish(), T1);
    expect((await saveRecord(db, record, { now: T2 })).clip.translations?.en).toEqual(english);
    const edited = await editClip(db, 'clip-1', { note: 'مهم' }, T2);
    expect(edited.translations?.en).toEqual(english);
    expect(edited.linkedVersions).toHaveLength(1);
  });
});

describe('exports and imports carry them', () => {
  async function translatedClip(): Promise<Clip> {
    const { db } = await clippedArabic();
    await saveTranslation(db, 'clip-1', 'en', english, T1);
    return saveLinkedVersion(db, 'clip-1', linkedEnglish(), T1);
  }

  it('JSON export → import gives the translations and linked versions back whole', async () => {
    const clip = await translatedClip();
    for (const format of ['json', 'ndjson'] as const) expect(parseImport(await exportText([clip], format)).clips).toEqual([clip]);
  });

  it('CSV has title_<lang> and text_<lang> for English, Turkish and Arabic, blocks separated by a blank line', async () => {
    const clip = await translatedClip();
    const [header, row] = parseCsv(await exportText([clip, { ...clip, id: 'plain', translations: undefined, linkedVersions: undefined }], 'csv'), { bom: true }) as string[][];
    const cell = (name: string) => row![header!.indexOf(name)];
    for (const lang of ['en', 'tr', 'ar']) expect(CSV_HEADER).toEqual(expect.arrayContaining([`title_${lang}`, `text_${lang}`]));
    expect(cell('title_en')).toBe(english.title);
    expect(cell('text_en')).toBe(english.blocks.join('\n\n'));
    expect(cell('title_tr')).toBe('');
    expect(cell('linkedVersions')).toBe('en <https://www.example.gov.eg/en/news/1>');
  });

  it('import refuses a translation under a key that is not a language, and a linked version that is not a record', async () => {
    const clip = await translatedClip();
    const badKey = JSON.stringify([{ ...clip, translations: { 'en<script>': english } }]);
    expect(() => parseImport(badKey)).toThrow(LibraryError);
    const badLinked = JSON.stringify([{ ...clip, linkedVersions: [{ ...linkedEnglish(), record: { title: 'x' } }] }]);
    const refusal = (() => {
      try {
        parseImport(badLinked);
      } catch (error) {
        return error as LibraryError;
      }
    })();
    expect(refusal?.details.join('\n')).toMatch(/linkedVersions/);
    const proto = `[${JSON.stringify(clip).replace('"translations":{', '"translations":{"__proto__":{"title":"x"},')}]`;
    expect(() => parseImport(proto)).toThrow(LibraryError);
  });
});
