/**
 * Browser glue for `loadAlternateVersion` in an extension page: the page's own `fetch` (which host
 * permission lets cross origins), an inert `DOMParser` and DOMPurify on the page's window.
 */

import { fetchPage } from '../alternate/fetch-page';
import { MAX_PAGE_BYTES, type AlternateDeps } from '../alternate/load-alternate';
import { createSanitizer } from '../extract/sanitize-html';

/** The loader's dependencies on `win`, or null when DOMPurify cannot run there. */
export function browserAlternateDeps(win: Window & typeof globalThis): AlternateDeps | null {
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
