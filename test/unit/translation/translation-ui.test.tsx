// @vitest-environment jsdom
/** The parallel view, the rows of a translation and the reader's translation panel, rendered in jsdom. */

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParallelView, type ParallelRow, type ParallelViewProps } from '../../../components/ParallelView';
import { TranslationPanel, type FinishedTranslation } from '../../../entrypoints/reader/TranslationPanel';
import { translationRows } from '../../../entrypoints/reader/translation-rows';
import type { Clip, StoredTranslation } from '../../../utils/library/clip';
import { createSanitizer } from '../../../utils/extract/sanitize-html';
import { articleBlocks } from '../../../utils/reader/article-blocks';
import { prepareArticle } from '../../../utils/reader/prepare-article';
import { makeRecord } from '../../library/records';
import { FakeTranslatorApi, fakeEnglish, type FakeOptions } from './fake-translator';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  delete (globalThis as { Translator?: unknown }).Translator;
});

/** Lets effects, promises and the fake's answers run their course. */
async function settle(): Promise<void> {
  for (let i = 0; i < 30; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

const cellText = (row: Element, side: 'left' | 'right') => row.querySelector(`.parallel-cell[data-side='${side}']`)?.textContent ?? '';

describe('ParallelView', () => {
  const doc = document;
  const paragraph = (text: string) => Object.assign(doc.createElement('p'), { textContent: text });

  it('puts a right-to-left original on the physical right and keeps each side’s language and direction', () => {
    const rows: ParallelRow[] = [
      { key: 'title', role: 'title', left: { kind: 'empty' }, right: { kind: 'text', text: 'Climate bill' } },
      { key: '0', left: { kind: 'nodes', nodes: [paragraph('فاتورة المناخ')] }, right: { kind: 'text', text: '<b>not markup</b>' } },
      { key: '1', left: { kind: 'nodes', nodes: [paragraph('فقرة')] }, right: { kind: 'pending' } },
    ];
    render(<ParallelView left={{ lang: 'ar', dir: 'rtl', label: 'Arabic · original' }} right={{ lang: 'en', dir: 'ltr', label: 'English · translation' }} rows={rows} pendingLabel="Translating…" />, root);
    const view = root.querySelector('[data-testid="parallel-view"]')!;
    const [title, first, second] = [...view.querySelectorAll('.parallel-row:not(.parallel-labels)')];
    const left = first!.querySelector('.parallel-cell[data-side="left"]')!;
    const right = first!.querySelector('.parallel-cell[data-side="right"]')!;
    expect([left.getAttribute('data-column'), left.getAttribute('dir'), left.getAttribute('lang')]).toEqual(['2', 'rtl', 'ar']);
    expect([right.getAttribute('data-column'), right.getAttribute('dir'), right.getAttribute('lang')]).toEqual(['1', 'ltr', 'en']);
    expect(right.querySelector('b')).toBeNull();
    expect(cellText(first!, 'right')).toBe('<b>not markup</b>');
    expect(title!.querySelector('h2.parallel-title')?.textContent).toBe('Climate bill');
    expect(second!.querySelector('[data-side="right"] [role="status"]')?.getAttribute('aria-label')).toBe('Translating…');
    expect([...view.querySelectorAll('.parallel-label')].map((label) => label.textContent)).toEqual(['Arabic · original', 'English · translation']);
  });

  it('keeps the original first when both sides run the same way', () => {
    render(<ParallelView left={{ lang: 'tr', dir: 'ltr', label: 'a' }} right={{ lang: 'en', dir: 'ltr', label: 'b' }} rows={[{ key: '0', left: { kind: 'text', text: 'Bir' }, right: { kind: 'text', text: 'One' } }]} />, root);
    expect(root.querySelector('.parallel-cell[data-side="left"]')?.getAttribute('data-column')).toBe('1');
    const arabicTranslation = <ParallelView left={{ lang: 'tr', dir: 'ltr', label: 'a' }} right={{ lang: 'ar', dir: 'rtl', label: 'b' }} rows={[{ key: '0', left: { kind: 'text', text: 'Bir' }, right: { kind: 'text', text: 'واحد' } }]} />;
    render(arabicTranslation, root);
    expect(root.querySelector('.parallel-cell[data-side="right"]')?.getAttribute('data-column')).toBe('2');
  });
});

describe('translationRows', () => {
  const blocks = articleBlocks(prepareArticle('<h2>Başlık</h2><p>Birinci paragraf.</p><ul><li>Bir</li><li>İki</li></ul><p><img src="/a.jpg" alt=""></p>', 'https://example.gov.tr/', createSanitizer(window)!, 'ltr'));
  const textOf = (row: ParallelRow) => (row.right.kind === 'text' ? row.right.text : row.right.kind === 'nodes' ? row.right.nodes.map((node) => node.textContent).join('') : row.right.kind);

  it('shows pending rows while running, empty ones after, the streamed text so far and partly translated lists', () => {
    const rowsFor = translationRows(blocks);
    expect(rowsFor({ texts: [], running: true }).map(textOf)).toEqual(['pending', 'pending', 'pending', 'pending', 'empty']);
    expect(rowsFor({ texts: ['Title', 'Heading'], running: false, partial: { index: 2, text: 'First para' } }).map(textOf)).toEqual(['Title', 'Heading', 'First para', 'empty', 'empty']);
    expect(rowsFor({ texts: ['Title', 'Heading', 'First paragraph.', 'One'], running: true }).map(textOf)).toEqual(['Title', 'Heading', 'First paragraph.', 'One', 'empty']);
  });

  it('keeps the nodes of rows whose translations did not change', () => {
    const rowsFor = translationRows(blocks);
    const before = rowsFor({ texts: ['T', 'H', 'P'], running: true });
    const after = rowsFor({ texts: ['T', 'H', 'P', 'One'], running: true });
    expect(after[2]!.right).toBe(before[2]!.right);
    expect(after[1]!.left).toBe(before[1]!.left);
    expect(after[3]!.right).not.toBe(before[3]!.right);
  });
});

describe('TranslationPanel', () => {
  const record = makeRecord({ lang: 'tr', dir: 'ltr', title: 'Bakanlık açıklama yaptı', contentHtml: '<p>Birinci paragraf.</p><p>İkinci paragraf.</p>', text: 'Birinci paragraf.\n\nİkinci paragraf.' });
  const useFake = (options: FakeOptions = {}) => {
    const fake = new FakeTranslatorApi(options);
    (globalThis as { Translator?: unknown }).Translator = fake.api().translator;
    return fake;
  };

  function mount(keep: Parameters<typeof TranslationPanel>[0]['keep'] = { kind: 'tab' }) {
    const views: (ParallelViewProps | null)[] = [];
    const finished: FinishedTranslation[] = [];
    render(<TranslationPanel record={record} keep={keep} onParallel={(view) => views.push(view)} onFinished={(f) => finished.push(f)} onSaved={() => undefined} notify={() => undefined} />, root);
    return { views, finished };
  }

  it('says plainly that Firefox and older Chrome cannot translate on the device, and leaves the original shown', async () => {
    const { views } = mount();
    await settle();
    const notice = root.querySelector('[data-testid="translation-unavailable"]');
    expect(notice?.getAttribute('data-reason')).toBe('no-api');
    expect(notice?.textContent).toBe('Translation on this device needs Chrome 138 or later; the original is shown.');
    expect(views.filter(Boolean)).toEqual([]);
    expect(root.querySelector('[data-testid="translation-start"]')).toBeNull();
  });

  it('shows the availability first, then translates on click into the interface language and offers the result for the clip', async () => {
    const fake = useFake({ availability: { 'tr>en': 'downloadable' }, downloadProgress: [0, 1] });
    const { views, finished } = mount();
    await settle();
    expect(root.querySelector('.translation-status')?.textContent).toContain('the browser first downloads a language model');
    expect(fake.created).toEqual([]);
    await act(() => (root.querySelector('[data-testid="translation-start"]') as HTMLButtonElement).click());
    await settle();
    expect(fake.created).toEqual([{ sourceLanguage: 'tr', targetLanguage: 'en' }]);
    const last = views.at(-1)!;
    expect(last.rows.map((row) => (row.right.kind === 'text' ? row.right.text : row.right.kind === 'nodes' ? row.right.nodes[0]!.textContent : row.right.kind))).toEqual([
      fakeEnglish('Bakanlık açıklama yaptı'),
      fakeEnglish('Birinci paragraf.'),
      fakeEnglish('İkinci paragraf.'),
    ]);
    expect([last.left.lang, last.right.lang, last.right.dir]).toEqual(['tr', 'en', 'ltr']);
    expect(finished.at(-1)?.translation).toMatchObject({ title: fakeEnglish('Bakanlık açıklama yaptı'), blocks: [fakeEnglish('Birinci paragraf.'), fakeEnglish('İkinci paragraf.')], engine: 'chrome-translator', sourceLang: 'tr' });
    expect(root.querySelector('.translation-note')?.textContent).toBe('To keep this translation, clip the page: the translation is saved with the clip.');
  });

  it('shows the progress bar and cancels from the panel', async () => {
    const fake = useFake({ manual: true });
    mount();
    await settle();
    await act(() => (root.querySelector('[data-testid="translation-start"]') as HTMLButtonElement).click());
    (await fake.nextCall()).resolve('Statement');
    await settle();
    const progress = root.querySelector('progress[data-testid="translation-progress"]') as HTMLProgressElement;
    expect([progress.max, progress.value]).toEqual([3, 1]);
    await act(() => (root.querySelector('[data-testid="translation-cancel"]') as HTMLButtonElement).click());
    await settle();
    expect(root.querySelector('[data-testid="translation-stopped"]')?.textContent).toBe('Translation cancelled at block 2 of 3. The blocks translated so far are shown.');
    expect(fake.calls).toHaveLength(2);
    expect(root.querySelector('[data-testid="translation-continue"]')).not.toBeNull();
  });

  it('asks the browser’s language detector when the record does not know the language', async () => {
    const fake = useFake({ detect: [{ detectedLanguage: 'tr', confidence: 0.97 }] });
    (globalThis as { LanguageDetector?: unknown }).LanguageDetector = fake.api().languageDetector;
    const views: (ParallelViewProps | null)[] = [];
    render(<TranslationPanel record={{ ...record, lang: 'und' }} keep={{ kind: 'tab' }} onParallel={(view) => views.push(view)} onFinished={() => undefined} onSaved={() => undefined} notify={() => undefined} />, root);
    await settle();
    expect(fake.availabilityCalls).toEqual([{ sourceLanguage: 'tr', targetLanguage: 'en' }]);
    delete (globalThis as { LanguageDetector?: unknown }).LanguageDetector;
    render(null, root);
    render(<TranslationPanel record={{ ...record, lang: 'und' }} keep={{ kind: 'tab' }} onParallel={() => undefined} onFinished={() => undefined} onSaved={() => undefined} notify={() => undefined} />, root);
    await settle();
    expect(root.querySelector('[data-testid="translation-unavailable"]')?.getAttribute('data-reason')).toBe('unknown-language');
  });

  it('names the same-language case when the target is the article’s own language', async () => {
    const fake = useFake();
    mount();
    await settle();
    const select = root.querySelector('[data-testid="translation-target"]') as HTMLSelectElement;
    await act(() => {
      select.value = 'tr';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(root.querySelector('[data-testid="translation-unavailable"]')?.getAttribute('data-reason')).toBe('same-language');
    expect(fake.availabilityCalls).toEqual([{ sourceLanguage: 'tr', targetLanguage: 'en' }]);
  });

  it('shows a translation kept with the clip, with its date and engine, without translating again', async () => {
    const fake = useFake();
    const stored: StoredTranslation = { title: 'The ministry made a statement', blocks: ['First paragraph.', 'Second paragraph.'], engine: 'chrome-translator', sourceLang: 'tr', createdAt: '2025-11-20T10:05:00.000Z' };
    const clip = { ...record, id: 'clip-1', clippedAt: '2025-11-20T10:00:00.000Z', updatedAt: '2025-11-20T10:05:00.000Z', version: 1, note: '', userTags: [], duplicateOf: null, translations: { ar: stored } } as Clip;
    const { views } = mount({ kind: 'clip', clip });
    await settle();
    expect(views.at(-1)?.rows.map((row) => (row.right.kind === 'text' ? row.right.text : row.right.kind === 'nodes' ? row.right.nodes[0]!.textContent : ''))).toEqual(['The ministry made a statement', 'First paragraph.', 'Second paragraph.']);
    expect(views.at(-1)?.right).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(root.querySelector('[data-testid="translation-done"]')?.textContent).toMatch(/^Translation saved on .+, made by Chrome’s built-in translator\.$/);
    expect([fake.availabilityCalls, fake.calls]).toEqual([[], []]);
    expect(root.querySelector('[data-testid="translation-save"]')).toBeNull();
    expect(root.querySelector('[data-testid="translation-again"]')).not.toBeNull();
  });
});
