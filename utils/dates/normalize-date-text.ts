/** Text prepared for date scanning, with a way back to the caller's original string. */
export interface NormalizedDateText {
  text: string;
  /** For each code unit of `text`, the index of the input code unit it came from. */
  sourceIndex: number[];
}

const ARABIC_COMMA = 0x060c;

/** Bidi marks that Arabic CMSs sprinkle between digits and separators ("١٤‏/٣‏/٢٠٢٤"). */
function isBidiMark(c: number): boolean {
  return c === 0x200e || c === 0x200f || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** ASCII digit for an Arabic-Indic or Persian digit, else the character itself. */
function asciiDigit(c: number, ch: string): string {
  if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
  return ch;
}

/**
 * ASCII digits, ASCII comma for the Arabic one, no bidi marks and single spaces, keeping every
 * character's source position so the matched part of the original text can be reported.
 * Runs on every short line of a page, so it works on code units rather than through regular expressions.
 */
export function normalizeDateText(input: string): NormalizedDateText {
  let text = '';
  const sourceIndex: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (isBidiMark(c)) continue;
    if (isSpace(c)) {
      pendingSpace = text.length > 0;
      continue;
    }
    if (pendingSpace) {
      text += ' ';
      sourceIndex.push(i - 1);
      pendingSpace = false;
    }
    text += c === ARABIC_COMMA ? ',' : asciiDigit(c, input[i]!);
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
