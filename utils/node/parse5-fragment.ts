/**
 * Spec-compliant fragment parsing for the Node sanitiser. jsdom parses with parse5 too, but builds its
 * heavy DOM node by node as it goes; parsing with parse5's light tree and then creating the jsdom nodes
 * directly gives the same tree several times faster (see `npm run bench:extract`).
 */

import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

/** A node of parse5's default tree. */
export type P5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['parentNode'];
type P5Element = DefaultTreeAdapterMap['element'];

/** Fragments are parsed as the content of `<body>`, as DOMPurify parses markup itself. */
const BODY_CONTEXT: P5Element = (() => {
  const html = parse('<!doctype html><html><head></head><body></body></html>').childNodes.find((n) => n.nodeName === 'html') as P5Element;
  return html.childNodes.find((n) => n.nodeName === 'body') as P5Element;
})();

/** Creates the DOM element for a parse5 element. */
export type ElementFactory = (doc: Document, namespaceURI: string, tagName: string) => Element;

const byNamespace: ElementFactory = (doc, namespaceURI, tagName) => doc.createElementNS(namespaceURI, tagName);

/** Parses `html` and appends the resulting nodes to `container` (elements, attributes and text only). */
export function parseFragmentInto(html: string, container: HTMLElement): void {
  // Scripting off, as for DOMParser: <noscript> content is markup, as DOMPurify would see it.
  const fragment = parseFragment(BODY_CONTEXT, html, { scriptingEnabled: false });
  appendParse5Nodes(fragment.childNodes, container);
}

/**
 * Builds DOM nodes for parse5 nodes (elements, attributes and text only) and appends them to `container`,
 * without recursion. Template contents become the template element's children.
 */
export function appendParse5Nodes(nodes: readonly P5Node[], container: Element, create: ElementFactory = byNamespace): void {
  const doc = container.ownerDocument;
  const stack: Array<[P5Node, Node]> = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push([nodes[i]!, container]);
  while (stack.length) {
    const [node, parent] = stack.pop()!;
    if (node.nodeName === '#text') {
      parent.appendChild(doc.createTextNode((node as DefaultTreeAdapterMap['textNode']).value));
      continue;
    }
    if (!('tagName' in node)) continue; // comments and document types carry nothing for an article
    const el = create(doc, node.namespaceURI, node.tagName);
    for (const attr of node.attrs) {
      try {
        el.setAttribute(attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value);
      } catch {
        // A name the DOM refuses (quotes, "=" in it) could not survive sanitising anyway.
      }
    }
    parent.appendChild(el);
    // Only an HTML <template> has contents; an SVG or MathML element named "template" has children.
    const content = node.tagName === 'template' ? (node as DefaultTreeAdapterMap['template']).content : undefined;
    const kids = content ? content.childNodes : node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, el]);
  }
}
