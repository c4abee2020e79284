/** Everything the page declares about itself in markup: meta tags, links, microdata, `<time>` and JSON-LD. */

import type { AlternateVersion } from '../../record/article-record';
import { stripMarkup } from '../../text/normalize-text';
import { textOf } from '../dom-tree';
import type { PageIndex } from '../page-index';
import { cleanUrl } from '../page-url';
import { readJsonLd, type JsonLdArticle } from './json-ld';

/**
 * More `hreflang` links than any site has languages; the rest are dropped so that the record stays within
 * what the library accepts (`ArticleRecordSchema`), with room for the language switchers' links.
 */
const MAX_ALTERNATES = 100;

export interface TimeElement {
  datetime: string;
  text: string;
  element: Element;
}

export interface DeclaredMetadata {
  htmlLang: string | null;
  htmlDir: string | null;
  contentLanguage: string | null;
  documentTitle: string | null;
  /** `meta` content by lower-cased `name`, `property`, `itemprop` or `http-equiv`, in page order. */
  meta: Map<string, string[]>;
  /** Microdata values outside `meta` tags (`content`, `datetime` or the text), by `itemprop`. */
  itemprops: Map<string, string[]>;
  canonical: string | null;
  alternates: AlternateVersion[];
  times: TimeElement[];
  jsonLd: JsonLdArticle[];
  jsonLdPublishers: string[];
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Reads the declared metadata of `doc` (resolving links against `pageUrl`). Call before anything is removed. */
export function readDeclaredMetadata(doc: Document, index: PageIndex, pageUrl: string): DeclaredMetadata {
  const root = doc.documentElement;
  const meta = new Map<string, string[]>();
  for (const el of index.metas) {
    const content = stripMarkup((el.getAttribute('content') ?? '').trim());
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr);
      if (key) for (const k of key.toLowerCase().split(/\s+/)) push(meta, k, content);
    }
  }

  const itemprops = new Map<string, string[]>();
  for (const el of index.itemprops) {
    const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? (el.children.length < 4 ? textOf(el) : '');
    if (!value || value.length > 300) continue;
    for (const k of (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/)) if (k) push(itemprops, k, value.trim());
  }

  let canonical: string | null = null;
  const alternates: AlternateVersion[] = [];
  for (const link of index.links) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href') ?? '';
    if (rel.includes('canonical') && !canonical) canonical = cleanUrl(href, pageUrl);
    const hreflang = link.getAttribute('hreflang');
    if (rel.includes('alternate') && hreflang) {
      const url = cleanUrl(href, pageUrl);
      // The reader shows alternates as links: a javascript: or data: address must never become one.
      if (alternates.length >= MAX_ALTERNATES || !url || !/^https?:/.test(url)) continue;
      if (!alternates.some((a) => a.url === url && a.lang === hreflang)) alternates.push({ lang: hreflang.trim(), url });
    }
  }

  const times: TimeElement[] = [];
  for (const el of index.times) {
    const datetime = (el.getAttribute('datetime') ?? '').trim();
    if (datetime) times.push({ datetime, text: textOf(el), element: el });
  }

  const titleEl = index.titleElement;
  const { articles, publisherNames } = readJsonLd(index.jsonLdScripts);
  return {
    htmlLang: root?.getAttribute('lang')?.trim() || root?.getAttribute('xml:lang')?.trim() || null,
    htmlDir: root?.getAttribute('dir')?.trim().toLowerCase() || doc.body?.getAttribute('dir')?.trim().toLowerCase() || null,
    contentLanguage: meta.get('content-language')?.[0] ?? null,
    documentTitle: titleEl ? textOf(titleEl) || null : null,
    meta,
    itemprops,
    canonical,
    alternates,
    times,
    jsonLd: articles,
    jsonLdPublishers: publisherNames,
  };
}

/** The first non-empty value among the given meta keys. */
export function firstMeta(declared: DeclaredMetadata, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = declared.meta.get(key)?.find((x) => x.trim());
    if (v) return v.trim();
  }
  return null;
}
