/**
 * What "nothing can run" means for extracted HTML and records, checked on the tree a spec parser (parse5)
 * builds from the markup, as a browser would see it, never on the string alone. The lists here are
 * written independently of the sanitiser's allowlist, from what runs, loads or submits in a browser.
 */

import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { ArticleRecord } from '../../../utils/record/article-record';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements that run script, load a resource or a document by themselves, submit, or re-parse their content. */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param',
  'form', 'input', 'button', 'textarea', 'select', 'option', 'svg', 'math', 'template', 'noscript', 'video', 'audio',
  'source', 'track', 'picture', 'portal', 'image', 'canvas', 'xmp', 'plaintext', 'noembed', 'noframes', 'title',
  'isindex', 'keygen', 'dialog',
]);

/** Attributes that make a request, run something, or submit, whatever their value. */
const FORBIDDEN_ATTRIBUTES = new Set([
  'srcdoc', 'formaction', 'action', 'xlink:href', 'style', 'srcset', 'imagesrcset', 'background', 'poster', 'data',
  'ping', 'lowsrc', 'dynsrc', 'codebase', 'manifest', 'usemap', 'is', 'attributionsrc', 'popovertarget', 'commandfor',
]);

/** Attributes holding an address that a click follows or the page loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'longdesc']);

/** The scheme of an address as a URL parser reads it: controls and spaces around it, tabs and newlines in it, ignored. */
function schemeOf(value: string): string | null {
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1]!.toLowerCase() : null;
}

function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elements(child);
    // A template's content is a fragment of its own, not its children.
    if (child.tagName === 'template') yield* elements((child as DefaultTreeAdapterMap['template']).content);
  }
}

/**
 * Everything in `html` that could run, load, frame or submit, as "what: where" lines (empty when clean).
 * @param sentinelOrigin an address nothing may load from (the payloads' sentinel)
 */
export function dangersIn(html: string, sentinelOrigin: string): string[] {
  const found: string[] = [];
  // Scripting on, as in an extension page: <noscript> content is text there, and markup for a DOMParser.
  for (const scripting of [true, false]) {
    for (const el of elements(parseFragment(html, { scriptingEnabled: scripting }))) {
      const where = `<${el.tagName}>`;
      if (el.namespaceURI !== HTML_NS) found.push(`foreign element: ${where} in ${el.namespaceURI}`);
      if (FORBIDDEN_ELEMENTS.has(el.tagName)) found.push(`element: ${where}`);
      for (const attr of el.attrs) {
        const name = (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name).toLowerCase();
        if (name.startsWith('on')) found.push(`event handler: ${name} on ${where}`);
        if (FORBIDDEN_ATTRIBUTES.has(name)) found.push(`attribute: ${name} on ${where}`);
        if (URL_ATTRIBUTES.has(name)) {
          const scheme = schemeOf(attr.value);
          const allowed = name === 'src' ? ['http', 'https'] : ['http', 'https', 'mailto', 'tel'];
          if (scheme && !allowed.includes(scheme)) found.push(`${scheme}: address in ${name} on ${where}`);
          if (name === 'src' && attr.value.includes(sentinelOrigin)) found.push(`sentinel loaded by src on ${where}`);
        }
      }
    }
  }
  return [...new Set(found)];
}

/** True when `value` is an absolute http(s) address. */
export function isWebAddress(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const TEXT_FIELDS = ['title', 'byline', 'siteName', 'source', 'dateline', 'excerpt', 'publishedText', 'timeZone'] as const;

/**
 * The record's metadata against its contract: text fields are strings (or null), addresses are web
 * addresses, languages are language tags. Returns the problems found.
 */
export function metadataProblems(record: ArticleRecord): string[] {
  const problems: string[] = [];
  for (const field of TEXT_FIELDS) {
    const value = record[field] as unknown;
    if (value !== null && typeof value !== 'string') problems.push(`${field} is not text: ${JSON.stringify(value)}`);
  }
  if (typeof record.title !== 'string' || !record.title.trim()) problems.push('no title');
  if (!Array.isArray(record.tags) || record.tags.some((t) => typeof t !== 'string')) problems.push('tags are not text');
  const addresses: Array<[string, string]> = [
    ['url', record.url],
    ['canonicalUrl', record.canonicalUrl],
    ...record.relatedLinks.map((l, i): [string, string] => [`relatedLinks[${i}].url`, l.url]),
    ...record.alternates.map((a, i): [string, string] => [`alternates[${i}].url`, a.url]),
  ];
  for (const [field, value] of addresses) if (!isWebAddress(value)) problems.push(`${field} is not a web address: ${value}`);
  record.relatedLinks.forEach((l, i) => typeof l.title !== 'string' && problems.push(`relatedLinks[${i}].title is not text`));
  record.alternates.forEach((a, i) => !/^([a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*|x-default)$/.test(a.lang) && problems.push(`alternates[${i}].lang is not a language tag: ${a.lang}`));
  if (!/^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/.test(record.lang)) problems.push(`lang is not a language tag: ${record.lang}`);
  return problems;
}
