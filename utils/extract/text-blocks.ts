/**
 * Plain text of sanitised article HTML: one block per paragraph, blocks separated by a blank line.
 * List items become "• item" (or "1. item") lines of one block, table rows become "cell | cell" lines,
 * and a run of two `<br>` inside a block starts a new block, as sites that write paragraphs with
 * `<br><br>` expect.
 */

import { ELEMENT_NODE, TEXT_NODE } from './dom-tree';
import { normalizeInline } from '../text/normalize-text';

const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE',
  'FIGURE', 'FIGCAPTION', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'CAPTION', 'TR', 'HR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

interface Frame {
  node: Node;
  exit?: boolean;
}

/** Walks `root` without recursion and returns its text blocks. */
export function textBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let lines: string[] = [];
  let line = '';
  let brRun = 0;
  const itemNumbers = new Map<Element, number>();

  const endLine = () => {
    const t = normalizeInline(line);
    if (t) lines.push(t);
    line = '';
  };
  const endBlock = () => {
    endLine();
    if (lines.length) blocks.push(lines.join('\n'));
    lines = [];
    brRun = 0;
  };

  const stack: Frame[] = [{ node: root }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (value.trim()) brRun = 0;
      line += value;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const el = node as Element;
    const tag = node.nodeType === ELEMENT_NODE ? el.tagName : '';
    if (SKIP.has(tag)) continue;
    if (exit) {
      if (tag === 'TD' || tag === 'TH') line += ' | ';
      else if (tag === 'TR' || tag === 'LI' || tag === 'DT' || tag === 'DD' || tag === 'CAPTION') {
        line = line.replace(/\s*\|\s*$/, '');
        endLine();
      } else if (BLOCKS.has(tag)) endBlock();
      continue;
    }
    if (tag === 'BR') {
      brRun++;
      if (brRun >= 2) endBlock();
      else endLine();
      continue;
    }
    if (tag === 'IMG') continue;
    if (BLOCKS.has(tag) && tag !== 'LI' && tag !== 'TR' && tag !== 'DT' && tag !== 'DD' && tag !== 'CAPTION') endBlock();
    if (tag === 'LI') {
      endLine();
      const list = el.parentElement;
      if (list?.tagName === 'OL') {
        const next = itemNumbers.get(list) ?? (Number(list.getAttribute('start') ?? '1') || 1);
        itemNumbers.set(list, next + 1);
        line = `${next}. `;
      } else line = '• ';
    }
    if (BLOCKS.has(tag) || tag === 'TD' || tag === 'TH') stack.push({ node, exit: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]! });
  }
  endBlock();
  return blocks.map((b) => b.replace(/^(•|\d+\.)\s*$/gm, '').trim()).filter(Boolean);
}
