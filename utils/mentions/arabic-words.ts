/** Reading Arabic words: proclitics, the article, and look-ups in the gazetteers. */

import { ARABIC_DIACRITICS } from '../text/arabic-letters';
import { foldKey } from '../text/fold-key';

const ARABIC_LETTER = /[\u0600-\u06FF]/;
/** Words are looked up many times per text; beyond this many entries the caches start over. */
const CACHE_LIMIT = 20_000;
const keyCache = new Map<string, string>();
const readingCache = new Map<string, CliticReading[]>();

function remember<T>(cache: Map<string, T>, word: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, value);
  return value;
}
const LATIN_CAPITALISED = /^\p{Script=Latin}/u;

/** The word without harakat and tatweel, as it is compared and cut. */
export function plainArabic(word: string): string {
  return word.replace(ARABIC_DIACRITICS, '').replace(/\u0640/g, '');
}

/** The key a word is looked up by: letter variants folded (أ/ا, ة/ه, ى/ي). */
export function arabicKey(word: string): string {
  return keyCache.get(word) ?? remember(keyCache, word, foldKey(plainArabic(word), 'ar'));
}

/** A set of gazetteer words keyed for look-up, with the definite form of each indefinite one. */
export function arabicLexicon(words: readonly string[], withArticle = false): Set<string> {
  const keys = new Set<string>();
  for (const word of words) {
    keys.add(arabicKey(word));
    if (withArticle && !word.startsWith('ال')) keys.add(arabicKey(`ال${word}`));
  }
  return keys;
}

export function isArabicWord(word: string): boolean {
  return ARABIC_LETTER.test(word);
}

/** A Latin-script word that starts with a capital: a name or acronym inside Arabic text. */
export function isLatinCapitalised(word: string): boolean {
  return LATIN_CAPITALISED.test(word) && word[0] !== word[0]!.toLowerCase();
}

/** A reading of a word as proclitics + the word they are attached to. */
export interface CliticReading {
  /** و or ف (and), then ب, ل or ك (prepositions), as written before the word. */
  conjunction: string;
  preposition: string;
  /** The word itself, with the article put back where ل + ال is written لل. */
  word: string;
}

/**
 * Every way to read `raw` as proclitics + word, the bare word first. "لوزارة" → وزارة, "للأمم" → الأمم,
 * "للجنة" → اللجنة (the article's alef and lam are both dropped before a lam), "وبالوزارة" → الوزارة.
 */
export function cliticReadings(raw: string): CliticReading[] {
  return readingCache.get(raw) ?? remember(readingCache, raw, readingsOf(raw));
}

function readingsOf(raw: string): CliticReading[] {
  const word = plainArabic(raw);
  const readings: CliticReading[] = [{ conjunction: '', preposition: '', word }];
  const withoutConjunction = /^[وف]/.test(word) && word.length > 3 ? [{ conjunction: word[0]!, rest: word.slice(1) }] : [];
  for (const { conjunction, rest } of [{ conjunction: '', rest: word }, ...withoutConjunction]) {
    if (conjunction) readings.push({ conjunction, preposition: '', word: rest });
    if (rest.startsWith('لل') && rest.length > 3) {
      readings.push({ conjunction, preposition: 'ل', word: `ال${rest.slice(2)}` });
      readings.push({ conjunction, preposition: 'ل', word: `ال${rest.slice(1)}` });
    } else if (/^[بلك]/.test(rest) && rest.length > 3) {
      readings.push({ conjunction, preposition: rest[0]!, word: rest.slice(1) });
    }
  }
  return readings;
}

/** The first reading of `raw` whose word is in `lexicon`. */
export function lookUp(raw: string, lexicon: Set<string>, allowClitics = true): CliticReading | null {
  const readings = allowClitics ? cliticReadings(raw) : cliticReadings(raw).slice(0, 1);
  return readings.find((r) => lexicon.has(arabicKey(r.word))) ?? null;
}

/** The word carries the article: "الخارجية", not "إلهام" or "الى". */
export function hasArticle(word: string): boolean {
  return word.startsWith('ال') && word.length > 3;
}

/** How a word sits in a genitive chain: its proclitics and whether it is definite. */
export interface ChainWord {
  conjunction: boolean;
  preposition: 'ب' | 'ل' | 'ك' | '';
  definite: boolean;
  /** The word without its proclitics (the article restored after ل). */
  stem: string;
}

/**
 * Reads a word's proclitics only where the article makes them certain ("والسكان", "للبيئة",
 * "بالوزارة"); an indefinite word is taken as written, since و, ب and ل also start words (وزارة, لبنان).
 */
export function chainWord(raw: string): ChainWord {
  const word = plainArabic(raw);
  const match = /^([وف]?)(?:(لل)|([بك]?)(ال))(.{2,})$/.exec(word);
  if (match) {
    const [, conjunction, lil, preposition, article, rest] = match;
    if (lil) return { conjunction: !!conjunction, preposition: 'ل', definite: true, stem: `ال${rest}` };
    return { conjunction: !!conjunction, preposition: (preposition ?? '') as ChainWord['preposition'], definite: true, stem: `${article}${rest}` };
  }
  return { conjunction: false, preposition: '', definite: false, stem: word };
}
