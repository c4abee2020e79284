/**
 * Which pages Katib can read, decided from the address before anything is injected, and what a failed
 * injection means. Browsers refuse scripts on their own pages and on add-on stores whatever the
 * permissions, and show PDFs in a viewer that is not the document.
 */

import type { PageProblemCode } from './problems';

const BROWSER_SCHEMES = new Set(['chrome:', 'chrome-untrusted:', 'chrome-search:', 'chrome-extension:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'moz-extension:', 'resource:', 'view-source:', 'devtools:', 'jar:']);
const NOT_WEB_SCHEMES = new Set(['data:', 'blob:', 'javascript:', 'ftp:', 'ws:', 'wss:', 'mailto:']);
const STORE_PAGES: ReadonlyArray<[host: string, pathPrefix: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['addons.mozilla.org', '/'],
  ['microsoftedge.microsoft.com', '/addons'],
];

/** The problem an address has before injection, or null when Katib may try to read it. */
export function problemForUrl(url: string | undefined): PageProblemCode | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not-web';
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return 'browser-page';
  if (NOT_WEB_SCHEMES.has(parsed.protocol)) return 'not-web';
  if (STORE_PAGES.some(([host, prefix]) => parsed.hostname === host && parsed.pathname.startsWith(prefix))) return 'store-page';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}

/** What an injection error means, given the page's address (error texts differ between browsers). */
export function problemForInjectionError(message: string, url: string | undefined): PageProblemCode {
  const before = problemForUrl(url);
  if (before) return before;
  if (/extensions gallery cannot be scripted|cannot be scripted/i.test(message)) return 'store-page';
  if (/chrome:\/\/|about:|privileged/i.test(message)) return 'browser-page';
  if (/No tab with id|Invalid tab ID|Tab not found|Frame with ID \d+ was removed|tab was closed|No window matching/i.test(message)) return 'tab-gone';
  if (url?.startsWith('file:') || /file:\/\//i.test(message)) return 'file-page';
  if (/Cannot access|Missing host permission|permission/i.test(message)) return 'no-access';
  return 'internal';
}

/** The host-permission pattern "Clip link" asks for to read a link's site, or null for a link it cannot clip. */
export function originPatternFor(linkUrl: string): string | null {
  try {
    const url = new URL(linkUrl);
    return /^https?:$/.test(url.protocol) ? `${url.protocol}//${url.hostname}/*` : null;
  } catch {
    return null;
  }
}
