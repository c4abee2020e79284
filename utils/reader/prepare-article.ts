/**
 * Turns a stored article's HTML into the nodes the reader shows. The HTML is sanitised again here, at
 * the point where it enters an extension page, whatever its origin (a fresh extraction, the library, an
 * imported file). Then each block gets its own direction and opposite-direction runs are isolated, in
 * that order, because isolation reads the block directions.
 */

import type { HtmlSanitizer } from '../extract/sanitize-html';
import { markBlockDirections } from './block-direction';
import { isolateBidiRuns } from './bidi-isolate';

/**
 * The reader-ready article as a detached container element.
 * @param dir the article's direction: blocks without a strong letter of their own keep it
 */
export function prepareArticle(html: string, baseUrl: string, sanitizer: HtmlSanitizer, dir: 'rtl' | 'ltr'): HTMLElement {
  const container = sanitizer.sanitize(html, baseUrl);
  container.dir = dir;
  markBlockDirections(container);
  isolateBidiRuns(container);
  for (const link of container.querySelectorAll('a[href]')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  for (const image of container.querySelectorAll('img')) {
    image.setAttribute('loading', 'lazy');
    image.setAttribute('referrerpolicy', 'no-referrer');
    image.setAttribute('decoding', 'async');
  }
  return container;
}
