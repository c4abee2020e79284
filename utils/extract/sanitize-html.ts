/**
 * The one place where extracted HTML is sanitised (DOMPurify). The allowlist keeps article structure
 * (text, lists, tables, quotes, figures, links, images) and nothing that runs or submits: no scripts,
 * styles, event handlers, frames, forms, SVG or MathML, no `id`/`class`/`style`. Links and images are made
 * absolute against the page, and only web, mail and phone targets survive.
 */

import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { resolveLink, resolveMedia } from './page-url';

const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'dfn',
  'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd',
  'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr', 'article', 'header', 'footer',
];
/** Attributes that survive sanitising; serialising for the sanitiser may drop every other one up front. */
export const ALLOWED_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'headers', 'scope', 'start', 'reversed', 'datetime', 'dir', 'lang', 'abbr']);

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  FORBID_TAGS: ['style', 'script', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'template', 'noscript', 'base', 'meta', 'link'],
  FORBID_CONTENTS: ['style', 'script', 'template', 'noscript', 'textarea', 'select', 'option', 'svg', 'math', 'title', 'iframe', 'noembed', 'noframes', 'xmp', 'plaintext'],
};

export interface HtmlSanitizer {
  /** Sanitises `html`, resolving links and images against `baseUrl`; returns a detached container element. */
  sanitize(html: string, baseUrl: string): HTMLElement;
}

function makeHooks(purify: DOMPurify, base: { url: string }): void {
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.tagName === 'A') {
      const href = el.getAttribute('href');
      const resolved = href ? resolveLink(href, base.url) : null;
      if (resolved) {
        el.setAttribute('href', resolved);
        el.setAttribute('rel', 'noopener noreferrer');
      } else {
        el.removeAttribute('href');
        el.removeAttribute('rel');
      }
    } else if (el.tagName === 'IMG') {
      const src = el.getAttribute('src');
      const resolved = src ? resolveMedia(src, base.url) : null;
      if (resolved) el.setAttribute('src', resolved);
      else el.removeAttribute('src');
    }
  });
}

/**
 * Parses `html` as the children of `container` with the HTML standard's fragment algorithm. Lets a
 * caller bring a faster spec parser than its DOM's own (in Node, parse5 beside jsdom).
 */
export type FragmentParser = (html: string, container: HTMLElement) => void;

/**
 * Creates a sanitiser on `win` (the page's window in the browser, a jsdom window in Node).
 * Returns null when DOMPurify cannot run safely on that window (e.g. a DOM without a full parser).
 * @param parseFragment when given, markup is parsed with it and DOMPurify cleans the tree in place;
 *   otherwise DOMPurify parses the markup itself.
 */
export function createSanitizer(win: Window | null | undefined, parseFragment?: FragmentParser): HtmlSanitizer | null {
  if (!win) return null;
  const cached = sanitizers.get(win)?.get(parseFragment ?? DOMPURIFY_PARSES);
  if (cached !== undefined) return cached;
  const sanitizer = buildSanitizer(win, parseFragment);
  if (!sanitizers.has(win)) sanitizers.set(win, new Map());
  sanitizers.get(win)!.set(parseFragment ?? DOMPURIFY_PARSES, sanitizer);
  return sanitizer;
}

/** One DOMPurify instance per window and parser: building one costs more than sanitising an article. */
const sanitizers = new WeakMap<Window, Map<FragmentParser | typeof DOMPURIFY_PARSES, HtmlSanitizer | null>>();
const DOMPURIFY_PARSES = Symbol('dompurify-parses');

function buildSanitizer(win: Window, parseFragment?: FragmentParser): HtmlSanitizer | null {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) return null;
  const base = { url: 'about:blank' };
  makeHooks(purify, base);
  const doc = win.document;
  const clean = (html: string): HTMLElement => {
    const container = doc.createElement('div');
    if (parseFragment) {
      parseFragment(html, container);
      purify.sanitize(container, { ...CONFIG, IN_PLACE: true });
    } else {
      const fragment = purify.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as DocumentFragment | null;
      // Markup that makes a frameset document leaves DOMPurify no body: it then returns null, not a fragment.
      if (fragment) container.appendChild(fragment);
    }
    keepLeadingNewlines(container);
    return container;
  };
  return {
    sanitize(html, baseUrl) {
      base.url = baseUrl;
      const container = clean(html);
      // An element taken out with its content kept can leave markup that parses another way (an <h2> inside
      // an <h2> once the <main> between them is gone). Cleaned once more from its own markup, the result
      // then reads back the same wherever it is parsed and sanitised again.
      return tookOutElement(purify.removed) ? clean(container.innerHTML) : container;
    },
  };
}

/** Whether sanitising took an element out of the markup (DOMPurify also lists the `<body>` it parsed into). */
function tookOutElement(removed: DOMPurify['removed']): boolean {
  return removed.some((entry) => 'element' in entry && !DOCUMENT_ELEMENTS.has(entry.element.nodeName));
}
const DOCUMENT_ELEMENTS = new Set(['HTML', 'HEAD', 'BODY']);

/**
 * The parser drops a newline written right after `<pre>`, so a `<pre>` whose text starts with a newline
 * would lose one each time its markup is read again; a second one in front makes the markup read back as
 * it was written.
 */
function keepLeadingNewlines(root: HTMLElement): void {
  for (const pre of Array.from(root.querySelectorAll('pre'))) {
    const first = pre.firstChild;
    if (first?.nodeType === 3 && first.nodeValue?.startsWith('\n')) first.nodeValue = `\n${first.nodeValue}`;
  }
}
