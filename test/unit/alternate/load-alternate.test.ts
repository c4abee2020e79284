import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignBlocks } from '../../../utils/alternate/align-blocks';
import { loadAlternateVersion, MAX_PAGE_BYTES, type AlternateDeps, type FetchedPage } from '../../../utils/alternate/load-alternate';
import { extractArticle } from '../../../utils/extract/extract-article';
import { nodeSanitizer, parseHtmlDocument } from '../../../utils/node/node-dom';
import type { ArticleRecord } from '../../../utils/record/article-record';
import { PAGES_DIR } from '../../support/golden-pages';
import { AR_EN_BEADS, TR_EN_BEADS } from './parallel-releases';

const NOW = new Date('2025-11-20T10:00:00Z');
const source = (slug: string) => fs.readFileSync(path.join(PAGES_DIR, slug, 'source.html'));
const truthUrl = (slug: string) => (JSON.parse(fs.readFileSync(path.join(PAGES_DIR, slug, 'truth.json'), 'utf8')) as { url: string }).url;

/** A site whose pages are the golden pages, served by their truth addresses; anything else is a 404. */
function goldenSite(slugs: string[], overrides: Record<string, () => Promise<FetchedPage>> = {}) {
  const requested: string[] = [];
  const pages = new Map(slugs.map((slug) => [truthUrl(slug), slug]));
  const deps: AlternateDeps = {
    async fetchHtml(url) {
      requested.push(url);
      const override = overrides[url];
      if (override) return override();
      const slug = pages.get(url);
      if (!slug) return { ok: false, status: 404, contentType: 'text/html', body: 'not found' };
      return { ok: true, status: 200, contentType: 'text/html; charset=utf-8', body: new Uint8Array(source(slug)) };
    },
    parseHtml: (html) => parseHtmlDocument(html),
    sanitizer: nodeSanitizer(),
    now: () => NOW,
  };
  return { deps, requested };
}

function extractGolden(slug: string): ArticleRecord {
  const result = extractArticle(parseHtmlDocument(source(slug).toString('utf8')), truthUrl(slug), { now: NOW, sanitizer: nodeSanitizer() });
  if (!result.ok) throw new Error(`${slug}: ${result.reason}`);
  return result.record;
}

const signal = () => new AbortController().signal;
const blocksOf = (record: ArticleRecord) => record.text.split('\n\n');

describe('loadAlternateVersion on golden pages', () => {
  it.each([
    ['tr-disisleri-dil-secici', 'en', 'en-disisleri-dil-secici', TR_EN_BEADS],
    ['ar-kharijiya-ikhtiyar-al-lugha', 'en', 'en-kharijiya-ikhtiyar-al-lugha', AR_EN_BEADS],
  ])('follows the switcher of %s to its %s version and aligns the two', async (slug, lang, otherSlug, beads) => {
    const { deps, requested } = goldenSite([slug, otherSlug]);
    const original = extractGolden(slug);
    const alternate = original.alternates.find((a) => a.lang === lang)!;
    const load = await loadAlternateVersion(deps, alternate, signal(), original.lang);
    if (!load.ok) throw new Error(load.reason);
    expect(requested).toEqual([truthUrl(otherSlug)]);
    expect(load.record).toEqual(extractGolden(otherSlug));
    expect(alignBlocks(blocksOf(original), blocksOf(load.record))).toEqual(beads);
  });

  it('reports a switcher link with no page behind it as an HTTP status', async () => {
    const { deps } = goldenSite(['tr-disisleri-dil-secici']);
    const french = extractGolden('tr-disisleri-dil-secici').alternates.find((a) => a.lang === 'fr')!;
    expect(await loadAlternateVersion(deps, french, signal(), 'tr')).toEqual({ ok: false, reason: 'http-status', detail: '404' });
  });

  it('refuses a page in the article’s own language', async () => {
    const url = 'https://www.mfa.gov.tr/aciklamalar/en-disisleri-dil-secici/';
    const { deps } = goldenSite([], { [url]: async () => ({ ok: true, status: 200, contentType: 'text/html', body: source('tr-disisleri-dil-secici').toString('utf8') }) });
    expect(await loadAlternateVersion(deps, { lang: 'en', url }, signal(), 'tr-TR')).toEqual({ ok: false, reason: 'same-language', detail: 'tr' });
  });
});

describe('loadAlternateVersion failures', () => {
  const url = 'https://www.ornek.gov.tr/en/news/45';
  const load = (page: FetchedPage | Error, originalLang = 'tr') => {
    const deps: AlternateDeps = {
      fetchHtml: async () => {
        if (page instanceof Error) throw page;
        return page;
      },
      parseHtml: (html) => parseHtmlDocument(html),
      sanitizer: nodeSanitizer(),
      now: () => NOW,
    };
    return loadAlternateVersion(deps, { lang: 'en', url }, signal(), originalLang);
  };
  const article = (lang: string, text: string) =>
    `<!doctype html><html lang="${lang}"><head><title>Release</title></head><body><nav><a href="/">Home</a></nav><article><h1>Release</h1>${`<p>${text}</p>`.repeat(4)}</article></body></html>`;
  const EN = 'The ministry announced on Tuesday that the consultations between the two delegations were held in a constructive spirit.';

  it.each<[string, FetchedPage | Error, string]>([
    ['a network failure', new TypeError('Failed to fetch'), 'network'],
    ['a server error', { ok: false, status: 503, contentType: 'text/html', body: '' }, 'http-status'],
    ['a PDF', { ok: true, status: 200, contentType: 'application/pdf', body: new Uint8Array([0x25, 0x50, 0x44, 0x46]) }, 'not-html'],
    ['JSON', { ok: true, status: 200, contentType: 'application/json; charset=utf-8', body: '{"a":1}' }, 'not-html'],
    ['an untyped body that is no markup', { ok: true, status: 200, contentType: null, body: 'plain words, no markup at all' }, 'not-html'],
    ['a body over the cap', { ok: true, status: 200, contentType: 'text/html', body: new Uint8Array(0), size: MAX_PAGE_BYTES + 1 }, 'too-large'],
    ['a home page of links', { ok: true, status: 200, contentType: 'text/html', body: `<html lang="en"><body><ul>${'<li><a href="/en/news/1">News item</a></li>'.repeat(40)}</ul></body></html>` }, 'no-article'],
  ])('reports %s', async (_name, page, reason) => {
    const result = await load(page);
    expect(result.ok ? 'ok' : result.reason).toBe(reason);
  });

  it('reads an untyped body that is markup', async () => {
    const result = await load({ ok: true, status: 200, contentType: null, body: `\uFEFF  ${article('en', EN)}` });
    expect(result.ok && result.record.lang).toBe('en');
  });

  /** Encodes text in a single-byte code page, building the table from the platform's own decoder. */
  const encodeIn = (label: string, text: string) => {
    const decoder = new TextDecoder(label);
    const table = new Map<string, number>();
    for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
    return new Uint8Array([...text].map((ch) => table.get(ch) ?? 0x3f));
  };

  it('decodes by the charset the server sends, above the page’s own declaration', async () => {
    const turkish = 'Dışişleri Bakanlığı açıklamasında, iki heyet arasındaki görüşmelerin yapıcı bir havada geçtiği belirtildi ve işbirliği vurgulandı.';
    const html = article('tr', turkish).replace('<head>', '<head><meta charset="iso-8859-1">');
    const result = await load({ ok: true, status: 200, contentType: 'text/html; charset=windows-1254', body: encodeIn('windows-1254', html) }, 'en');
    expect(result.ok && result.record.text).toContain(turkish);
  });

  it('decodes by the page’s declaration when the server names no charset', async () => {
    const arabic = 'أعلنت وزارة الخارجية اليوم أن المشاورات السياسية بين البلدين عقدت في أجواء إيجابية وبناءة، وأكدت أهمية تعزيز التعاون.';
    const html = article('ar', arabic).replace('<head>', '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">');
    const result = await load({ ok: true, status: 200, contentType: 'text/html', body: encodeIn('windows-1256', html).buffer }, 'en');
    expect(result.ok && result.record.text).toContain(arabic);
  });

  it('passes an abort on as a rejection, never as a problem', async () => {
    const controller = new AbortController();
    const deps: AlternateDeps = {
      fetchHtml: (_url, s) => new Promise((_resolve, reject) => s.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
      parseHtml: (html) => parseHtmlDocument(html),
      sanitizer: nodeSanitizer(),
      now: () => NOW,
    };
    const pending = loadAlternateVersion(deps, { lang: 'en', url }, controller.signal, 'tr');
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
