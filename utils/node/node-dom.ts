/**
 * DOM for Node. Pages are parsed with linkedom: it gives Readability the same result as jsdom on the
 * ScrapingHub pages at several times the speed (`npm run bench:extract -- --dom=jsdom` compares). The
 * extracted HTML is sanitised by DOMPurify on one shared jsdom window, because DOMPurify is only safe on
 * a spec-compliant DOM; the markup is parsed for it with parse5, jsdom's own parser.
 */

import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { createSanitizer, type HtmlSanitizer } from '../extract/sanitize-html';
import { parseFragmentInto } from './parse5-fragment';

let sanitizerWindow: Window | null = null;

/** The jsdom window DOMPurify runs on; created once per process. */
export function nodeSanitizerWindow(): Window {
  sanitizerWindow ??= new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window;
  return sanitizerWindow;
}

/** The sanitiser for extraction in Node. */
export function nodeSanitizer(): HtmlSanitizer {
  const sanitizer = createSanitizer(nodeSanitizerWindow(), parseFragmentInto);
  if (!sanitizer) throw new Error('DOMPurify is not supported on the jsdom window');
  return sanitizer;
}

/** Parses an HTML string into a Document. */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
