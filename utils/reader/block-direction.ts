/**
 * Each block of an article takes the direction of its own text, so an Arabic quote in a Turkish article
 * (or a Turkish caption in an Arabic one) is set right to left while its neighbours stay left to right.
 * Text blocks get `dir="auto"`, which the browser resolves from their first strong character as UAX #9
 * rules P2/P3 do. Lists, description lists and tables get an explicit direction from the majority of their
 * items instead: `dir="auto"` on a container only looks at its first item, and the container's direction
 * decides which side its bullets, indentation and columns are on.
 */

export type Direction = 'rtl' | 'ltr';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The right-to-left blocks: Hebrew to Arabic Extended-A (U+0590–U+08FF, with Syriac, Thaana, NKo, Samaritan
 * and Mandaic), the Hebrew and Arabic presentation forms, and the right-to-left ranges of plane 1.
 * Unassigned code points there default to R/AL as well, which is what UAX #9 says too.
 */
export function inRightToLeftBlock(c: number): boolean {
  return (
    (c >= 0x590 && c <= 0x8ff) ||
    (c >= 0xfb1d && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefe) ||
    (c >= 0x10800 && c <= 0x10fff) ||
    (c >= 0x1e800 && c <= 0x1efff)
  );
}

/**
 * Characters of those blocks that are not strong (Bidi_Class other than R/AL): combining marks (NSM), the
 * Arabic number signs and digits (AN/EN), and the few separators and symbols (CS/ET/ES/ON). Checked against
 * the Unicode Character Database: JavaScript regular expressions cannot ask for Bidi_Class directly.
 */
const WEAK_IN_RIGHT_TO_LEFT_BLOCK =
  /[\p{M}\u0600-\u0607\u0609\u060A\u060C\u060E\u060F\u0660-\u066C\u06DD\u06DE\u06E9\u06F0-\u06F9\u07F6-\u07F9\u0890\u0891\u08E2\uFB29\uFD3E-\uFD4F\uFDCF\uFDFD-\uFDFF\u{1091F}\u{10B39}-\u{10B3F}\u{10D30}-\u{10D39}\u{10E60}-\u{10E7E}\u{1EEF0}\u{1EEF1}]/u;

const LETTER = /\p{L}/u;
const LEFT_TO_RIGHT_MARK = 0x200e;
const RIGHT_TO_LEFT_MARK = 0x200f;

/**
 * The direction of one character if it is strong (Bidi_Class L, R or AL), else null. Letters outside the
 * right-to-left blocks stand for class L; Indic digits and the odd symbol that UAX #9 also counts as L are
 * taken as neutral, which matters for neither Turkish nor Arabic.
 */
export function strongDirection(ch: string): Direction | null {
  const c = ch.codePointAt(0);
  if (c === undefined) return null;
  if (inRightToLeftBlock(c)) return WEAK_IN_RIGHT_TO_LEFT_BLOCK.test(ch) ? null : 'rtl';
  if (c === RIGHT_TO_LEFT_MARK) return 'rtl';
  if (c === LEFT_TO_RIGHT_MARK) return 'ltr';
  return LETTER.test(ch) ? 'ltr' : null;
}

const ISOLATE_INITIATORS = /[\u2066-\u2068]/; // LRI, RLI, FSI
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * The paragraph direction of `text` by UAX #9 rules P2/P3: that of its first strong character, skipping
 * what lies between an isolate initiator and its matching PDI. Null when the text has no strong character
 * (digits, punctuation and spaces only), where a browser keeps the surrounding direction.
 */
export function baseDirection(text: string): Direction | null {
  let isolateDepth = 0;
  for (const ch of text) {
    if (ISOLATE_INITIATORS.test(ch)) isolateDepth++;
    else if (ch === POP_DIRECTIONAL_ISOLATE) isolateDepth = Math.max(0, isolateDepth - 1);
    else if (isolateDepth === 0) {
      const direction = strongDirection(ch);
      if (direction) return direction;
    }
  }
  return null;
}

/** Elements whose text the HTML `dir=auto` algorithm passes over. */
const SKIPPED_BY_AUTO = new Set(['bdi', 'script', 'style', 'textarea']);

/** The value of a valid `dir` attribute (HTML matches it without regard to case), else null. */
export function dirAttribute(element: Element): Direction | 'auto' | null {
  const value = element.getAttribute('dir')?.trim().toLowerCase();
  return value === 'rtl' || value === 'ltr' || value === 'auto' ? value : null;
}

/** First strong direction in the text under `node`, in tree order, not entering elements `skip` rejects. */
function firstStrongDirection(node: Node, skip: (element: Element) => boolean): Direction | null {
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT_NODE) {
      const direction = baseDirection((child as Text).data);
      if (direction) return direction;
    } else if (child.nodeType === ELEMENT_NODE && !skip(child as Element)) {
      const direction = firstStrongDirection(child, skip);
      if (direction) return direction;
    }
  }
  return null;
}

/**
 * What a browser resolves `dir="auto"` on `element` to (HTML's auto-directionality): the first strong
 * character of its text, passing over `bdi`, `script`, `style`, `textarea` and any descendant with a `dir`
 * of its own. Null when there is none, where the element keeps its parent's direction.
 */
export function autoDirection(element: Element): Direction | null {
  return firstStrongDirection(element, (child) => SKIPPED_BY_AUTO.has(child.localName) || dirAttribute(child) !== null);
}

/** The direction an element's own text would give it: like `dir=auto`, but also reading descendants that are `dir=auto`. */
function contentDirection(element: Element): Direction | null {
  return firstStrongDirection(element, (child) => {
    if (SKIPPED_BY_AUTO.has(child.localName)) return true;
    const dir = dirAttribute(child);
    return dir === 'rtl' || dir === 'ltr';
  });
}

/** Blocks whose own text decides their direction. */
const TEXT_BLOCKS = new Set([
  'p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'caption', 'td', 'th', 'dt', 'dd',
  'summary', 'legend', 'address',
  // Wrappers count only for text of their own: their blocks were marked first, and dir=auto passes over those.
  'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'figure', 'details',
]);

/** Containers whose direction places bullets, indentation or columns. */
const ITEM_CONTAINERS = new Set(['ul', 'ol', 'dl', 'table']);

/** Elements that hold code: a `pre` holding one is read left to right whatever its comments are written in. */
const CODE_ELEMENTS = 'code, samp, kbd';

/** Block-level elements, for telling an author's inline isolate from a block. */
const BLOCK_ELEMENTS = new Set([...TEXT_BLOCKS, ...ITEM_CONTAINERS, 'pre', 'tbody', 'thead', 'tfoot', 'tr', 'hr', 'body', 'html']);

/** Whether `element` is laid out as a block (rather than inside a line of text). */
export function isBlockElement(element: Element): boolean {
  return BLOCK_ELEMENTS.has(element.localName);
}

/** The direction of an item of a container: its explicit `dir`, else that of its text. */
function itemDirection(item: Element): Direction | null {
  const dir = dirAttribute(item);
  return dir === 'rtl' || dir === 'ltr' ? dir : contentDirection(item);
}

/** The direction most items have; null on a tie or when none has one. */
function majorityDirection(items: Iterable<Element>): Direction | null {
  let rtl = 0;
  let ltr = 0;
  for (const item of items) {
    const direction = itemDirection(item);
    if (direction === 'rtl') rtl++;
    else if (direction === 'ltr') ltr++;
  }
  if (rtl === ltr) return null;
  return rtl > ltr ? 'rtl' : 'ltr';
}

function childrenNamed(element: Element, names: ReadonlySet<string>): Element[] {
  return [...element.children].filter((child) => names.has(child.localName));
}

const LIST_ITEMS = new Set(['li']);
const TERMS_AND_DETAILS = new Set(['dt', 'dd']);
const DIV = new Set(['div']);

/** The items of a list or table; a nested container's items belong to it, not to this one. */
function itemsOf(container: Element): Element[] {
  switch (container.localName) {
    case 'table':
      return [...container.querySelectorAll('td, th')].filter((cell) => cell.closest('table') === container);
    case 'dl': // HTML lets a div group a dt with its dd
      return [
        ...childrenNamed(container, TERMS_AND_DETAILS),
        ...childrenNamed(container, DIV).flatMap((group) => childrenNamed(group, TERMS_AND_DETAILS)),
      ];
    case 'ul':
    case 'ol':
      return childrenNamed(container, LIST_ITEMS);
    default:
      return [...container.children];
  }
}

/** The `dir` value `element` should get, or null to leave it as it is. Descendants are already marked. */
function directionToMark(element: Element): Direction | 'auto' | null {
  const name = element.localName;
  if (name === 'pre') {
    // Every line of a pre is a bidi paragraph in the pre's direction: set rtl by an Arabic comment,
    // lines of code would show their trailing brackets and semicolons on the wrong side.
    if (element.querySelector(CODE_ELEMENTS) && element.textContent?.trim()) return 'ltr';
    return autoDirection(element) ? 'auto' : null;
  }
  if (ITEM_CONTAINERS.has(name)) return majorityDirection(itemsOf(element));
  if (!TEXT_BLOCKS.has(name)) return null;
  // A block without a strong character keeps its parent's direction: some engines resolve such a
  // dir=auto to ltr, which would set a line of figures in an Arabic article flush left.
  if (autoDirection(element)) return 'auto';
  // A quotation made of paragraphs: its rule and indentation belong on the side its paragraphs start.
  return name === 'blockquote' ? majorityDirection(itemsOf(element)) : null;
}

/**
 * Gives each block under `root` (not `root` itself) that has no `dir` the direction of its own text:
 * `dir="auto"` on text blocks (p, li, headings, quotes, captions, cells, dt/dd, and wrappers such as div
 * when they hold text of their own) that contain a strong character; `dir="rtl"`/`"ltr"` on ul, ol, dl and
 * table by the majority of their items (left alone on a tie), and on a quote made only of blocks. A `pre`
 * holding code is set `ltr`; other `pre` text is treated like a paragraph.
 * @returns how many elements were given a `dir`.
 */
export function markBlockDirections(root: ParentNode): number {
  // Children before parents: a parent's dir=auto passes over children that have a dir, so whether a
  // wrapper has text of its own is only known once its blocks are marked.
  const elements = [...root.querySelectorAll('*')].reverse();
  let marked = 0;
  for (const element of elements) {
    if (element.hasAttribute('dir')) continue;
    const dir = directionToMark(element);
    if (!dir) continue;
    element.setAttribute('dir', dir);
    marked++;
  }
  return marked;
}
