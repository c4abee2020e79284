/** Collects the links of a removed related or "read also" block as `{ title, url }` metadata. */

import type { RelatedLink } from '../../record/article-record';
import { textOf } from '../dom-tree';
import { cleanUrl } from '../page-url';
import { labelKind } from './lexicon';

/**
 * More than any related box holds. A page can list thousands (a whole archive grid), and a record must
 * stay within what the library accepts (`ArticleRecordSchema`), or the page could not be clipped at all.
 */
const MAX_RELATED_LINKS = 200;

/** Adds the headline links under `root` to `into`, skipping labels, the page itself and duplicates. */
export function collectRelatedLinks(root: Element, pageUrl: string, into: RelatedLink[]): void {
  const anchors = root.tagName === 'A' ? [root] : Array.from(root.querySelectorAll('a[href]'));
  for (const a of anchors) {
    if (into.length >= MAX_RELATED_LINKS) return;
    const title = textOf(a) || (a.getAttribute('title') ?? '').trim();
    if (title.length < 8 || title.split(/\s+/).length < 2 || labelKind(title)) continue;
    const url = cleanUrl(a.getAttribute('href') ?? '', pageUrl);
    if (!url || !/^https?:/.test(url) || url === cleanUrl(pageUrl)) continue;
    if (into.some((r) => r.url === url)) continue;
    into.push({ title, url });
  }
}
