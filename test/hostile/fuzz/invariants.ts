/**
 * What must hold for any page, however broken or hostile: extraction returns instead of throwing, and a
 * record is safe (sanitised HTML, checked with a spec parser), clean (no control, bidi or invisible
 * characters and no lone surrogates in its text fields, as `normalize-text.ts` promises), well-labelled
 * (`dir` and a BCP 47 `lang`) and reproducible (the same markup parsed again gives a deep-equal result).
 */

import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { isDeepStrictEqual } from 'node:util';
import { extractArticle } from '../../../utils/extract/extract-article';
import { nodeSanitizer, parseHtmlDocument } from '../../../utils/node/node-dom';
import type { ArticleRecord, ExtractionResult } from '../../../utils/record/article-record';

type P5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];
type P5Element = DefaultTreeAdapterMap['element'];

/** Elements that run code, load other documents, submit, or hide markup from the sanitiser. */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'meta', 'base', 'form', 'input', 'button',
  'textarea', 'select', 'option', 'svg', 'math', 'template', 'noscript', 'portal', 'xmp', 'plaintext', 'noembed', 'noframes',
]);
/** Attributes whose value is loaded or navigated to. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data', 'background', 'cite', 'longdesc', 'ping']);
/** Attributes the README says never survive: styles, classes and ids (besides event handlers). */
const FORBIDDEN_ATTRIBUTES = new Set(['style', 'class', 'id', 'srcdoc', 'formaction', 'action', 'xlink:href', 'srcset']);
/** Schemes that run script or render a document when a URL attribute is followed. */
const DANGEROUS_URL = /^(javascript|vbscript|data):/i;
/** The README: only web, mail and phone links and web images survive. */
const LINK_SCHEMES = /^(https?|mailto|tel):/i;
const MEDIA_SCHEMES = /^https?:/i;

/** C0 and C1 controls except "\n". */
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
/** Bidi marks, embeddings, overrides and isolates, and the invisible characters the normaliser removes. */
const BIDI_OR_INVISIBLE = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF\u00AD]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A well-formed BCP 47 tag: a 2–3 letter language (or und) and optional subtags. */
const BCP47 = /^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?(-[A-Za-z0-9]{5,8}|-\d[A-Za-z0-9]{3})*$/;

const FAILURE_REASONS = new Set(['no-article', 'not-html']);

export class InvariantError extends Error {}

function fail(message: string): never {
  throw new InvariantError(message);
}

/** Every element of the fragment, template contents included. */
function* elements(root: P5Node): Generator<P5Element> {
  const stack: P5Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if ('tagName' in node) {
      yield node;
      if (node.tagName === 'template') stack.push((node as DefaultTreeAdapterMap['template']).content);
    }
    if ('childNodes' in node) for (const child of node.childNodes) stack.push(child as P5Node);
  }
}

/** Strips what browsers ignore inside a URL's scheme (ASCII whitespace and controls). */
function urlScheme(value: string): string {
  return value.replace(/[\u0000-\u0020\u007F]/g, '');
}

/** Sanitised article HTML, read with a spec parser: no forbidden element, handler, style or dangerous URL. */
export function assertSafeHtml(html: string): void {
  for (const el of elements(parseFragment(html))) {
    if (FORBIDDEN_ELEMENTS.has(el.tagName)) fail(`contentHtml has a <${el.tagName}> element`);
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') fail(`contentHtml has a foreign <${el.tagName}> (${el.namespaceURI})`);
    for (const attr of el.attrs) {
      const name = (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name).toLowerCase();
      if (name.startsWith('on')) fail(`contentHtml has an event handler ${name} on <${el.tagName}>`);
      if (FORBIDDEN_ATTRIBUTES.has(name)) fail(`contentHtml has a ${name} attribute on <${el.tagName}>`);
      if (URL_ATTRIBUTES.has(name)) {
        for (const candidate of name === 'srcset' ? attr.value.split(',') : [attr.value]) {
          if (DANGEROUS_URL.test(urlScheme(candidate))) fail(`contentHtml has ${name}="${attr.value}" on <${el.tagName}>`);
        }
        // Links and images are made absolute; an href or src on another element does nothing in a browser.
        if (el.tagName === 'a' && name === 'href' && !LINK_SCHEMES.test(attr.value)) fail(`contentHtml links to ${JSON.stringify(attr.value)}`);
        if (el.tagName === 'img' && name === 'src' && !MEDIA_SCHEMES.test(attr.value)) fail(`contentHtml loads ${JSON.stringify(attr.value)}`);
      }
    }
  }
}

function assertCleanString(field: string, value: string | null, options: { newlines: boolean }): void {
  if (value === null) return;
  const control = CONTROL.exec(value);
  if (control) fail(`${field} has control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')}: ${JSON.stringify(value.slice(0, 200))}`);
  const bidi = BIDI_OR_INVISIBLE.exec(value);
  if (bidi) fail(`${field} has bidi or invisible character U+${bidi[0].charCodeAt(0).toString(16).padStart(4, '0')}: ${JSON.stringify(value.slice(0, 200))}`);
  if (LONE_SURROGATE.test(value)) fail(`${field} has a lone surrogate: ${JSON.stringify(value.slice(0, 200))}`);
  if (!options.newlines && value.includes('\n')) fail(`${field} has a line break: ${JSON.stringify(value)}`);
}

/** The record's promises about its fields. */
export function assertCleanRecord(record: ArticleRecord, resanitize: (html: string) => string): void {
  assertSafeHtml(record.contentHtml);
  const again = resanitize(record.contentHtml);
  if (again !== record.contentHtml) fail(`sanitising contentHtml again changes it:\n${record.contentHtml}\n---\n${again}`);
  assertCleanString('text', record.text, { newlines: true });
  assertCleanString('title', record.title, { newlines: false });
  assertCleanString('excerpt', record.excerpt, { newlines: true });
  if (!record.title.trim()) fail('title is empty');
  if (!record.text.trim()) fail('text is empty');
  if (record.dir !== 'rtl' && record.dir !== 'ltr') fail(`dir is ${JSON.stringify(record.dir)}`);
  if (!BCP47.test(record.lang) && record.lang !== 'und') fail(`lang ${JSON.stringify(record.lang)} is not a BCP 47 tag`);
  try {
    Intl.getCanonicalLocales(record.lang);
  } catch {
    fail(`lang ${JSON.stringify(record.lang)} is rejected by Intl`);
  }
}

export interface Checked {
  result: ExtractionResult;
}

/**
 * Parses `html`, extracts it, checks every invariant, then parses and extracts the same markup again
 * and requires a deep-equal result. Throws an `InvariantError` naming the first broken promise.
 */
export function checkExtraction(html: string, url: string, now: Date): Checked {
  const sanitizer = nodeSanitizer();
  const run = (): ExtractionResult => {
    try {
      return extractArticle(parseHtmlDocument(html), url, { now, sanitizer });
    } catch (error) {
      return fail(`extractArticle threw: ${error instanceof Error ? error.stack : String(error)}`);
    }
  };
  const result = run();
  if (!result.ok) {
    if (!FAILURE_REASONS.has(result.reason)) fail(`extraction failed as ${result.reason}: ${result.detail ?? ''}`);
  } else {
    assertCleanRecord(result.record, (markup) => sanitizer.sanitize(markup, result.record.url).innerHTML);
  }
  const second = run();
  if (!isDeepStrictEqual(second, result)) fail(`a second parse and extraction differs:\n${JSON.stringify(result).slice(0, 2000)}\n---\n${JSON.stringify(second).slice(0, 2000)}`);
  return { result };
}
