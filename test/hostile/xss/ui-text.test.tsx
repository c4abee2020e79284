// @vitest-environment jsdom
/**
 * Where the interface shows a hostile page's metadata (the reader's header, the library's rows), markup
 * in it stays text: the rendered elements are the same as for plain values, every value is shown as
 * written, no element carries a handler attribute and every link is a web address or one of Katib's pages.
 */

import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ClipRow } from '../../../entrypoints/library/ClipRow';
import { ReaderHeader } from '../../../entrypoints/reader/ReaderHeader';
import { extractArticle } from '../../../utils/extract/extract-article';
import type { Clip } from '../../../utils/library/clip';
import { summarise } from '../../../utils/library/clip-summary';
import { nodeSanitizer, parseHtmlDocument } from '../../../utils/node/node-dom';
import type { ArticleRecord } from '../../../utils/record/article-record';
import { hostilePages } from './hostile-pages';

const SENTINEL = 'https://sentinel.katib.invalid';
const NOW = new Date('2025-11-21T09:00:00Z');

const extracted = hostilePages(SENTINEL).map((page) => {
  const result = extractArticle(parseHtmlDocument(page.html), page.url, { now: NOW, sanitizer: nodeSanitizer() });
  if (!result.ok) throw new Error(`${page.slug}: ${result.reason}`);
  return [page.slug, result.record] as const;
});

/**
 * Extraction takes tags out of declared metadata, but an imported file can carry anything: the same
 * records with markup written into every shown field, as a hostile export would.
 */
const imported = extracted.slice(0, 3).map(([slug, record], i) => {
  const payload = [`<img src=x onerror="fetch('${SENTINEL}/hit/ui-${i}')">`, `<script>fetch('${SENTINEL}/hit/ui-${i}')</script>`, `<svg onload="fetch('${SENTINEL}/hit/ui-${i}')"><b>`][i]!;
  const marked: ArticleRecord = {
    ...record,
    title: `${payload}${record.title}`,
    byline: `${payload} yazar`,
    siteName: `<b onmouseover="fetch('${SENTINEL}/hit/ui-site-${i}')">Haber</b>`,
    source: `${payload}kaynak`,
    dateline: `${payload}Ankara`,
    tags: [...record.tags, payload],
  };
  return [`${slug} (imported with markup)`, marked] as const;
});

const records = [...extracted, ...imported];

/** The same record with every shown text replaced by a plain word (equal values stay equal). */
function plain(record: ArticleRecord): ArticleRecord {
  const word = (value: string | null, plainWord: string) => (value === null ? null : plainWord);
  const siteName = word(record.siteName, 'site');
  const source = record.source !== null && record.source === record.siteName ? siteName : word(record.source, 'kaynak');
  return { ...record, title: 'başlık', byline: word(record.byline, 'yazar'), siteName, source, dateline: word(record.dateline, 'şehir'), tags: record.tags.map((_, i) => `etiket${i}`) };
}

function asClip(record: ArticleRecord): Clip {
  return { ...record, id: 'clip-1', clippedAt: NOW.toISOString(), updatedAt: NOW.toISOString(), version: 1, note: '', userTags: [], duplicateOf: null } as Clip;
}

const views = {
  'reader header': (record: ArticleRecord) => <ReaderHeader record={record} userTags={[]} />,
  'library row': (record: ArticleRecord) => <ClipRow clip={summarise(asClip(record))} selected={false} duplicateTitle={null} onToggle={() => undefined} />,
};

function renderToElement(view: preact.JSX.Element): HTMLElement {
  const host = document.createElement('div');
  render(view, host);
  return host;
}

const shape = (root: Element) => [...root.querySelectorAll('*')].map((el) => el.tagName).join(' ');

describe.each(Object.entries(views))('%s', (viewName, view) => {
  it.each(records)('%s: metadata shown as text', (_slug, record) => {
    const shown = renderToElement(view(record));
    expect(shape(shown)).toBe(shape(renderToElement(view(plain(record)))));
    const text = shown.textContent ?? '';
    expect(text).toContain(record.title);
    for (const value of [record.byline, record.dateline].filter((v): v is string => !!v)) if (viewName === 'reader header') expect(text).toContain(value);
    for (const el of shown.querySelectorAll('*')) {
      expect([...el.attributes].map((a) => a.name).filter((n) => n.startsWith('on'))).toEqual([]);
    }
    for (const link of shown.querySelectorAll('a[href]')) expect(link.getAttribute('href')).toMatch(/^(https?:\/\/|\/[a-z]+\.html(\?|$))/);
  });
});

it('the corpus puts markup where these views show metadata', () => {
  const shownText = records.flatMap(([, r]) => [r.title, r.byline, r.siteName, r.source, r.dateline, ...r.tags]).join('\n');
  expect(shownText).toMatch(/<(script|img|svg|b)\b/);
});
