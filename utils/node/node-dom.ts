/**
 * DOM for Node: pages are parsed with linkedom (as faithful for Readability as jsdom on the ScrapingHub
 * pages, several times faster; see `npm run bench:extract`), and sanitised on one shared jsdom window,
 * because DOMPurify needs a spec-compliant HTML parser to be safe.
 */

import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';

let sanitizerWindow: Window | null = null;

/** The jsdom window DOMPurify runs on; created once per process. */
export function nodeSanitizerWindow(): Window {
  sanitizerWindow ??= new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window;
  return sanitizerWindow;
}

/** Parses an HTML string into a Document. */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
