/**
 * A cap on how deeply the page's elements nest. Readability and every per-element ancestor walk cost
 * depth × elements, so a page nested 5,000 levels deep (layout divs a template never closes) takes
 * seconds to minutes. Chromium's HTML parser never builds such a tree: past 512 levels it appends new
 * nodes to the element one level up instead of nesting them. The same flattening is applied here, so a
 * page parsed without that limit (linkedom, jsdom, Firefox, a tree built by script) reads as in Chromium.
 */

/** The deepest element level kept, counting the root element as level 1 (Chromium's parser limit). */
export const MAX_TREE_DEPTH = 512;

/**
 * Lifts every node nested deeper than `maxDepth` levels into its ancestor one level above the limit,
 * in document order (elements at the limit keep their place but lose their children).
 * Never recurses. @returns how many nodes were moved
 */
export function capTreeDepth(root: Element, maxDepth = MAX_TREE_DEPTH): number {
  let moved = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth >= maxDepth - 1) {
      moved += flattenBelow(el);
      continue;
    }
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, depth + 1]);
  }
  return moved;
}

/** Makes every descendant of `floor` its child, in document order; returns how many had to move. */
function flattenBelow(floor: Element): number {
  const nodes: Node[] = [];
  let deeper = false;
  const stack: Node[] = [];
  for (let child = floor.lastChild; child; child = child.previousSibling) stack.push(child);
  const direct = stack.length;
  while (stack.length) {
    const node = stack.pop()!;
    nodes.push(node);
    for (let child = node.lastChild; child; child = child.previousSibling) {
      stack.push(child);
      deeper = true;
    }
  }
  if (!deeper) return 0;
  // Deepest first, so that each node is a leaf when it is detached and is appended without a subtree.
  for (let i = nodes.length - 1; i >= 0; i--) nodes[i]!.parentNode?.removeChild(nodes[i]!);
  for (const node of nodes) floor.appendChild(node);
  return nodes.length - direct;
}

/** The longest run of wrappers (elements holding nothing but one element) kept; real layouts nest a few dozen. */
export const MAX_WRAPPER_CHAIN = 64;

/** The only element `el` holds when it holds nothing else (blank text aside), else null. */
function onlyChild(el: Element): Element | null {
  const child = el.firstElementChild;
  if (!child || child !== el.lastElementChild) return null;
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && node.nodeValue?.trim()) return null;
  return child;
}

/**
 * Shortens every run of more than `maxChain` nested wrappers by taking out the wrappers past that length.
 * Readability climbs from its best candidate through every wrapper that has no sibling and then scores
 * each level against everything below it, so a long run of wrappers costs its length times the page.
 * Never recurses. @returns how many wrappers were taken out
 */
export function collapseWrapperChains(root: Element, maxChain = MAX_WRAPPER_CHAIN): number {
  let removed = 0;
  // Each entry: an element and how many wrappers directly enclose it in a run.
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length) {
    let [el, run] = stack.pop()!;
    if (run >= maxChain && onlyChild(el)) {
      // `el` is one wrapper too many: its innermost non-wrapper descendant takes its place.
      let end: Element = el;
      for (let next = onlyChild(end); next; next = onlyChild(end)) {
        end = next;
        removed++;
      }
      el.replaceWith(end);
      el = end;
    }
    const child = onlyChild(el);
    if (child) stack.push([child, run + 1]);
    else for (let kid = el.lastElementChild; kid; kid = kid.previousElementSibling) stack.push([kid, 0]);
  }
  return removed;
}
