import { PERSIAN_ONLY_LETTERS } from './arabic-letters';

/** Zero-width and invisible characters that carry no meaning in article text (ZWNJ is kept: Persian needs it). */
const INVISIBLES = /[\u200B\u2060\uFEFF\u00AD]/g;
/** Explicit bidi embeddings, overrides and isolates: the reader re-isolates runs itself, and stray ones spoof text. */
const BIDI_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
/** C0/C1 controls other than tab and newline. */
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
const SPACES = /[\t\n\r\f\v\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
/** Halves of surrogate pairs standing alone (a page script can write them): they encode no character. */
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes Persian yeh/keheh Arabic inside Arabic words, as sites typing Arabic on a Persian keyboard need
 * ("الدولیة" → "الدولية"). Words with letters only Persian uses are left alone.
 */
export function arabiseLetters(text: string): string {
  if (!/[\u06CC\u06A9]/.test(text)) return text;
  // ZWNJ belongs to the word: a Persian word is judged whole, on both sides of it.
  return text.replace(/[\u0600-\u06FF\u200C]+/g, (word) =>
    PERSIAN_ONLY_LETTERS.test(word) ? word : word.replace(/\u06CC/g, '\u064A').replace(/\u06A9/g, '\u0643'),
  );
}

/**
 * Display normalisation of one line of page text: NFC, no invisible or control characters, single spaces,
 * and U+FFFD for a lone surrogate (as a UTF-8 encoder would write it). The page's words are kept; only
 * their encoding is made consistent.
 */
export function normalizeInline(text: string): string {
  return arabiseLetters(
    text.replace(LONE_SURROGATES, '\uFFFD').normalize('NFC').replace(INVISIBLES, '').replace(BIDI_CONTROLS, '').replace(CONTROLS, ' ').replace(SPACES, ' '),
  )
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Collapses any whitespace run to one space and trims: the canonical form hashed for `contentHash`. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An HTML start or end tag written into a text value: `<b>`, `</span>`, `<img src=x onerror=…>`. */
const MARKUP_TAG = /<\/?[a-zA-Z][^<>]*>/g;

/**
 * Takes tags out of a value that is text by definition (a meta tag's content, a JSON-LD string). Sites
 * sometimes put markup there, sloppily or with intent; shown as text it reads as garbage. Words and
 * lone angle brackets ("5 < 7") are kept.
 */
export function stripMarkup(text: string): string {
  return text.includes('<') ? text.replace(MARKUP_TAG, ' ').replace(/ {2,}/g, ' ').trim() : text;
}
