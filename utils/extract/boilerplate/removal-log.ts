/** Removes elements while remembering everything removed, so later passes skip detached elements in O(1). */

import { elementsInOrder } from '../dom-tree';

export class RemovalLog {
  private readonly removed = new Set<Element>();
  /** Text of each removed block, by the reason it was removed (for diagnostics and tests). */
  readonly reasons: Array<{ reason: string; element: Element }> = [];

  /** Detaches `el` (and so all of it) from the document. */
  remove(el: Element, reason: string): void {
    if (this.removed.has(el)) return;
    for (const e of elementsInOrder(el)) this.removed.add(e);
    this.reasons.push({ reason, element: el });
    el.remove();
  }

  /** True when `el` or one of its ancestors was removed through this log. */
  isRemoved(el: Element): boolean {
    return this.removed.has(el);
  }
}
