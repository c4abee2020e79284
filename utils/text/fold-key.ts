import { ARABIC_DIACRITICS } from './arabic-letters';

const APOSTROPHES = /['\u2019\u02BC\u2018`\u00B4]/;
/**
 * A Latin word followed by an apostrophe and a Turkish case ending: Mısır’a, Ergüneş'in, Türkiye'nin.
 * Endings are short and lower-case (upper-case after an upper-case word: ANKARA'DA), so O'Brien keeps its name.
 */
const SUFFIXED_WORD = /([\p{Script=Latin}\p{M}]+)['\u2019\u02BC\u2018`\u00B4](\p{Ll}{1,6}|(?<=\p{Lu}{2}['\u2019\u02BC\u2018`\u00B4])\p{Lu}{1,6})(?![\p{L}])/gu;

/** Arabic-script letters that fold to another letter, or to nothing (tatweel). */
const ARABIC_FOLDS: Record<string, string> = {
  '\u0622': '\u0627', // آ → ا
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0672': '\u0627',
  '\u0673': '\u0627',
  '\u0629': '\u0647', // ة → ه
  '\u0649': '\u064A', // ى → ي
  '\u06CC': '\u064A', // ی → ي
  '\u0626': '\u064A', // ئ → ي
  '\u06A9': '\u0643', // ک → ك
  '\u0624': '\u0648', // ؤ → و
  '\u0640': '', // tatweel
};
const ARABIC_FOLDABLE = /[\u0622\u0623\u0625\u0671-\u0673\u0629\u0649\u06CC\u0626\u06A9\u0624\u0640]/g;
const HAS_ARABIC = /[\u0600-\u06FF]/;
const PUNCTUATION_OR_SPACE = /[\p{P}\p{S}\s]+/gu;
const ASCII = /^[\x20-\x7e]*$/;
const ASCII_PUNCTUATION_OR_SPACE = /[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]+/g;

/**
 * Folds text into a key for search and de-duplication: letter variants that readers treat as the same
 * letter become one, case is dropped with Turkish rules where the text is Turkish, and Turkish
 * apostrophe suffixes are cut. Dotted and dotless i stay distinct under Turkish rules (`Işık` ≠ `isik`).
 * @param lang BCP 47 tag of the text; `tr`/`az` select Turkish casing, anything else the root locale.
 */
export function foldKey(text: string, lang?: string | null): string {
  const turkish = !!lang && /^(tr|az)\b/i.test(lang);
  // Plain ASCII (most labels, class-like words, English) needs no normalisation, Arabic or suffix rules;
  // only Turkish casing of I differs.
  if (ASCII.test(text) && !(turkish && /I/.test(text)) && !/['`]/.test(text)) return text.toLowerCase().replace(ASCII_PUNCTUATION_OR_SPACE, ' ').trim();
  let s = text.normalize('NFC');
  if (APOSTROPHES.test(s)) s = s.replace(SUFFIXED_WORD, '$1');
  // Root-locale lowercasing turns İ into i + combining dot; a reader means plain i.
  s = turkish ? s.toLocaleLowerCase('tr') : s.replace(/\u0130/g, 'i').toLowerCase();
  // Arabic folding runs only on text that has Arabic letters: most keys are Latin.
  if (HAS_ARABIC.test(s)) s = s.replace(ARABIC_DIACRITICS, '').replace(ARABIC_FOLDABLE, (ch) => ARABIC_FOLDS[ch] ?? ch);
  return s.replace(PUNCTUATION_OR_SPACE, ' ').trim();
}
