/** Reading Turkish words: apostrophe suffixes, capitals, and institution tails with their possessives. */

import { TURKISH_ORGANISATION_TAILS, TURKISH_WEAK_TAILS } from './gazetteers/turkish-organisation-tails';

const APOSTROPHE = /['’]/;

/** "Ergüneş'in" → "Ergüneş"; "Bakanlığı’na" → "Bakanlığı". */
export function withoutSuffix(word: string): string {
  return word.split(APOSTROPHE)[0]!;
}

export function hasSuffix(word: string): boolean {
  return APOSTROPHE.test(word);
}

/** A word written with a capital and then small letters: a name, not an acronym. */
export function isTitleCase(word: string): boolean {
  const base = withoutSuffix(word);
  return base.length > 1 && /^\p{Lu}/u.test(base) && /^\p{Lu}[\p{Ll}\p{M}'’-]*$/u.test(base.replace(/-\p{Lu}/gu, (m) => m.toLowerCase()));
}

/** An acronym: İİT, IWA, AB. */
export function isAcronym(word: string): boolean {
  const base = withoutSuffix(word);
  return base.length > 1 && /^\p{Lu}+$/u.test(base);
}

/** A capitalised word of any kind: "Aile", "İİT", "AB". */
export function isCapitalised(word: string): boolean {
  return isTitleCase(word) || isAcronym(word);
}

/** The first-person plural of a possessive tail: Bakanlığı → Bakanlığımız, Belediyesi → Belediyemiz. */
function firstPersonOf(tail: string): string {
  const vowel = tail[tail.length - 1]!;
  const harmony = { ı: 'ı', i: 'i', u: 'u', ü: 'ü' }[vowel] ?? 'i';
  const stem = /s[ıiuü]$/.test(tail) && /[aeıioöuü]$/.test(tail.slice(0, -2)) ? tail.slice(0, -2) : tail;
  return `${stem}m${harmony}z`;
}

const TAILS = TURKISH_ORGANISATION_TAILS.map((tail) => ({ tail, ours: firstPersonOf(tail) }));
const WEAK = new Set(TURKISH_WEAK_TAILS);

export interface TailMatch {
  /** The tail in the third person, as the institution's name has it. */
  tail: string;
  /** Written "our …" (Bakanlığımız): the writer's own institution. */
  ours: boolean;
  weak: boolean;
}

/** The institution tail a word is, in the third person or as "our …" with a case ending. */
export function tailOf(word: string): TailMatch | null {
  const base = withoutSuffix(word);
  for (const { tail, ours } of TAILS) {
    if (base === tail) return { tail, ours: false, weak: WEAK.has(tail) };
    if (base.startsWith(ours) && base.length - ours.length <= 3) return { tail, ours: true, weak: WEAK.has(tail) };
  }
  return null;
}

/** A word in the first-person plural possessive, "Bakanlığımız", "Başkonsolosluğumuz": not part of a name. */
export function isOurs(word: string): boolean {
  return /m[ıiuü]z(?:[ıiuü]n|[ae]|d[ae]|c[ae]|l[ae])?$/u.test(withoutSuffix(word)) && /^\p{Lu}/u.test(word);
}
