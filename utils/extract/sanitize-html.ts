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
 * Creates a sanitiser on `win` (the page's window in the browser, a jsdom window in Node).
 * Returns null when DOMPurify cannot run safely on that window (e.g. a DOM without a full parser).
 */
export function createSanitizer(win: Window | null | undefined): HtmlSanitizer | null {
  if (!win) return null;
  let sanitizer = sanitizers.get(win);
  if (sanitizer === undefined) {
    sanitizer = buildSanitizer(win);
    sanitizers.set(win, sanitizer);
  }
  return sanitizer;
}

/** One DOMPurify instance per window: building one costs more than sanitising an article. */
const sanitizers = new WeakMap<Window, HtmlSanitizer | null>();

function buildSanitizer(win: Window): HtmlSanitizer | null {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) return null;
  const base = { url: 'about:blank' };
  makeHooks(purify, base);
  const doc = win.document;
  return {
    sanitize(html, baseUrl) {
      base.url = baseUrl;
      const fragment = purify.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as DocumentFragment;
      const container = doc.createElement('div');
      container.appendChild(fragment);
      return container;
    },
  };
}
