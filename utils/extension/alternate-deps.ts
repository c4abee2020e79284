/**
 * Browser glue for `loadAlternateVersion` in an extension page: the page's own `fetch` (which host
 * permission lets cross origins), an inert `DOMParser` and DOMPurify on the page's window.
 */

import { fetchPage } from '../alternate/fetch-page';
import { loadAlternateVersion, MAX_PAGE_BYTES, type AlternateDeps, type AlternateLoad } from '../alternate/load-alternate';
import { createSanitizer } from '../extract/sanitize-html';
import type { AlternateVersion } from '../record/article-record';

/** The loader's dependencies on `win`, or null when DOMPurify cannot run there. */
function browserAlternateDeps(win: Window & typeof globalThis): AlternateDeps | null {
  const sanitizer = createSanitizer(win);
  if (!sanitizer) return null;
  const parser = new win.DOMParser();
  return {
    fetchHtml: (url, signal) => fetchPage(win.fetch.bind(win), url, signal, MAX_PAGE_BYTES),
    // A parsed document runs no scripts and loads nothing, so a hostile page stays inert here.
    parseHtml: (html) => parser.parseFromString(html, 'text/html'),
    sanitizer,
    now: () => new Date(),
  };
}

/**
 * Loads another-language version in an extension page. The reader imports this module only when the
 * user asks for a version, so that the extraction engine is not part of every reader's start-up.
 */
export async function loadAlternateInPage(win: Window & typeof globalThis, alternate: AlternateVersion, signal: AbortSignal, originalLang: string): Promise<AlternateLoad> {
  const deps = browserAlternateDeps(win);
  if (!deps) return { ok: false, reason: 'not-html', detail: 'no HTML sanitiser in this page' };
  return loadAlternateVersion(deps, alternate, signal, originalLang);
}
