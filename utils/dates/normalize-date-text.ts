import { toAsciiDigits } from '../text/digits';

/** Text prepared for date scanning, with a way back to the caller's original string. */
export interface NormalizedDateText {
  text: string;
  /** For each code unit of `text`, the index of the input code unit it came from. */
  sourceIndex: number[];
}

/** Bidi marks that Arabic CMSs sprinkle between digits and separators ("١٤‏/٣‏/٢٠٢٤"). */
const BIDI_MARK = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/;
const ARABIC_COMMA = '\u060C';

/**
 * ASCII digits, ASCII comma for the Arabic one, no bidi marks and single spaces, keeping every
 * character's source position so the matched part of the original text can be reported.
 */
export function normalizeDateText(input: string): NormalizedDateText {
  let text = '';
  const sourceIndex: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (BIDI_MARK.test(ch)) continue;
    if (/\s/.test(ch)) {
      pendingSpace = text.length > 0;
      continue;
    }
    if (pendingSpace) {
      text += ' ';
      sourceIndex.push(i - 1);
      pendingSpace = false;
    }
    text += ch === ARABIC_COMMA ? ',' : toAsciiDigits(ch);
    sourceIndex.push(i);
  }
  return { text, sourceIndex };
}

/** The part of the original input that produced `text.slice(start, end)`. */
export function sourceSlice(input: string, normalized: NormalizedDateText, start: number, end: number): string {
  const from = normalized.sourceIndex[start];
  const to = normalized.sourceIndex[end - 1];
  return from === undefined || to === undefined ? '' : input.slice(from, to + 1);
}
