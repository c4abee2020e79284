/** The canonical address of an article: `rel=canonical` (or `og:url`) when it is on the same site. */

import { cleanUrl, isSameSite } from '../page-url';
import { firstMeta, type DeclaredMetadata } from './head-metadata';

/**
 * Prefers the declared canonical address on the same site; an address on another site (a syndication
 * partner's, a CDN's) or one pointing at the home page is ignored.
 */
export function chooseCanonicalUrl(declared: DeclaredMetadata, pageUrl: string): string {
  const candidates = [declared.canonical, firstMeta(declared, 'og:url'), ...declared.jsonLd.map((a) => a.url)];
  for (const raw of candidates) {
    if (!raw) continue;
    const url = cleanUrl(raw, pageUrl);
    if (!url || !/^https?:/.test(url) || !isSameSite(url, pageUrl)) continue;
    if (new URL(url).pathname.replace(/\/+$/, '') === '' && new URL(pageUrl).pathname.replace(/\/+$/, '') !== '') continue;
    return url;
  }
  return pageUrl;
}
