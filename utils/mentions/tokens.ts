/** Splitting plain article text into tokens that keep their place in the text. */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Whitespace separates this token from the one before it. */
  spaced: boolean;
}

// Words keep inner hyphens and apostrophes (Esenyurt-Beylikdüzü, Ergüneş'in); tatweel and marks stay
// inside Arabic words. Numbers keep their decimal separators.
const TOKEN = /[\p{L}\p{M}\u0640]+(?:[-'’][\p{L}\p{M}\u0640]+)*|\p{N}+(?:[.,]\p{N}+)*|\S/gu;
const LETTER = /^[\p{L}\p{M}\u0640]/u;
const DIGIT = /^\p{N}/u;

/**
 * The lines of `text` as token lists. A rule never looks across a line break, because blocks, list
 * items and table rows end there.
 */
export function tokenLines(text: string): Token[][] {
  const lines: Token[][] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const tokens: Token[] = [];
    let last = 0;
    for (const match of line.matchAll(TOKEN)) {
      const start = offset + match.index;
      const value = match[0];
      tokens.push({
        text: value,
        kind: LETTER.test(value) ? 'word' : DIGIT.test(value) ? 'number' : 'punct',
        start,
        end: start + value.length,
        spaced: match.index > last,
      });
      last = match.index + value.length;
    }
    if (tokens.length) lines.push(tokens);
    offset += line.length + 1;
  }
  return lines;
}

/** A span of tokens on a line, [start, end). */
export type Span = readonly [number, number];

/** True for a token that is this punctuation mark. */
export function isPunct(token: Token | undefined, marks: string): boolean {
  return !!token && token.kind === 'punct' && marks.includes(token.text);
}
