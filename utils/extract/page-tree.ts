/**
 * A snapshot of the body's elements in document order with their text sizes, kept correct while
 * elements are removed: a removal marks the element's subtree (contiguous in document order) and
 * subtracts its size from its ancestors. Passes over the page then need no new walk and no new measure.
 */

import { countVisible, ELEMENT_NODE, TEXT_NODE, type TextSize } from './dom-tree';

const NO_SIZE: TextSize = { text: 0, link: 0 };
const SILENT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD']);


export class PageTree {
  /** Elements under (and including) the root, in document order. */
  readonly order: Element[] = [];
  private readonly position = new Map<Element, number>();
  /** Number of descendant elements of each element, by position. */
  private readonly span: Int32Array;
  private readonly removed: Uint8Array;
  private readonly sizes: TextSize[];

  /**
   * @param order the elements under `root` in document order, root first, when a walk already listed them
   */
  constructor(
    readonly root: Element,
    order?: readonly Element[],
  ) {
    if (order && order[0] === root) {
      for (const el of order) {
        this.position.set(el, this.order.length);
        this.order.push(el);
      }
    } else {
      const stack: Element[] = [root];
      while (stack.length) {
        const el = stack.pop()!;
        this.position.set(el, this.order.length);
        this.order.push(el);
        const kids = el.children;
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      }
    }
    const n = this.order.length;
    this.span = new Int32Array(n);
    this.removed = new Uint8Array(n);
    this.sizes = new Array<TextSize>(n);
    // Bottom-up: children come after their parent in document order.
    for (let i = n - 1; i >= 0; i--) {
      const el = this.order[i]!;
      const size: TextSize = { text: 0, link: 0 };
      let span = 0;
      // Script and style text is not page text; counting it would only have to be taken back.
      const silent = SILENT.has(el.tagName);
      for (let node = el.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === TEXT_NODE) {
          if (!silent) size.text += countVisible(node.nodeValue ?? '');
        } else if (node.nodeType === ELEMENT_NODE) {
          const at = this.position.get(node as Element);
          if (at === undefined) continue;
          size.text += this.sizes[at]!.text;
          size.link += this.sizes[at]!.link;
          span += this.span[at]! + 1;
        }
      }
      if (silent) size.text = size.link = 0;
      if (el.tagName === 'A') size.link = size.text;
      this.sizes[i] = size;
      this.span[i] = span;
    }
  }

  /** Position of `el` in document order, or -1 for an element the snapshot does not know. */
  indexOf(el: Element): number {
    return this.position.get(el) ?? -1;
  }

  /** Position just after the subtree of the element at `index`. */
  end(index: number): number {
    return index + this.span[index]! + 1;
  }

  /** Current size of `el`'s text; read it at once, it changes when descendants are removed. */
  size(el: Element): TextSize {
    const at = this.position.get(el);
    return at === undefined ? NO_SIZE : this.sizes[at]!;
  }

  /** False once `el` or an ancestor was removed through this snapshot. */
  live(el: Element): boolean {
    const at = this.position.get(el);
    return at === undefined || this.removed[at] === 0;
  }

  liveAt(index: number): boolean {
    return this.removed[index] === 0;
  }

  /** Detaches `el`, marking its subtree removed and keeping its ancestors' sizes right. */
  remove(el: Element): boolean {
    const at = this.position.get(el);
    if (at === undefined || this.removed[at]) return false;
    const { text, link } = this.sizes[at]!;
    for (let up = el.parentElement; up; up = up.parentElement) {
      const p = this.position.get(up);
      if (p === undefined) break;
      const s = this.sizes[p]!;
      s.text -= text;
      s.link -= link;
    }
    this.removed.fill(1, at, this.end(at));
    el.remove();
    return true;
  }

  /** The live elements of the subtree of `el` (itself first), in document order. */
  subtree(el: Element): Element[] {
    const at = this.position.get(el);
    if (at === undefined) return [el];
    const out: Element[] = [];
    for (let i = at, end = this.end(at); i < end; i++) if (!this.removed[i]) out.push(this.order[i]!);
    return out;
  }
}
