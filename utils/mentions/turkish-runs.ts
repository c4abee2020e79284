/**
 * The capitalised run before a Turkish role or institution word: "Çevre, Şehircilik ve İklim Değişikliği
 * | Bakanı". It takes capitalised words, "ve" between them and commas inside an enumeration that "ve"
 * closes (but not "ve" + a country, which starts another name), and stops at a lower-case word, an event name, an "our …" word, a word with a case ending or a
 * word already known as part of a name. A sentence's first word is capitalised whatever it is, so it
 * joins only without a plain case ending ("Konferansta", "İstişarelere", "Toplantıya", "Toplantısına");
 * a one-vowel dative ("Törene") cannot be told from a name ending in a vowel ("Aile", "Bafra") and still
 * joins.
 */

import { TURKISH_COUNTRY_WORDS, TURKISH_PROVINCES } from './gazetteers/turkish-places';
import { TURKISH_EVENT_WORDS } from './gazetteers/turkish-titles';
import { isPunct, type Token } from './tokens';
import { hasSuffix, isCapitalised, isOurs, tailOf } from './turkish-words';

const EVENTS = new Set(TURKISH_EVENT_WORDS);
const COUNTRIES = new Set(TURKISH_COUNTRY_WORDS);
/**
 * Case endings that names do not end in (proper names take them after an apostrophe): a locative after
 * a consonant ("Konferansta"; not after n or a vowel: Hollanda, Kanada), an ablative (not -stan:
 * Kazakistan), plural and possessive cases ("İstişarelere", "Toplantısında").
 */
const CASE_ENDING = /(?:[^aeıioöuün][dt][ae]|(?<!s)[dt][ae]n|l[ae]r(?:[ae]|d[ae]n?|[ıi]n)|[ıiuü]n[dt][ae]n?)$/u;
/**
 * Datives after a vowel ("Toplantıya") or a possessive ("Toplantısına"); a few place names end the same
 * way (Suriye, Kolombiya) and are known.
 */
const DATIVE = /(?:[aeıioöuü]y[ae]|[sn][ıiuü]n[ae])$/u;
const PLACES = new Set([...TURKISH_COUNTRY_WORDS, ...TURKISH_PROVINCES]);
const MIN_CASED_LENGTH = 6;
const SENTENCE_END = '.!?:;"“”';

function opensSentence(tokens: Token[], j: number): boolean {
  return j === 0 || isPunct(tokens[j - 1], SENTENCE_END);
}

function hasCaseEnding(word: string): boolean {
  if (word.length < MIN_CASED_LENGTH) return false;
  return CASE_ENDING.test(word) || (DATIVE.test(word) && !PLACES.has(word));
}

export interface RunOptions {
  /** Stop at an institution tail (for institutions: the previous one ends there). */
  stopAtTail: boolean;
  /** Words known to be people's names. */
  nameWords: Set<string>;
  /** Fold used for `nameWords`. */
  fold: (word: string) => string;
}

function joins(token: Token, options: RunOptions): boolean {
  if (token.kind === 'number') return false;
  if (token.kind !== 'word' || !isCapitalised(token.text) || hasSuffix(token.text)) return false;
  if (EVENTS.has(token.text) || isOurs(token.text)) return false;
  if (options.nameWords.has(options.fold(token.text))) return false;
  return !(options.stopAtTail && tailOf(token.text));
}

/** Index of the first token of the run that ends just before `end`. */
export function runStart(tokens: Token[], end: number, options: RunOptions): number {
  let start = end;
  let sawAnd = false;
  for (let j = end - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (joins(t, options) && !(opensSentence(tokens, j) && hasCaseEnding(t.text))) {
      start = j;
    } else if (t.kind === 'word' && t.text === 've' && j > 0 && joins(tokens[j - 1]!, options) && !COUNTRIES.has(tokens[j + 1]?.text ?? '')) {
      sawAnd = true;
    } else if (isPunct(t, ',') && sawAnd && j > 0 && joins(tokens[j - 1]!, options)) {
      continue;
    } else {
      break;
    }
  }
  return start;
}
