/**
 * Anchors: what a block and its translation write the same way whatever the language. Figures (with
 * Arabic-Indic and Persian digits made ASCII, and decimal and thousands marks dropped, so that "1.250",
 * "1,250" and "١٬٢٥٠" agree) and Latin proper nouns ("Ankara’da" and "Ankara", "Türkiye", "NATO").
 */

import { toAsciiDigits } from '../text/digits';

const NUMBER = /\d+(?:[.,\u066B\u066C]\d+)*/g;
/** A capitalised Latin word, an acronym among them; a Turkish case ending after an apostrophe is left off. */
const PROPER_NOUN = /(?<![\p{L}\p{M}])(?=\p{Script=Latin})\p{Lu}[\p{Script=Latin}\p{M}]+/gu;
const MIN_NUMBER_DIGITS = 2;
const MIN_NAME_LETTERS = 3;

function nameKey(word: string): string {
  return word
    .replace(/\u0130/g, 'I')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i');
}

/**
 * The anchors of a block of text, as keys: `#` and the digits of each figure of two or more digits, `@`
 * and the folded form of each Latin proper noun (acronyms included) of three or more letters.
 */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  for (const match of toAsciiDigits(text).matchAll(NUMBER)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length >= MIN_NUMBER_DIGITS) anchors.add(`#${digits.replace(/^0+(?=\d)/, '')}`);
  }
  for (const match of text.matchAll(PROPER_NOUN)) {
    const word = match[0];
    const isAcronym = word.length >= 2 && word === word.toUpperCase();
    if (word.length >= MIN_NAME_LETTERS || isAcronym) anchors.add(`@${nameKey(word)}`);
  }
  return anchors;
}
