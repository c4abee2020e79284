/**
 * Plain text of sanitised article HTML: one block per paragraph, blocks separated by a blank line.
 * List items become "• item" (or "1. item") lines of one block, table rows become "cell | cell" lines,
 * and a run of two `<br>` inside a block starts a new block, as sites that write paragraphs with
 * `<br><br>` expect. Paragraphs inside a list item are lines of that item, not blocks of their own.
 */

import { ELEMENT_NODE, TEXT_NODE } from './dom-tree';
import { normalizeInline } from '../text/normalize-text';

const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE',
  'FIGURE', 'FIGCAPTION', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'CAPTION', 'TR', 'HR',
]);
/** Elements whose end closes a line of the current block rather than the block. */
const LINE_ELEMENTS = new Set(['LI', 'TR', 'DT', 'DD', 'CAPTION']);
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
  /** The list marker of the item whose first line is being read. */
  let marker = '';
  let brRun = 0;
  let itemDepth = 0;
  const itemNumbers = new Map<Element, number>();

  const endLine = () => {
    const text = normalizeInline(line.replace(/\s*\|\s*$/, ''));
    if (text) {
      lines.push(marker + text);
      marker = '';
    }
    line = '';
  };
  const endBlock = () => {
    endLine();
    if (lines.length) blocks.push(lines.join('\n'));
    lines = [];
    brRun = 0;
  };
  // Inside a list item a nested block only breaks the line: the whole list stays one block.
  const breakForBlock = () => (itemDepth > 0 ? endLine() : endBlock());

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
      else if (LINE_ELEMENTS.has(tag)) {
        endLine();
        if (tag === 'LI') itemDepth--;
      } else if (tag === 'UL' || tag === 'OL' || tag === 'DL' || tag === 'TABLE') {
        if (itemDepth > 0) endLine();
        else endBlock();
      } else if (BLOCKS.has(tag)) breakForBlock();
      continue;
    }
    if (tag === 'BR') {
      brRun++;
      if (brRun >= 2 && itemDepth === 0) endBlock();
      else endLine();
      continue;
    }
    if (tag === 'IMG') continue;
    if (tag === 'LI') {
      endLine();
      itemDepth++;
      const list = el.parentElement;
      if (list?.tagName === 'OL') {
        const start = Number.parseInt(list.getAttribute('start') ?? '', 10);
        const next = itemNumbers.get(list) ?? (Number.isFinite(start) ? start : 1);
        itemNumbers.set(list, next + 1);
        marker = `${next}. `;
      } else marker = '• ';
    } else if (LINE_ELEMENTS.has(tag)) endLine();
    else if (tag === 'UL' || tag === 'OL' || tag === 'DL' || tag === 'TABLE') {
      if (itemDepth > 0) endLine();
      else endBlock();
    } else if (BLOCKS.has(tag)) breakForBlock();
    if (BLOCKS.has(tag) || tag === 'TD' || tag === 'TH') stack.push({ node, exit: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]! });
  }
  endBlock();
  return blocks;
}
