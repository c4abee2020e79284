/**
 * DOM for Node. Pages are parsed with linkedom: it gives Readability the same result as jsdom on the
 * ScrapingHub pages at several times the speed (`npm run bench:extract -- --dom=jsdom` compares). The
 * extracted HTML is sanitised by DOMPurify on one shared jsdom window, because DOMPurify is only safe on
 * a spec-compliant DOM; the markup is parsed for it with parse5, jsdom's own parser.
 */

import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { createSanitizer, type HtmlSanitizer } from '../extract/sanitize-html';
import { appendParse5Nodes, parseFragmentInto } from './parse5-fragment';

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

/**
 * Parses an HTML string into a Document with one `<html>` root holding the body, as a browser builds it.
 */
export function parseHtmlDocument(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  // linkedom places elements where their tags are written, so a page that leaves out <html> or <body> (both
  // optional in HTML) gets several root elements or its content beside an empty body, and markup after a
  // stray </body> lands outside the body (where Readability, expecting a browser's tree, fails). Such a
  // page is rebuilt from the standard parser's tree, which puts every node where a browser would.
  return hasDocumentShape(doc) ? doc : parseStandard(html);
}

const XHTML = 'http://www.w3.org/1999/xhtml';

/**
 * The standard parser's tree for `html` (parse5, as jsdom and browsers build it), copied node by node into
 * a linkedom document: serialised and parsed again, raw text such as an unclosed <iframe>'s would be read
 * as markup by linkedom and break the tree once more. Scripting is off, so <noscript> holds markup, as
 * linkedom reads it everywhere else.
 */
function parseStandard(html: string): Document {
  const tree = parse(html, { scriptingEnabled: false });
  const source = tree.childNodes.find((node) => node.nodeName === 'html') as DefaultTreeAdapterMap['element'] | undefined;
  const doc = parseHTML('<!DOCTYPE html><html></html>').document as unknown as Document;
  const root = Array.from(doc.childNodes).find((node) => node.nodeType === 1) as Element;
  if (!source) return doc;
  for (const attr of source.attrs) {
    try {
      root.setAttribute(attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value);
    } catch {
      // A name the DOM refuses carries nothing extraction reads.
    }
  }
  appendParse5Nodes(source.childNodes, root, (d, namespaceURI, tagName) => (namespaceURI === XHTML ? d.createElement(tagName) : d.createElementNS(namespaceURI, tagName)));
  return doc;
}

/**
 * One root element, `<html>`, holding a `<body>` and at most a `<head>` before it, and no text. Reads no
 * getter that would create a missing element (linkedom's `body` and `head` do), and lists the roots
 * through `childNodes`, since linkedom does not link a doctype to the root element as its next sibling.
 */
function hasDocumentShape(doc: Document): boolean {
  const roots = Array.from(doc.childNodes).filter((node) => node.nodeType === 1) as Element[];
  if (roots.length !== 1 || roots[0]!.tagName !== 'HTML') return false;
  const expected = ['HEAD', 'BODY'];
  let at = 0;
  for (const node of Array.from(roots[0]!.childNodes)) {
    if (node.nodeType === 3 && node.nodeValue?.trim()) return false;
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName;
    while (at < expected.length && expected[at] !== tag) at++;
    if (at === expected.length) return false;
    at++;
  }
  return at === expected.length;
}
