import { ARABIC_DIACRITICS, TATWEEL } from './arabic-letters';

const ALEF_FORMS = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g; // آ أ إ ٱ → ا
const APOSTROPHES = /['\u2019\u02BC\u2018`\u00B4]/;
/** A Latin word followed by an apostrophe and a suffix: Mısır’a, Ergüneş'in, Türkiye'nin. */
const SUFFIXED_WORD = /([\p{Script=Latin}\p{M}]+)['\u2019\u02BC\u2018`\u00B4][\p{Script=Latin}]+/gu;

/**
 * Folds text into a key for search and de-duplication: letter variants that readers treat as the same
 * letter become one, case is dropped with Turkish rules where the text is Turkish, and Turkish
 * apostrophe suffixes are cut. Dotted and dotless i stay distinct under Turkish rules (`Işık` ≠ `isik`).
 * @param lang BCP 47 tag of the text; `tr`/`az` select Turkish casing, anything else the root locale.
 */
export function foldKey(text: string, lang?: string | null): string {
  const turkish = !!lang && /^(tr|az)\b/i.test(lang);
  let s = text.normalize('NFC');
  if (APOSTROPHES.test(s)) s = s.replace(SUFFIXED_WORD, '$1');
  // Root-locale lowercasing turns İ into i + combining dot; a reader means plain i.
  s = turkish ? s.toLocaleLowerCase('tr') : s.replace(/\u0130/g, 'i').toLowerCase();
  return s
    .replace(ARABIC_DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(ALEF_FORMS, '\u0627')
    .replace(/\u0629/g, '\u0647') // ة → ه
    .replace(/[\u0649\u06CC]/g, '\u064A') // ى ی → ي
    .replace(/\u06A9/g, '\u0643') // ک → ك
    .replace(/\u0624/g, '\u0648') // ؤ → و
    .replace(/\u0626/g, '\u064A') // ئ → ي
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
