import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract-article';
import { capTreeDepth, MAX_TREE_DEPTH } from '../../../utils/extract/tree-depth';
import { nodeSanitizer, parseHtmlDocument } from '../../../utils/node/node-dom';

/** Depth of the deepest element under `root`, counting `root` as 1. */
function maxDepth(root: Element): number {
  let deepest = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Element ids and text in document order. */
function sequence(root: Element): string[] {
  const out: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* elements and text */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    out.push(node.nodeType === 1 ? `#${(node as Element).id}` : `"${node.nodeValue}"`);
  }
  return out;
}

const nested = (n: number) => `${Array.from({ length: n }, (_, i) => `<div id="d${i}">t${i}`).join('')}${'</div>'.repeat(n)}`;

describe.each([
  ['linkedom', (html: string) => parseHtmlDocument(`<html><body>${html}</body></html>`)],
  ['jsdom', (html: string) => new JSDOM(`<html><body>${html}</body></html>`).window.document],
] as const)('capTreeDepth (%s)', (_dom, parse) => {
  it('leaves a tree within the limit untouched', () => {
    const doc = parse(nested(20));
    const before = doc.documentElement.outerHTML;
    expect(capTreeDepth(doc.documentElement, 30)).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('lifts deeper nodes into the element one level above the limit, keeping document order', () => {
    // html (1) > body (2) > d0 (3) > … ; a limit of 6 keeps d0–d3, and d2 (level 5) takes in the rest.
    const doc = parse(nested(8));
    const before = sequence(doc.documentElement);
    expect(capTreeDepth(doc.documentElement, 6)).toBe(9);
    expect(maxDepth(doc.documentElement)).toBe(6);
    expect(sequence(doc.documentElement)).toEqual(before);
    const d2 = doc.getElementById('d2')!;
    // As Chromium's parser builds it: the elements past the limit are siblings, each followed by its text.
    expect(Array.from(d2.childNodes, (n) => (n.nodeType === 1 ? (n as Element).id : n.nodeValue))).toEqual(['t2', 'd3', 't3', 'd4', 't4', 'd5', 't5', 'd6', 't6', 'd7', 't7']);
    expect(doc.getElementById('d3')!.childNodes).toHaveLength(0);
  });

  // jsdom takes seconds to parse thousands of levels (and updates every ancestor on each move), so it gets a smaller page.
  it('caps a page deeper than the default limit, with every text kept in order', () => {
    const doc = parse(nested(_dom === 'jsdom' ? MAX_TREE_DEPTH + 100 : 5000));
    const text = doc.body.textContent;
    capTreeDepth(doc.documentElement);
    expect(maxDepth(doc.documentElement)).toBe(MAX_TREE_DEPTH);
    expect(doc.body.textContent).toBe(text);
  });
});

describe('extractArticle on a page nested deeper than the limit', () => {
  it('reads the article found 5,000 levels down', () => {
    const paragraphs = [
      'Ankara’da düzenlenen toplantıda bakanlık yetkilileri, yeni sulama projesinin ilk etabının tamamlandığını ve çiftçilerin gelecek sezondan itibaren sistemden yararlanabileceğini açıkladı.',
      'Açıklamaya göre proje kapsamında kırk bin dekar tarım arazisi modern sulama sistemine kavuşacak, su tasarrufu ise yüzde otuzun üzerine çıkacak.',
    ];
    const html = `<html lang="tr"><head><title>Sulama projesi</title></head><body>${'<div class="kap">'.repeat(5000)}<article><h1>Sulama projesinde ilk etap tamamlandı</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>${'</div>'.repeat(5000)}</body></html>`;
    const doc = parseHtmlDocument(html);
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc, 'https://www.ornek.gov.tr/haber/1', { now: new Date('2025-11-20T10:00:00Z'), sanitizer: nodeSanitizer() });
    expect(result.ok).toBe(true);
    if (result.ok) for (const p of paragraphs) expect(result.record.text).toContain(p);
    // The cap works on the clone only.
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
