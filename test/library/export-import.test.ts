import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLIP_SCHEMA_VERSION, type Clip } from '../../utils/library/clip';
import { extractMentions } from '../../utils/mentions/extract-mentions';
import { ARTICLE_SCHEMA_VERSION } from '../../utils/record/article-record';
import { clipBatches, getVersions, saveRecord } from '../../utils/library/clip-store';
import { CSV_COLUMNS, CSV_HEADER, csvCells } from '../../utils/library/export/columns';
import { csvField, csvRow, neutraliseFormula } from '../../utils/library/export/csv';
import { exportChunks, type ExportFormat } from '../../utils/library/export/export-writer';
import { importClips } from '../../utils/library/import/merge-import';
import { MAX_IMPORT_BYTES, parseImport } from '../../utils/library/import/parse-import';
import { LibraryError } from '../../utils/library/library-error';
import type { LibraryDb } from '../../utils/library/library-db';
import { dumpLibrary, freshLibrary } from './fake-db';
import { countingIds, hashOf, makeRecord } from './records';

const T0 = new Date('2025-11-20T10:00:00Z');
const T1 = new Date('2025-11-21T10:00:00Z');

function clipOf(id: string, overrides: Partial<Clip> = {}): Clip {
  return { ...makeRecord(overrides), id, clippedAt: T0.toISOString(), updatedAt: T0.toISOString(), version: 1, note: '', userTags: [], duplicateOf: null, ...overrides };
}

async function exportText(clips: Clip[], format: ExportFormat, bom?: boolean, batchSize = 2): Promise<string> {
  const batches: Clip[][] = [];
  for (let i = 0; i < clips.length; i += batchSize) batches.push(clips.slice(i, i + batchSize));
  let out = '';
  for await (const chunk of exportChunks(batches, { format, count: clips.length, exportedAt: T1, bom })) out += chunk;
  return out;
}

async function libraryText(db: LibraryDb, format: ExportFormat): Promise<string> {
  let out = '';
  const clips = await db.count('clips');
  for await (const chunk of exportChunks(clipBatches(db), { format, count: clips, exportedAt: T1, history: (c) => getVersions(db, c.id) })) out += chunk;
  return out;
}

describe('CSV writer', () => {
  it.each([
    ['=HYPERLINK("http://evil")', "'=HYPERLINK(\"http://evil\")"],
    ['+90 312 000 00 00', "'+90 312 000 00 00"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tsekme', "'\tsekme"],
    ['\rsatır', "'\rsatır"],
    ['  =1+1', "'  =1+1"],
    ['وزير = 3', 'وزير = 3'],
    ['e-posta', 'e-posta'],
  ])('neutralises %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it('quotes fields with commas, quotes or line breaks, doubling quotes, and ends records with CRLF', () => {
    expect(csvRow(['a', 'b,c', 'say "hi"', 'line1\nline2', '', null, 3])).toBe('a,"b,c","say ""hi""","line1\nline2",,,3\r\n');
    expect(csvField('düz metin')).toBe('düz metin');
  });

  it('starts with a BOM by default and not when turned off, then the header in the documented order', async () => {
    const withBom = await exportText([clipOf('a')], 'csv');
    expect(withBom.startsWith('\uFEFFid,version,current,title,url,canonicalUrl,siteName,')).toBe(true);
    const without = await exportText([clipOf('a')], 'csv', false);
    expect(without.startsWith('id,')).toBe(true);
    expect(CSV_HEADER.at(-1)).toBe('text');
    expect(CSV_HEADER).toHaveLength(CSV_COLUMNS.length);
  });

  it('has the people (with roles) and organisations the text names', async () => {
    const clip = clipOf('m', { mentions: { people: [{ name: 'مايا مرسي', role: 'وزيرة التضامن الاجتماعي' }, { name: 'İsmail Ergüneş' }], organisations: [{ name: 'منظمة الهجرة الدولية' }, { name: 'İslam İşbirliği Teşkilatı' }] } });
    const [header, row] = parseCsv(await exportText([clip], 'csv'), { bom: true }) as string[][];
    expect(row![header!.indexOf('people')]).toBe('مايا مرسي (وزيرة التضامن الاجتماعي); İsmail Ergüneş');
    expect(row![header!.indexOf('organisations')]).toBe('منظمة الهجرة الدولية; İslam İşbirliği Teşkilatı');
  });

  it('is read back by a real CSV parser with Arabic, Turkish and the full text intact', async () => {
    const clips = [clipOf('ar', { lang: 'ar', note: '=1+2', userTags: ['أ', 'ب'] }), clipOf('tr', { lang: 'tr', text: 'Birinci paragraf, virgüllü.\n\n"Alıntı" paragrafı.' })];
    const rows: string[][] = parseCsv(await exportText(clips, 'csv'), { bom: true, relax_column_count: false });
    expect(rows[0]).toEqual([...CSV_HEADER]);
    const col = (name: string) => CSV_HEADER.indexOf(name);
    expect(rows[1]![col('title')]).toBe(clips[0]!.title);
    expect(rows[1]![col('note')]).toBe("'=1+2");
    expect(rows[1]![col('userTags')]).toBe('أ; ب');
    expect(rows[2]![col('text')]).toBe('Birinci paragraf, virgüllü.\n\n"Alıntı" paragrafı.');
    expect(rows).toHaveLength(3);
  });
});

describe('JSON and NDJSON export', () => {
  it('writes the envelope with format, schemaVersion, exportedAt, count and the clips', async () => {
    const clips = [clipOf('a'), clipOf('b'), clipOf('c')];
    const envelope = JSON.parse(await exportText(clips, 'json'));
    expect(envelope).toEqual({ format: 'katib-clips', schemaVersion: CLIP_SCHEMA_VERSION, exportedAt: T1.toISOString(), count: 3, clips });
  });
  it('writes NDJSON as one clip per line', async () => {
    const clips = [clipOf('a'), clipOf('b'), clipOf('c')];
    const lines = (await exportText(clips, 'ndjson')).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(clips);
  });
  it('writes an empty library as valid JSON', async () => {
    expect(JSON.parse(await exportText([], 'json')).clips).toEqual([]);
  });
});

// Text that stresses every format: Arabic, Turkish, emoji, bidi marks, quotes, commas, CR/LF, empty strings.
const awkward = fc.string({
  unit: fc.constantFrom('و', 'ز', 'ي', 'ر', 'ة', 'ً', 'İ', 'ı', 'ş', 'ğ', 'a', ' ', ',', ';', '"', "'", '\n', '\r', '\r\n', '\t', '😀', '👩🏽‍💻', '\u200F', '\u202E', '\u2066', '=', '+', '-', '@', '<', '&'),
  maxLength: 40,
});
const clipArbitrary = fc.record({ title: awkward, note: awkward, text: awkward, tag: awkward, source: fc.option(awkward, { nil: null }) }).map(({ title, note, text, tag, source }) => ({
  ...clipOf('p', { title, note, text, source, tags: tag ? [tag] : [], userTags: [], contentHash: hashOf(text || 'x') }),
}));

describe('round trips (fast-check)', () => {
  it('JSON export → import → JSON gives the same clips', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(clipArbitrary, { maxLength: 5 }), async (drafts) => {
        const clips = drafts.map((c, i) => ({ ...c, id: `id-${i}`, url: `https://x.example/${i}`, canonicalUrl: `https://x.example/${i}` }));
        for (const format of ['json', 'ndjson'] as const) {
          const text = await exportText(clips, format);
          if (!clips.length && format === 'ndjson') continue;
          expect(parseImport(text).clips).toEqual(clips);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('CSV export → a real CSV parser gives back every cell', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(clipArbitrary, { minLength: 1, maxLength: 4 }), async (clips) => {
        const rows: string[][] = parseCsv(await exportText(clips, 'csv'), { bom: true });
        expect(rows).toHaveLength(clips.length + 1);
        clips.forEach((clip, i) => {
          const expected = csvCells(clip).map((cell) => (cell === null || cell === undefined ? '' : neutraliseFormula(String(cell))));
          expect(rows[i + 1]).toEqual(expected);
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('import: bad files fail cleanly and change nothing', () => {
  const good = async () => exportText([clipOf('a'), clipOf('b', { lang: 'tr' })], 'json');
  const expectInvalid = (text: string, message: RegExp, detail?: RegExp) => {
    let error: unknown;
    try {
      parseImport(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).code).toBe('invalid-import');
    expect((error as LibraryError).message).toMatch(message);
    if (detail) expect((error as LibraryError).details.join('\n')).toMatch(detail);
  };

  it('truncated JSON names the position', async () => {
    const text = await good();
    expectInvalid(text.slice(0, text.length / 2), /not valid JSON/);
  });
  it('wrong types name the clip and the field', async () => {
    const envelope = JSON.parse(await good());
    envelope.clips[1].wordCount = 'many';
    envelope.clips[0].tags = 'not-a-list';
    expectInvalid(JSON.stringify(envelope), /cannot read/, /clip 1\.tags.*\n?.*|clip 2\.wordCount/);
  });
  it('missing fields name the clip and the field', async () => {
    const envelope = JSON.parse(await good());
    delete envelope.clips[1].contentHash;
    expectInvalid(JSON.stringify(envelope), /cannot read/, /clip 2.*contentHash/);
  });
  it('__proto__ and constructor keys are refused', async () => {
    const text = await good();
    expectInvalid(text.replace('"note":""', '"note":"","__proto__":{"polluted":true}'), /__proto__/);
    expectInvalid(text.replace('"note":""', '"note":"","constructor":{"prototype":{}}'), /constructor|prototype/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
  it('a 50 MB file is refused before it is parsed', () => {
    const huge = `[${' '.repeat(50 * 1024 * 1024)}]`;
    expect(huge.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    expectInvalid(huge, /50\.0 MB.*up to 32 MB/);
  });
  it('duplicate ids are refused', async () => {
    const envelope = JSON.parse(await good());
    envelope.clips[1].id = envelope.clips[0].id;
    expectInvalid(JSON.stringify(envelope), /same id/, /clip 2 repeats the id of clip 1/);
  });
  it('a schemaVersion from the future is refused', async () => {
    const envelope = JSON.parse(await good());
    expectInvalid(JSON.stringify({ ...envelope, schemaVersion: CLIP_SCHEMA_VERSION + 1 }), /newer version of Katib/);
    envelope.clips[0].schemaVersion = 9;
    expectInvalid(JSON.stringify(envelope), /clip 1 was made by a newer version/);
  });
  it('an export of schema 1 (before mentions) is read, each record getting the mentions of its own text', async () => {
    const envelope = JSON.parse(await good());
    const v1 = {
      ...envelope,
      schemaVersion: 1,
      clips: envelope.clips.map(({ mentions: _m, ...clip }: Clip) => ({ ...clip, schemaVersion: 1, history: [{ ...clip, schemaVersion: 1 }] })),
    };
    const { clips } = parseImport(JSON.stringify(v1));
    expect(clips.map((c) => c.schemaVersion)).toEqual([ARTICLE_SCHEMA_VERSION, ARTICLE_SCHEMA_VERSION]);
    for (const clip of clips) {
      expect(clip.mentions.people.length + clip.mentions.organisations.length).toBeGreaterThan(0);
      expect(clip.mentions).toEqual(extractMentions(clip.text, clip.lang));
      expect(clip.history?.[0]?.mentions).toEqual(clip.mentions);
    }
    expectInvalid(JSON.stringify({ ...v1, clips: v1.clips.map((c: Clip) => ({ ...c, schemaVersion: 0 })) }), /cannot read/, /schemaVersion/);
  });
  it('a count that does not match the clips is refused', async () => {
    const envelope = JSON.parse(await good());
    expectInvalid(JSON.stringify({ ...envelope, count: 5 }), /says it holds 5 clips but holds 2/);
  });
  it('NDJSON errors name the line', async () => {
    const lines = (await exportText([clipOf('a'), clipOf('b')], 'ndjson')).split('\n');
    lines[1] = lines[1]!.replace('"lang":"', '"lang":"!');
    expectInvalid(lines.join('\n'), /cannot read/, /line 2\.lang/);
  });
  it('other files are not Katib exports', () => {
    expectInvalid('', /empty/);
    expectInvalid('id,title\r\n1,x', /not a Katib export/);
    expectInvalid('{"format":"other","clips":[]}', /not a Katib export/);
  });
  it('accepts the envelope, a bare array and NDJSON', async () => {
    const clips = [clipOf('a'), clipOf('b')];
    expect(parseImport(await exportText(clips, 'json')).format).toBe('json');
    expect(parseImport(JSON.stringify(clips)).format).toBe('json-array');
    expect(parseImport(await exportText(clips, 'ndjson')).format).toBe('ndjson');
  });
});

describe('import: merging by the re-clipping rules', () => {
  it('reports added, updated, unchanged and rejected, and keeps replaced content as history', async () => {
    const { db } = await freshLibrary();
    const ids = countingIds();
    const same = makeRecord({ url: 'https://a.example/same' });
    const changing = makeRecord({ url: 'https://a.example/changing' });
    await saveRecord(db, same, { now: T0, newId: ids });
    await saveRecord(db, changing, { now: T0, newId: ids });
    const newer = 'yeni içerik burada';
    const file = [
      clipOf('clip-1', { ...same, updatedAt: T0.toISOString() }),
      clipOf('elsewhere', { ...changing, text: newer, contentHash: hashOf(newer), updatedAt: T1.toISOString() }),
      clipOf('fresh', { url: 'https://a.example/new', canonicalUrl: 'https://a.example/new' }),
      clipOf('clip-1', { url: 'https://a.example/collides', canonicalUrl: 'https://a.example/collides' }),
    ];
    const report = await importClips(db, parseImport(JSON.stringify(file.slice(0, 3))).clips.concat(parseImport(JSON.stringify([file[3]])).clips), T1);
    expect(report).toMatchObject({ added: 1, updated: 1, unchanged: 1, rejected: 1 });
    expect(report.rejections[0]).toMatch(/clip 4.*another page/);
    const history = await getVersions(db, 'clip-2');
    expect(history.map((v) => v.clip.text)).toEqual([changing.text]);
  });

  it('an import that fails halfway changes nothing', async () => {
    const { db } = await freshLibrary();
    await saveRecord(db, makeRecord(), { now: T0, newId: countingIds() });
    const before = await dumpLibrary(db);
    const summaries = Object.getPrototypeOf(db.transaction('summaries', 'readwrite').objectStore('summaries'));
    const put = summaries.put;
    let calls = 0;
    summaries.put = function (this: unknown, ...args: unknown[]) {
      if (++calls === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      const clips = parseImport(JSON.stringify([1, 2, 3, 4].map((i) => clipOf(`n${i}`, { url: `https://b.example/${i}`, canonicalUrl: `https://b.example/${i}` })))).clips;
      await expect(importClips(db, clips, T1)).rejects.toMatchObject({ code: 'quota' });
    } finally {
      summaries.put = put;
    }
    expect(await dumpLibrary(db)).toEqual(before);
  });

  it('a library exported with history and imported into an empty one comes back whole', async () => {
    const { db } = await freshLibrary();
    const ids = countingIds();
    const record = makeRecord({ lang: 'ar' });
    await saveRecord(db, record, { now: T0, newId: ids });
    await saveRecord(db, { ...record, text: 'نص جديد', contentHash: hashOf('نص جديد') }, { now: T1, newId: ids });
    await saveRecord(db, makeRecord({ lang: 'tr' }), { now: T0, newId: ids });
    const text = await libraryText(db, 'json');
    const { db: other } = await freshLibrary();
    const report = await importClips(other, parseImport(text).clips, T1);
    expect(report).toMatchObject({ added: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(await dumpLibrary(other)).toEqual(await dumpLibrary(db));
    // Importing the same file again changes nothing.
    expect(await importClips(other, parseImport(text).clips, T1)).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
  });
});
