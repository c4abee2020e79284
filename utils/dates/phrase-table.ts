import { foldKey } from '../text/fold-key';
import type { DateToken } from './date-tokens';

/** A phrase found in the token list and the index just past it. */
export interface PhraseMatch<T> {
  value: T;
  next: number;
}

const TURKISH_TO_ASCII: Record<string, string> = { ç: 'c', ğ: 'g', ı: 'i', ö: 'o', ş: 's', ü: 'u', â: 'a', î: 'i', û: 'u' };

/**
 * The keys a word is looked up under. Turkish and root casing differ on I/İ (KASIM → kasım vs kasim,
 * MINUTES → mınutes vs minutes), and sites without a Turkish keyboard write "Subat", "Agustos".
 */
function foldVariants(phrase: string): string[] {
  let variants = foldCache.get(phrase);
  if (!variants) {
    // Page text repeats the same words; a bounded cache keeps long lines cheap without growing forever.
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    variants = computeFoldVariants(phrase);
    foldCache.set(phrase, variants);
  }
  return variants;
}

const FOLD_CACHE_LIMIT = 10_000;
const foldCache = new Map<string, string[]>();

function computeFoldVariants(phrase: string): string[] {
  const turkish = foldKey(phrase, 'tr');
  const root = foldKey(phrase);
  const ascii = turkish.replace(/[çğıöşüâîû]/g, (ch) => TURKISH_TO_ASCII[ch] ?? ch);
  return [turkish, root, ascii];
}

/**
 * A vocabulary of one- or multi-word phrases matched through `foldKey`, so spelling variants of the
 * same word (أبريل/إبريل, ذو/ذى, MART/Mart) need one entry only.
 */
export class PhraseTable<T> {
  private readonly byKey = new Map<string, T>();
  private readonly maxWords: number;

  constructor(entries: Iterable<readonly [string, T]>) {
    let maxWords = 1;
    for (const [phrase, value] of entries) {
      for (const key of foldVariants(phrase)) {
        // The first spelling listed wins, so a table reads in priority order.
        if (key && !this.byKey.has(key)) this.byKey.set(key, value);
      }
      maxWords = Math.max(maxWords, phrase.trim().split(/\s+/).length);
    }
    this.maxWords = maxWords;
  }

  /** Value of a single word or phrase given as text. */
  get(text: string): T | undefined {
    for (const key of foldVariants(text)) {
      const value = this.byKey.get(key);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** The longest phrase of space-separated words starting at token `index`. */
  match(tokens: readonly DateToken[], index: number): PhraseMatch<T> | null {
    const words: string[] = [];
    for (let i = index; i < tokens.length && words.length < this.maxWords; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word') break;
      if (i > index && token.start !== tokens[i - 1]!.end + 1) break;
      words.push(token.text);
    }
    for (let n = words.length; n > 0; n--) {
      const value = this.get(words.slice(0, n).join(' '));
      if (value !== undefined) return { value, next: index + n };
    }
    return null;
  }
}

/** Builds table entries from a map of value → spellings. */
export function spellings<T>(groups: ReadonlyArray<readonly [T, readonly string[]]>): Array<[string, T]> {
  return groups.flatMap(([value, words]) => words.map((word): [string, T] => [word, value]));
}
