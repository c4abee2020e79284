/** A translation made on the device, kept on a clip and shown again from the library without translating. */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract-article';
import { getClip, saveRecord, saveTranslation } from '../../../utils/library/clip-store';
import { nodeSanitizer, parseHtmlDocument } from '../../../utils/node/node-dom';
import { articleBlocks, translatedRowNodes } from '../../../utils/reader/article-blocks';
import { prepareArticle } from '../../../utils/reader/prepare-article';
import { storedTranslationTexts, toStoredTranslation, translationTexts } from '../../../utils/translation/stored-translation';
import { chunkAssembler } from '../../../utils/translation/stream-text';
import { TranslationSession } from '../../../utils/translation/translation-session';
import { CHROME_TRANSLATOR_ENGINE } from '../../../utils/translation/translator-api';
import { loadGoldenPages } from '../../support/golden-pages';
import { freshLibrary } from '../../library/fake-db';
import { countingIds } from '../../library/records';
import { FakeTranslatorApi, fakeEnglish } from './fake-translator';

const sanitizer = nodeSanitizer();
const T0 = new Date('2025-11-20T10:00:00Z');
const T1 = new Date('2025-11-20T10:05:00Z');

describe('stored translation', () => {
  it('round-trips through the library and rebuilds the same translated rows without a translator', async () => {
    const page = loadGoldenPages().find((p) => p.slug === 'ar-emarat-tahqiq-jadwal')!;
    const result = extractArticle(parseHtmlDocument(page.html), page.truth.url, { now: new Date(page.truth.now), sanitizer });
    if (!result.ok) throw new Error(result.reason);
    const record = result.record;
    const blocks = articleBlocks(prepareArticle(record.contentHtml, record.url, sanitizer, record.dir));
    const texts = translationTexts(record.title, blocks);

    const fake = new FakeTranslatorApi();
    const session = new TranslationSession({ api: fake.api(), sourceLanguage: 'ar', targetLanguage: 'en', texts });
    const state = await session.start();
    if (state.phase !== 'done') throw new Error(state.phase);
    const stored = toStoredTranslation(state.texts as string[], { sourceLang: 'ar', engine: CHROME_TRANSLATOR_ENGINE, now: T1 });
    expect(stored.title).toBe(fakeEnglish(record.title));
    expect(stored.blocks).toHaveLength(blocks.units.length);

    const { db } = await freshLibrary();
    const saved = await saveRecord(db, record, { now: T0, newId: countingIds() });
    const id = saved.clip.id;
    await saveTranslation(db, id, 'en', stored, T1);
    const clip = (await getClip(db, id))!;
    expect(clip.translations?.en).toEqual(stored);
    expect([stored.createdAt, stored.engine, stored.sourceLang]).toEqual(['2025-11-20T10:05:00.000Z', 'chrome-translator', 'ar']);

    // Shown again: the clip's own HTML gives the same units, and the stored texts fill them in.
    const again = articleBlocks(prepareArticle(clip.contentHtml, clip.url, sanitizer, clip.dir));
    const restored = storedTranslationTexts(clip.translations!.en!, again);
    expect(restored).toEqual(state.texts);
    const tableRow = again.rows.findIndex((row) => (row.nodes[0] as Element).querySelector?.('table'));
    const table = translatedRowNodes(again, tableRow, restored!.slice(1))[0] as Element;
    expect(table.querySelector('caption')?.textContent).toBe(fakeEnglish(again.units[again.rows[tableRow]!.unitStart]!.text));
  });

  it('does not fit an article whose units differ', () => {
    const blocks = articleBlocks(prepareArticle('<p>Bir</p><p>İki</p>', 'https://example.gov.tr/', sanitizer, 'ltr'));
    const stored = toStoredTranslation(['Title', 'One'], { sourceLang: 'tr', engine: CHROME_TRANSLATOR_ENGINE, now: T1 });
    expect(storedTranslationTexts(stored, blocks)).toBeNull();
    expect(storedTranslationTexts({ ...stored, blocks: ['One', 'Two'] }, blocks)).toEqual(['Title', 'One', 'Two']);
  });
});

describe('chunkAssembler', () => {
  const assemble = (chunks: string[]) => {
    const assembler = chunkAssembler();
    for (const chunk of chunks) assembler.add(chunk);
    return assembler.text;
  };

  it('joins chunks that carry only what is new', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 8 }), (chunks) => {
        // A second chunk that repeats the whole first one is read as the cumulative style.
        fc.pre(chunks.length < 2 || !chunks[1]!.startsWith(chunks[0]!));
        expect(assemble(chunks)).toBe(chunks.join(''));
      }),
    );
  });

  it('keeps the last of chunks that each carry the whole text so far', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.array(fc.nat(), { maxLength: 8 }), (whole, cuts) => {
        const ends = [...new Set(cuts.map((cut) => 1 + (cut % whole.length)))].sort((a, b) => a - b);
        const chunks = [...ends.filter((end) => end < whole.length), whole.length].map((end) => whole.slice(0, end));
        expect(assemble(chunks)).toBe(whole);
      }),
    );
  });
});
