/**
 * Serialises extracted article HTML for the sanitiser, following the HTML serialisation algorithm's
 * escaping (some DOMs leave `&` unescaped in attribute values, which changes values on re-parse).
 * Attributes the sanitiser would drop anyway, comments, and whitespace between block elements are left
 * out: the sanitiser then parses less, and the output has no layout noise.
 */

import { ELEMENT_NODE, TEXT_NODE } from './dom-tree';

const VOID = new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'SOURCE', 'TRACK', 'WBR']);
/** Elements whose content is not markup: dropped whole (none of them survives sanitising). */
const RAW_TEXT = new Set(['SCRIPT', 'STYLE', 'XMP', 'IFRAME', 'NOEMBED', 'NOFRAMES', 'PLAINTEXT', 'NOSCRIPT', 'TEXTAREA', 'TITLE', 'TEMPLATE']);
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION COL COLGROUP DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR IMG LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TFOOT TH THEAD TR UL'.split(' '),
);

function escapeText(text: string): string {
  return text.replace(/[&<>\u00A0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"\u00A0]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&nbsp;'));
}

function isBlockNode(node: Node | null): boolean {
  return !node || (node.nodeType === ELEMENT_NODE && BLOCK.has((node as Element).tagName));
}

/**
 * The inner HTML of `root`, keeping only attributes in `keepAttributes`.
 * Never recurses, so a page nested thousands of levels deep cannot overflow the stack.
 */
export function serializeInnerHtml(root: Element, keepAttributes: ReadonlySet<string>): string {
  const out: string[] = [];
  type Frame = { node: Node; close?: string };
  const stack: Frame[] = [];
  const pushChildren = (parent: Node) => {
    const kids = parent.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]! });
  };
  pushChildren(root);
  let inPre = 0;
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.close !== undefined) {
      if (frame.close === 'PRE') inPre--;
      out.push(`</${frame.close.toLowerCase()}>`);
      continue;
    }
    const node = frame.node;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      const parent = node.parentNode;
      const inBlock = !parent || parent === root || isBlockNode(parent);
      if (!inPre && inBlock && !/\S/.test(value) && isBlockNode(node.previousSibling) && isBlockNode(node.nextSibling)) continue;
      out.push(escapeText(value));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.tagName;
    if (RAW_TEXT.has(tag) || !/^[A-Z][A-Z0-9-]*$/i.test(tag)) continue;
    let open = `<${tag.toLowerCase()}`;
    for (const name of el.getAttributeNames()) {
      const lower = name.toLowerCase();
      if (keepAttributes.has(lower)) open += ` ${lower}="${escapeAttribute(el.getAttribute(name) ?? '')}"`;
    }
    out.push(`${open}>`);
    if (VOID.has(tag)) continue;
    if (tag === 'PRE') inPre++;
    stack.push({ node, close: tag });
    pushChildren(el);
  }
  return out.join('');
}
