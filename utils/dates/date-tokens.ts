/** A run of digits, a run of letters, or one other visible character of normalised date text. */
export interface DateToken {
  kind: 'num' | 'word' | 'punct';
  text: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** Numeric value of a `num` token, NaN for others. */
  value: number;
}

// Letters include combining marks and tatweel so "هـ", "مساءً" and decomposed "ş" stay one word.
const TOKEN = /\d+|[\p{L}\p{M}]+|[^\s\d\p{L}\p{M}]/gu;

/** Splits normalised text into tokens; whitespace only shows as a gap between offsets. */
export function tokenizeDateText(text: string): DateToken[] {
  const tokens: DateToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0];
    const kind = /^\d/.test(word) ? 'num' : /^[\p{L}\p{M}]/u.test(word) ? 'word' : 'punct';
    tokens.push({
      kind,
      text: word,
      start: m.index,
      end: m.index + word.length,
      value: kind === 'num' ? Number(word) : Number.NaN,
    });
  }
  return tokens;
}

/** True when nothing, not even a space, separates the two tokens. */
export function isAdjacent(left: DateToken | undefined, right: DateToken | undefined): boolean {
  return !!left && !!right && left.end === right.start;
}

/** True for a `num` token of `minDigits`-`maxDigits` digits. */
export function isNumber(token: DateToken | undefined, minDigits: number, maxDigits: number): token is DateToken {
  return !!token && token.kind === 'num' && token.text.length >= minDigits && token.text.length <= maxDigits;
}

/** True for a `punct` token that is one of `chars`. */
export function isPunct(token: DateToken | undefined, chars: string): token is DateToken {
  return !!token && token.kind === 'punct' && chars.includes(token.text);
}
