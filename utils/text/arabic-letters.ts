/** Arabic-script character classes shared by normalisation, folding and script analysis. */

/** Harakat, Quranic marks and the superscript alef: dropped when folding. */
export const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;


/** Letters that only Persian, Urdu and other non-Arabic languages use. */
export const PERSIAN_ONLY_LETTERS = /[\u067E\u0686\u0698\u06AF]/;

