/** Small DOM helpers that work the same in browsers, linkedom and jsdom, and never recurse (pages nest 5,000 deep). */

import { normalizeInline } from '../text/normalize-text';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Size of an element's text: all of it, and the part inside links. Whitespace is not counted. */
export interface TextSize {
  text: number;
  link: number;
}

/** Elements under `root` (root first) in document order. */
export function elementsInOrder(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** Number of visible characters (not whitespace) in `text`. */
export function countVisible(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

/** Measures every element under `root` in one bottom-up pass. */
export function measureTree(root: Element): Map<Element, TextSize> {
  const sizes = new Map<Element, TextSize>();
  const order = elementsInOrder(root);
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const size: TextSize = { text: 0, link: 0 };
    const inLink = el.tagName === 'A';
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE) {
        size.text += countVisible(node.nodeValue ?? '');
      } else if (node.nodeType === ELEMENT_NODE) {
        const child = sizes.get(node as Element);
        if (child) {
          size.text += child.text;
          size.link += child.link;
        }
      }
    }
    if (inLink) size.link = size.text;
    sizes.set(el, size);
  }
  return sizes;
}

/** Normalised text content of a node. */
export function textOf(node: Node | null | undefined): string {
  return node ? normalizeInline(node.textContent ?? '') : '';
}

const INVISIBLE_OR_BIDI = /[\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/g;

/**
 * Text of a short line for pattern tests: invisible and bidi marks dropped, whitespace collapsed.
 * Cheaper than `textOf`, which the values read from a line still go through.
 */
export function lineText(node: Node): string {
  return (node.textContent ?? '').replace(INVISIBLE_OR_BIDI, '').replace(/\s+/g, ' ').trim();
}

/**
 * Class names and id of an element as separate lower-case tokens, camelCase split into words
 * ("StoryShareBottom" → "story-share-bottom") so that one set of patterns reads both naming styles.
 */
export function classTokens(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return raw.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().split(/\s+/).filter(Boolean);
}

/** The nearest ancestor (or the element itself) matching `test`, stopping before `stop`. */
export function closest(el: Element | null, test: (e: Element) => boolean, stop?: Element | null): Element | null {
  for (let cur = el; cur && cur !== stop; cur = cur.parentElement) if (test(cur)) return cur;
  return null;
}

/** True when `ancestor` contains `node` (or is it). */
export function contains(ancestor: Node, node: Node | null): boolean {
  for (let cur = node; cur; cur = cur.parentNode) if (cur === ancestor) return true;
  return false;
}

/** True when the element has a non-blank text node as a direct child. */
export function hasOwnText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === TEXT_NODE && node.nodeValue?.trim()) return true;
  return false;
}
