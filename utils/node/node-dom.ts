/**
 * DOM for Node. Pages are parsed with linkedom: it gives Readability the same result as jsdom on the
 * ScrapingHub pages at several times the speed (`npm run bench:extract -- --dom=jsdom` compares). The
 * extracted HTML is sanitised by DOMPurify on one shared jsdom window, because DOMPurify is only safe on
 * a spec-compliant DOM; the markup is parsed for it with parse5, jsdom's own parser.
 */

import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
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

/**
 * Parses an HTML string into a Document with one `<html>` root holding the body, as a browser builds it.
 */
export function parseHtmlDocument(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  // linkedom places elements where their tags are written, so a page that leaves out <html> or <body> (both
  // optional in HTML) gets several root elements or its content beside an empty body, and markup after a
  // stray </body> lands outside the body (where Readability, expecting a browser's tree, fails). Such a
  // page is rebuilt from the standard parser's tree, which puts every node where a browser would.
  if (hasDocumentShape(doc)) return doc;
  // Scripting off, so that <noscript> holds markup (as linkedom reads it) rather than raw text that linkedom
  // would read as markup after all.
  const rebuilt = parseHTML(serialize(parse(html, { scriptingEnabled: false }))).document as unknown as Document;
  // Raw text linkedom still reads as markup (a "</body>" inside <xmp> or <iframe>) can leave strays behind.
  moveStraysIntoBody(rebuilt);
  return rebuilt;
}

/** Moves what sits beside `<head>` and `<body>` in the root into the body, keeping its order. */
function moveStraysIntoBody(doc: Document): void {
  const root = Array.from(doc.childNodes).find((node) => node.nodeType === 1) as Element | undefined;
  const nodes = root ? Array.from(root.childNodes) : [];
  const body = nodes.find((node) => node.nodeType === 1 && (node as Element).tagName === 'BODY');
  if (!body) return;
  const start = body.firstChild;
  let beforeBody = true;
  for (const node of nodes) {
    if (node === body) beforeBody = false;
    else if (node.nodeType === 1 ? (node as Element).tagName !== 'HEAD' || !beforeBody : node.nodeType === 3 && node.nodeValue?.trim()) {
      if (beforeBody) body.insertBefore(node, start);
      else body.appendChild(node);
    }
  }
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
