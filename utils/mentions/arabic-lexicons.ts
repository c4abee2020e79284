/** The Arabic gazetteers as look-up sets, built once. */

import { ARABIC_GIVEN_NAMES } from './gazetteers/arabic-given-names';
import {
  ARABIC_AMBIGUOUS_HEADS,
  ARABIC_INSTITUTIONAL_ADJECTIVES,
  ARABIC_LATIN_LIST_HEADS,
  ARABIC_NAME_ADJECTIVES,
  ARABIC_ORGANISATION_HEADS,
  ARABIC_PLACE_WORDS,
  ARABIC_SUBUNIT_HEADS,
  ARABIC_TITLES_IN_NAMES,
} from './gazetteers/arabic-organisation-heads';
import { ARABIC_STOP_WORDS } from './gazetteers/arabic-stop-words';
import {
  ARABIC_CREDIT_WORDS,
  ARABIC_DESCRIPTION_PRONOUNS,
  ARABIC_HONORIFICS,
  ARABIC_KUNYA,
  ARABIC_NAME_LINKS,
  ARABIC_OCCUPATIONS,
  ARABIC_RELATIVE_PRONOUNS,
  ARABIC_ROLE_HEADS,
  ARABIC_SPEECH_VERBS,
} from './gazetteers/arabic-titles';
import { arabicLexicon, plainArabic } from './arabic-words';

const STOP_WORDS = new Set(ARABIC_STOP_WORDS.map(plainArabic));

/** A particle, preposition or time word, compared as written (see ARABIC_STOP_WORDS). */
export function isStopWord(raw: string): boolean {
  return STOP_WORDS.has(plainArabic(raw).replace(/[\u064B-\u0652]/g, ''));
}
export const HONORIFICS = arabicLexicon(ARABIC_HONORIFICS);
// Occupations head a role only with the article, so they join without derived forms.
export const ROLE_HEADS = new Set([...arabicLexicon(ARABIC_ROLE_HEADS, true), ...arabicLexicon(ARABIC_OCCUPATIONS)]);
export const SPEECH_VERBS = arabicLexicon(ARABIC_SPEECH_VERBS);
export const DESCRIPTION_PRONOUNS = arabicLexicon(ARABIC_DESCRIPTION_PRONOUNS);
export const NAME_LINKS = arabicLexicon(ARABIC_NAME_LINKS);
export const KUNYA = arabicLexicon(ARABIC_KUNYA);
export const GIVEN_NAMES = arabicLexicon(ARABIC_GIVEN_NAMES);
export const ORGANISATION_HEADS = arabicLexicon(ARABIC_ORGANISATION_HEADS, true);
export const AMBIGUOUS_HEADS = arabicLexicon(ARABIC_AMBIGUOUS_HEADS, true);
export const ANY_ORGANISATION_HEAD = new Set([...ORGANISATION_HEADS, ...AMBIGUOUS_HEADS]);
export const SUBUNIT_HEADS = arabicLexicon(ARABIC_SUBUNIT_HEADS, true);
export const INSTITUTIONAL_ADJECTIVES = arabicLexicon(ARABIC_INSTITUTIONAL_ADJECTIVES);
export const NAME_ADJECTIVES = arabicLexicon([...ARABIC_NAME_ADJECTIVES, ...ARABIC_INSTITUTIONAL_ADJECTIVES]);
export const PLACE_WORDS = arabicLexicon(ARABIC_PLACE_WORDS);
export const TITLES_IN_NAMES = arabicLexicon(ARABIC_TITLES_IN_NAMES);
export const LATIN_LIST_HEADS = arabicLexicon(ARABIC_LATIN_LIST_HEADS);
export const CREDIT_WORDS = arabicLexicon(ARABIC_CREDIT_WORDS);
export const RELATIVE_PRONOUNS = arabicLexicon(ARABIC_RELATIVE_PRONOUNS);
