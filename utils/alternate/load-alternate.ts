/**
 * Loading another-language version of an article: fetch the page, decode it as a browser would, parse
 * it inertly and extract it with the same engine as the article itself. Pure: fetching, parsing,
 * sanitising and the clock are passed in, so the same code runs in the reader and under Node.
 */

import { extractArticle } from '../extract/extract-article';
import { primaryLanguage } from '../extract/metadata/language';
import type { HtmlSanitizer } from '../extract/sanitize-html';
import { decodeHtml } from '../extract/decode-html';
import type { AlternateVersion, ArticleRecord } from '../record/article-record';

/** Why another-language version could not be shown. */
export type AlternateProblem = 'permission-denied' | 'network' | 'http-status' | 'not-html' | 'no-article' | 'same-language' | 'too-large';

export type AlternateLoad = { ok: true; record: ArticleRecord } | { ok: false; reason: AlternateProblem; detail?: string };

/** A fetched page as `fetchHtml` hands it over. */
export interface FetchedPage {
  ok: boolean;
  status: number;
  /** The `Content-Type` header, when the server sent one. */
  contentType: string | null;
  /** The address after redirects, when it differs from the one asked for. */
  url?: string;
  /** The body: bytes to be decoded here, or text already decoded. */
  body: ArrayBuffer | Uint8Array | string;
  /** The body's full size in bytes, when it was cut short (or not read) for being too large. */
  size?: number;
}

export interface AlternateDeps {
  /** Fetches a page; rejects on a network failure (and with an `AbortError` when `signal` aborts). */
  fetchHtml(url: string, signal: AbortSignal): Promise<FetchedPage>;
  /** Parses HTML into an inert document (no scripts run, nothing loads). */
  parseHtml(html: string, url: string): Document;
  sanitizer: HtmlSanitizer;
  now(): Date;
}

/** Pages larger than this are not read: no article needs it, and a reader tab should not hold it. */
export const MAX_PAGE_BYTES = 15 * 1024 * 1024;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function mimeOf(contentType: string | null): string | null {
  return contentType?.split(';')[0]!.trim().toLowerCase() || null;
}

function charsetOf(contentType: string | null): string | null {
  return /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

function sizeOf(page: FetchedPage): number {
  return Math.max(page.size ?? 0, typeof page.body === 'string' ? page.body.length : page.body.byteLength);
}

/** Without a content type, markup is recognised by its first character, as browsers sniff. */
function looksLikeMarkup(html: string): boolean {
  return /^\s*</.test(html.slice(0, 1024).replace(/^\uFEFF/, ''));
}

/**
 * Fetches and extracts `alternate`, the other-language version of an article in `originalLang`.
 * A page in the article's own language is refused as `same-language`: the switcher led back to it.
 * Aborting `signal` rejects with its reason.
 */
export async function loadAlternateVersion(deps: AlternateDeps, alternate: AlternateVersion, signal: AbortSignal, originalLang?: string): Promise<AlternateLoad> {
  let page: FetchedPage;
  try {
    page = await deps.fetchHtml(alternate.url, signal);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    return { ok: false, reason: 'network', detail: error instanceof Error ? error.message : String(error) };
  }
  signal.throwIfAborted();
  if (!page.ok) return { ok: false, reason: 'http-status', detail: String(page.status) };
  const mime = mimeOf(page.contentType);
  if (mime && !HTML_TYPES.has(mime)) return { ok: false, reason: 'not-html', detail: mime };
  if (sizeOf(page) > MAX_PAGE_BYTES) return { ok: false, reason: 'too-large', detail: String(sizeOf(page)) };

  const html = typeof page.body === 'string' ? page.body : decodeHtml(page.body instanceof Uint8Array ? page.body : new Uint8Array(page.body), charsetOf(page.contentType)).html;
  if (!mime && !looksLikeMarkup(html)) return { ok: false, reason: 'not-html', detail: 'no content type' };
  const url = page.url || alternate.url;
  const result = extractArticle(deps.parseHtml(html, url), url, { now: deps.now(), sanitizer: deps.sanitizer, consumeDocument: true });
  if (!result.ok) return { ok: false, reason: result.reason === 'not-html' ? 'not-html' : 'no-article', ...(result.detail && { detail: result.detail }) };
  const own = primaryLanguage(originalLang);
  if (own && primaryLanguage(result.record.lang) === own) return { ok: false, reason: 'same-language', detail: result.record.lang };
  return { ok: true, record: result.record };
}
