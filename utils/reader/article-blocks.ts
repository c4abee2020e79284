/**
 * Splits a prepared article (the container `prepareArticle` returns) into the units a translation works
 * on, and rebuilds the article's blocks with translated text for a parallel view.
 *
 * A unit is a run of inline content with text: the text of a paragraph or heading, of a list item (and,
 * separately, of each item of a list nested in it), of a paragraph in a quote, of a caption, of a table
 * cell. Units are numbered in document order; a stored translation's `blocks[i]` belongs to unit i, so
 * the numbering must stay the same for the same `contentHtml`.
 *
 * A row is a top-level block of the article (a paragraph, a heading, a whole list, a whole table, a
 * figure) found by looking through the wrapper elements Readability leaves around the text. Rows are what
 * a parallel view aligns; a list or a table is one row, so it keeps its structure on both sides.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start a block of their own; everything else is inline and belongs to a run of text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const BLOCK_SELECTOR = [...BLOCK_TAGS].join(',');

/** Containers that only group blocks; a parallel view looks through them for its rows. */
const WRAPPER_TAGS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside']);

/** Shown in a translated article instead of being loaded twice. */
const MEDIA_SELECTOR = 'img, picture, video, audio, source';

/** Where a unit's run of nodes lies inside its row. */
export interface UnitPlace {
  /** Child indexes from the row's node list down to the element holding the run; empty for a run of top-level nodes. */
  path: readonly number[];
  /** The run: child nodes `start` to `end - 1` of that element (or of the row's node list). */
  start: number;
  end: number;
}

/** One piece of text to translate. */
export interface ArticleUnit {
  /** Its number in the article, in document order. */
  index: number;
  /** The text, spaces collapsed; a line break (`<br>`) is kept as "\n". */
  text: string;
  /** The row it is in. */
  row: number;
  place: UnitPlace;
}

/** A top-level block of the article and the units inside it. */
export interface ArticleRow {
  /** The block's nodes as they are in the prepared container (one element, or a run of inline nodes). */
  nodes: Node[];
  /** Its units: `units.slice(unitStart, unitEnd)`. */
  unitStart: number;
  unitEnd: number;
}

export interface ArticleBlocks {
  units: ArticleUnit[];
  rows: ArticleRow[];
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function tagOf(node: Node): string {
  return isElement(node) ? node.localName.toLowerCase() : '';
}

/** Whether a node ends a run of inline text: a block element, or an inline one holding blocks (`<a><p>`). */
function breaksRun(node: Node): boolean {
  if (!isElement(node)) return false;
  return BLOCK_TAGS.has(tagOf(node)) || node.querySelector(BLOCK_SELECTOR) !== null;
}

const LINE_BREAK_MARK = '\u0000';

/** The text of a run of inline nodes: spaces collapsed, `<br>` kept as a line break. */
export function runText(nodes: readonly Node[]): string {
  let raw = '';
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) raw += node.nodeValue ?? '';
    else if (tagOf(node) === 'br') raw += LINE_BREAK_MARK;
    else if (isElement(node)) for (const child of node.childNodes) walk(child);
  };
  nodes.forEach(walk);
  return raw
    .replace(/[ \t\n\r\f]+/g, ' ')
    .split(LINE_BREAK_MARK)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** Whether an element only groups blocks: a wrapper tag with no text of its own outside its blocks. */
function isWrapper(element: Element): boolean {
  if (!WRAPPER_TAGS.has(tagOf(element))) return false;
  for (const child of element.childNodes) {
    if (breaksRun(child)) continue;
    if (child.nodeType === TEXT_NODE && !(child.nodeValue ?? '').trim()) continue;
    return false;
  }
  return element.children.length > 0;
}

/** Splits `children` into runs of inline nodes and the blocks between them, in order. */
function* runsAndBlocks(children: readonly Node[]): Generator<{ run: { start: number; end: number } } | { block: Element; at: number }> {
  let start = -1;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (breaksRun(child)) {
      if (start >= 0) yield { run: { start, end: i } };
      start = -1;
      yield { block: child as Element, at: i };
    } else if (start < 0) start = i;
  }
  if (start >= 0) yield { run: { start, end: children.length } };
}

/**
 * The translation units and the rows of a prepared article, in document order.
 * @param container the element `prepareArticle` returned (or any element holding an article's blocks)
 */
export function articleBlocks(container: Element): ArticleBlocks {
  const units: ArticleUnit[] = [];
  const rows: ArticleRow[] = [];

  const collectUnits = (children: readonly Node[], path: number[], row: number) => {
    for (const part of runsAndBlocks(children)) {
      if ('run' in part) {
        const text = runText(children.slice(part.run.start, part.run.end));
        if (text) units.push({ index: units.length, text, row, place: { path: [...path], ...part.run } });
      } else {
        collectUnits([...part.block.childNodes], [...path, part.at], row);
      }
    }
  };

  const addRow = (nodes: Node[]) => {
    const row = rows.length;
    const unitStart = units.length;
    collectUnits(nodes, [], row);
    // An empty paragraph is no row; a picture or a rule is, with nothing on the translated side.
    const shown = units.length > unitStart || nodes.some((node) => isElement(node) && (node.matches(`${MEDIA_SELECTOR}, hr`) || node.querySelector(MEDIA_SELECTOR)));
    if (shown) rows.push({ nodes, unitStart, unitEnd: units.length });
  };

  const visit = (element: Element) => {
    const children = [...element.childNodes];
    for (const part of runsAndBlocks(children)) {
      if ('run' in part) addRow(children.slice(part.run.start, part.run.end));
      else if (isWrapper(part.block)) visit(part.block);
      else addRow([part.block]);
    }
  };

  visit(container);
  return { units, rows };
}

/** The node list at `path` below a row's nodes. */
function childListAt(nodes: Node[], path: readonly number[]): { list: Node[]; parent: Node | null } {
  let parent: Node | null = null;
  let list = nodes;
  for (const index of path) {
    parent = list[index] ?? null;
    if (!parent) return { list: [], parent: null };
    list = [...parent.childNodes];
  }
  return { list, parent };
}

/** Text as nodes: text nodes, with a `<br>` for each line break. */
function textNodes(owner: Document, text: string): Node[] {
  const nodes: Node[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) nodes.push(owner.createElement('br'));
    nodes.push(owner.createTextNode(line));
  });
  return nodes;
}

/**
 * A copy of a row with each unit's run replaced by its translation, as plain text: nothing of the
 * translation is ever parsed as markup. Media are left out (the original column shows them), and the
 * copy drops the original's `dir` and `lang`, so that it follows the translated column's.
 * @param texts the translation of each unit of the article, by unit index; a unit with no text yet is left empty
 */
export function translatedRowNodes(blocks: ArticleBlocks, rowIndex: number, texts: readonly (string | undefined)[]): Node[] {
  const row = blocks.rows[rowIndex];
  if (!row) return [];
  const nodes = row.nodes.map((node) => node.cloneNode(true));
  // Later runs first: replacing a run shifts the indexes of the nodes after it, never of those before.
  for (let u = row.unitEnd - 1; u >= row.unitStart; u--) {
    const unit = blocks.units[u]!;
    const { list, parent } = childListAt(nodes, unit.place.path);
    const first = list[unit.place.start];
    if (!first) continue;
    const replacement = textNodes(first.ownerDocument!, texts[u] ?? '');
    if (parent) {
      for (const node of replacement) parent.insertBefore(node, first);
      for (const node of list.slice(unit.place.start, unit.place.end)) parent.removeChild(node);
    } else {
      nodes.splice(unit.place.start, unit.place.end - unit.place.start, ...replacement);
    }
  }
  const kept: Node[] = [];
  for (const node of nodes) {
    if (!isElement(node)) {
      kept.push(node);
      continue;
    }
    if (node.matches(MEDIA_SELECTOR)) continue;
    for (const media of node.querySelectorAll(MEDIA_SELECTOR)) media.remove();
    for (const element of [node, ...node.querySelectorAll('[dir], [lang]')]) {
      element.removeAttribute('dir');
      element.removeAttribute('lang');
    }
    kept.push(node);
  }
  return kept;
}
