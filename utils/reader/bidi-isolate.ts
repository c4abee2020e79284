/**
 * Wraps runs written against the direction of their block in `<bdi>`, because the Unicode Bidi Algorithm
 * resolves the weak and neutral characters around such a run from its neighbours, not from the sentence
 * they belong to:
 * - W7 makes European digits after a Latin letter left-to-right, so a number that belongs to the Arabic
 *   sentence sticks to the Latin name before it ("Hakan Fidan 3 دول" reads as if "3" were part of the name).
 * - N1 gives neutrals between two runs of one direction that direction: two Latin names separated by an
 *   Arabic comma merge into one left-to-right run and trade places in the Arabic sentence, and two Arabic
 *   names separated by a Latin comma do the same in a Turkish one.
 * - W2 turns digits after Arabic letters into Arabic numbers, and W4 joins those only across a single
 *   common separator (/ . , :). A hyphen, a sign or a space between them stays neutral and N1 makes it
 *   right-to-left, so "2024-10-12" shows as 12-10-2024, "2023-2024" as 2024-2023, the groups of
 *   "+90 312 555 12 34" come out reversed and "-3.5" shows its minus on the right. Dates with slashes and
 *   times survive W4, but a Latin letter left before them (in a word that mixes scripts) still pulls them
 *   into its run by W7, so they are isolated as well.
 * An isolate counts as one neutral character to the text around it (BD13, X5a–X5c), so the sentence places
 * it as a unit and resolves its own digits and punctuation against its own letters.
 *
 * Runs stop at element boundaries: joining text across `<a>` or `<b>` would mean moving those elements
 * into the `<bdi>`, and a name split by markup is rare enough to leave alone.
 */

import {
  autoDirection,
  dirAttribute,
  inRightToLeftBlock,
  isBlockElement,
  strongDirection,
  type Direction,
} from './block-direction';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose text is isolated already, is code, or is not text at all. */
const UNTOUCHABLE = new Set(['bdi', 'bdo', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea']);

interface Span {
  start: number;
  end: number;
  dir: Direction;
}

/** A whitespace-delimited word; its core is the word without the brackets, quotes and punctuation at its edges. */
interface Word {
  start: number;
  end: number;
  coreStart: number;
  coreEnd: number;
  /** Written in the run direction: a letter of it and no strong character of the block's direction. */
  opposite: boolean;
}

/** Brackets (either way round: a stray one is no part of the word either), quotes, ¡ and ¿. */
const LEADING_PUNCTUATION = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u00A1\u00BF]/u;
/** The same, with dashes and sentence punctuation, Arabic comma, semicolon, question mark and full stop included. */
const TRAILING_PUNCTUATION = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Pd}"'.,;:!?\u2026\u060C\u061B\u061F\u06D4]/u;

/** The brackets UAX #9 pairs (BD16) that news text uses, by opener and by closer. */
const CLOSER_OF: ReadonlyMap<string, string> = new Map([['(', ')'], ['[', ']'], ['{', '}']]);
const OPENER_OF: ReadonlyMap<string, string> = new Map([[')', '('], [']', '['], ['}', '{']]);

/** Edge punctuation is stripped unless it is a strong character of the run (an Arabic ؟ ends an Arabic run). */
function isEdge(pattern: RegExp, ch: string | undefined, runDirection: Direction): boolean {
  return ch !== undefined && pattern.test(ch) && strongDirection(ch) !== runDirection;
}

function isOppositeCore(core: string, runDirection: Direction): boolean {
  let hasRunLetter = false;
  for (const ch of core) {
    const direction = strongDirection(ch);
    if (direction && direction !== runDirection) return false;
    if (direction && /\p{L}/u.test(ch)) hasRunLetter = true;
  }
  return hasRunLetter;
}

function wordsOf(text: string, runDirection: Direction): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/\S+/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    let coreStart = start;
    while (coreStart < end && isEdge(LEADING_PUNCTUATION, text[coreStart], runDirection)) coreStart++;
    let coreEnd = end;
    while (coreEnd > coreStart && isEdge(TRAILING_PUNCTUATION, text[coreEnd - 1], runDirection)) coreEnd--;
    const opposite = isOppositeCore(text.slice(coreStart, coreEnd), runDirection);
    words.push({ start, end, coreStart, coreEnd, opposite });
  }
  return words;
}

const ARABIC_DIGITS_AND_PUNCTUATION = /[\u0660-\u066D\u06F0-\u06F9\u060C\u061B\u061F\u06D4]/u;

/**
 * What may stand between two words of one run. A Latin run in Arabic text spans spaces, European digits
 * and Latin punctuation, but an Arabic comma or Arabic-Indic digit belongs to the Arabic sentence and ends
 * it. An Arabic run in Turkish text spans only spaces, Arabic-Indic digits and Arabic punctuation.
 */
function isBridge(ch: string, runDirection: Direction): boolean {
  if (/\s/u.test(ch)) return true;
  if (runDirection === 'rtl') return ARABIC_DIGITS_AND_PUNCTUATION.test(ch);
  return strongDirection(ch) === null && !inRightToLeftBlock(ch.codePointAt(0) ?? 0);
}

function allBridges(text: string, from: number, to: number, runDirection: Direction): boolean {
  for (const ch of text.slice(from, to)) if (!isBridge(ch, runDirection)) return false;
  return true;
}

/** Brackets of `text` left open, innermost last, and closers that close nothing, in order. */
function unmatchedBrackets(text: string): { openers: string[]; closers: string[] } {
  const openers: string[] = [];
  const closers: string[] = [];
  for (const ch of text) {
    if (CLOSER_OF.has(ch)) openers.push(ch);
    else if (OPENER_OF.has(ch)) {
      if (openers.at(-1) === OPENER_OF.get(ch)) openers.pop();
      else closers.push(ch);
    }
  }
  return { openers, closers };
}

/**
 * The span of a run from the core of `first` to the core of `last`, widened by the brackets at its edges
 * that pair with one inside it: "Bakanlığı (MFA)" keeps its ")" and "(TC) Bakanlığı" its "(", while the
 * brackets around "(Hakan Fidan)" stay outside, where the sentence mirrors them as a pair.
 */
function runSpan(text: string, first: Word, last: Word, dir: Direction): Span {
  let start = first.coreStart;
  let end = last.coreEnd;
  const { openers, closers } = unmatchedBrackets(text.slice(start, end));
  for (const closer of closers) {
    if (start > first.start && CLOSER_OF.get(text[start - 1] ?? '') === closer) start--;
    else break;
  }
  for (const opener of openers.reverse()) {
    if (end < last.end && CLOSER_OF.get(opener) === text[end]) end++;
    else break;
  }
  return { start, end, dir };
}

/** The run of opposite-direction words starting at `words[first]`, and the index of the word after it. */
function runFrom(text: string, words: Word[], first: number, dir: Direction): { span: Span; next: number } | null {
  const firstWord = words[first];
  if (!firstWord?.opposite) return null;
  let last = first;
  let checked = firstWord.coreEnd;
  for (let next = first + 1; next < words.length; next++) {
    const word = words[next]!;
    const upTo = word.opposite ? word.coreStart : word.end;
    if (!allBridges(text, checked, upTo, dir)) break;
    checked = upTo;
    if (word.opposite) {
      last = next;
      checked = word.coreEnd;
    }
  }
  return { span: runSpan(text, firstWord, words[last]!, dir), next: last + 1 };
}

const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const DASH = '[\\-\\u2010-\\u2015]';
/** Number forms whose separators the algorithm leaves neutral (see the module comment); plain integers are safe. */
const SCRAMBLED_NUMBERS = [
  new RegExp(`^${D}{1,4}([/.\\-])${D}{1,2}\\1${D}{1,4}$`, 'u'), // 12/10/2024, 2024-10-12, 12.10.2024
  new RegExp(`^${D}{1,2}:${D}{2}(?::${D}{2})?$`, 'u'), // 10:30, 10:30:15
  new RegExp(`^${D}+${DASH}${D}+$`, 'u'), // 2023-2024
  new RegExp(`^[+\\-\\u2212]${D}+(?:[.,\\u066B]${D}+)?$`, 'u'), // -3.5, +90
  new RegExp(`^(?:\\+|0)${D}{1,4}(?:${DASH}${D}{2,4}){2,}$`, 'u'), // 0312-555-12-34
];
const PHONE_START = new RegExp(`^(?:\\+${D}{1,4}|0${D}{2,4})$`, 'u');
const PHONE_GROUP = new RegExp(`^${D}{2,4}$`, 'u');
const SINGLE_SPACE = /^[ \u00A0]$/u;

function coreOf(text: string, word: Word): string {
  return text.slice(word.coreStart, word.coreEnd);
}

/**
 * A phone number written in space-separated groups ("+90 312 555 12 34", "0312 555 12 34"): three groups
 * or more, each whole word but for punctuation after the last one. Returns the index of its last word.
 */
function phoneEnd(text: string, words: Word[], first: number): number | null {
  const firstWord = words[first]!;
  if (firstWord.coreStart !== firstWord.start || firstWord.coreEnd !== firstWord.end) return null;
  if (!PHONE_START.test(coreOf(text, firstWord))) return null;
  let last = first;
  for (let next = first + 1; next < words.length; next++) {
    const previous = words[next - 1]!;
    const word = words[next]!;
    if (previous.coreEnd !== previous.end) break; // punctuation after a group ends the number
    if (!SINGLE_SPACE.test(text.slice(previous.end, word.start))) break;
    if (word.coreStart !== word.start || !PHONE_GROUP.test(coreOf(text, word))) break;
    last = next;
  }
  return last - first >= 2 ? last : null;
}

/** A number token at `words[first]` whose separators need an LTR isolate, and the index of the word after it. */
function numberFrom(text: string, words: Word[], first: number): { span: Span; next: number } | null {
  const word = words[first]!;
  const phoneLast = phoneEnd(text, words, first);
  if (phoneLast !== null) {
    return { span: { start: word.coreStart, end: words[phoneLast]!.coreEnd, dir: 'ltr' }, next: phoneLast + 1 };
  }
  const core = coreOf(text, word);
  if (!SCRAMBLED_NUMBERS.some((pattern) => pattern.test(core))) return null;
  return { span: { start: word.coreStart, end: word.coreEnd, dir: 'ltr' }, next: first + 1 };
}

/** Where `text`, in a block of `blockDirection`, needs isolates. Decisions are by whole words, so a word is never split. */
function spansToIsolate(text: string, blockDirection: Direction): Span[] {
  const runDirection: Direction = blockDirection === 'rtl' ? 'ltr' : 'rtl';
  const words = wordsOf(text, runDirection);
  const spans: Span[] = [];
  let index = 0;
  while (index < words.length) {
    const found = runFrom(text, words, index, runDirection) ?? (blockDirection === 'rtl' ? numberFrom(text, words, index) : null);
    if (found) {
      spans.push(found.span);
      index = found.next;
    } else index++;
  }
  return spans;
}

/** Text nodes under `root` in document order, not looking inside elements that must not be touched. */
function textNodesUnder(node: Node, found: Text[] = []): Text[] {
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT_NODE) found.push(child as Text);
    else if (child.nodeType === ELEMENT_NODE && !UNTOUCHABLE.has((child as Element).localName)) textNodesUnder(child, found);
  }
  return found;
}

interface DirectionHolder {
  element: Element;
  direction: Direction;
}

/** Per call: resolving dir=auto reads the element's text, and every text node in it asks again. */
class DirectionCache {
  private readonly resolved = new Map<Element, Direction | null>();
  private readonly speaksOwn = new Map<Element, boolean>();

  /** An element's direction from its own `dir` (auto resolved), or null when it inherits one. */
  directionOf(element: Element): Direction | null {
    const dir = dirAttribute(element);
    if (dir !== 'auto') return dir;
    if (!this.resolved.has(element)) this.resolved.set(element, autoDirection(element));
    return this.resolved.get(element) ?? null;
  }

  /** Whether the holder's text has a strong character of its own direction, i.e. anything to isolate runs from. */
  speaksOwnDirection({ element, direction }: DirectionHolder): boolean {
    let speaks = this.speaksOwn.get(element);
    if (speaks === undefined) {
      speaks = [...(element.textContent ?? '')].some((ch) => strongDirection(ch) === direction);
      this.speaksOwn.set(element, speaks);
    }
    return speaks;
  }
}

/**
 * The element whose direction `text` is set in (its block, or an inline element inside it with the same
 * `dir`), or null when the text must be left alone: inside an untouchable element, in no block-level
 * element of known direction, inside an author's inline isolate of the other direction,
 * or in a block with nothing in its own direction (an all-Latin paragraph marked rtl has no sentence to
 * isolate a run from, and isolating it would only reorder it against its neighbours).
 */
function isolationContext(text: Text, cache: DirectionCache): DirectionHolder | null {
  const holders: DirectionHolder[] = [];
  for (let node = text.parentNode; node?.nodeType === ELEMENT_NODE; node = node.parentNode) {
    const element = node as Element;
    if (UNTOUCHABLE.has(element.localName)) return null;
    const direction = cache.directionOf(element);
    if (direction) holders.push({ element, direction });
  }
  const blockIndex = holders.findIndex((holder) => isBlockElement(holder.element));
  const block = holders[blockIndex];
  if (!block) return null;
  // Inline elements with a dir of their own are isolates already; one set against the block was put there on purpose.
  if (holders.slice(0, blockIndex).some((holder) => holder.direction !== block.direction)) return null;
  const nearest = holders[0] ?? block;
  return cache.speaksOwnDirection(nearest) ? nearest : null;
}

/** Replaces `text` by its pieces, with each span in a `<bdi dir>`. */
function wrapSpans(text: Text, spans: readonly Span[]): void {
  const doc = text.ownerDocument;
  const data = text.data;
  const pieces: Node[] = [];
  let position = 0;
  for (const { start, end, dir } of spans) {
    if (start > position) pieces.push(doc.createTextNode(data.slice(position, start)));
    const bdi = doc.createElement('bdi');
    bdi.setAttribute('dir', dir);
    bdi.append(doc.createTextNode(data.slice(start, end)));
    pieces.push(bdi);
    position = end;
  }
  if (position < data.length) pieces.push(doc.createTextNode(data.slice(position)));
  text.replaceWith(...pieces);
}

/**
 * Isolates the runs written against the direction of their block, text node by text node: in a
 * right-to-left block, Latin runs (with the spaces, digits and Latin punctuation between their words) and
 * numbers whose separators bidi reorders (dates, times, ranges, phone numbers, signed numbers), as
 * `<bdi dir="ltr">`; in a left-to-right block, Arabic or Hebrew runs as `<bdi dir="rtl">`. Brackets and
 * sentence punctuation at a run's edges stay outside unless paired inside it. Never touches bdi, bdo,
 * code, pre, kbd, samp, script or style, nor an element whose own `dir` differs from its block's.
 * Idempotent, and the text itself is never changed.
 * @returns how many `<bdi>` elements were created.
 */
export function isolateBidiRuns(root: ParentNode): number {
  const cache = new DirectionCache();
  let created = 0;
  for (const text of textNodesUnder(root)) {
    const context = isolationContext(text, cache);
    if (!context) continue;
    const spans = spansToIsolate(text.data, context.direction);
    if (spans.length === 0) continue;
    wrapSpans(text, spans);
    created += spans.length;
  }
  return created;
}
