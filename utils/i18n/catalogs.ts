/** Every interface catalog, and the translator for a language. */

import type { UiLanguage } from './catalog';
import { MESSAGES_AR } from './messages-ar';
import { MESSAGES_EN, type Catalog } from './messages-en';
import { MESSAGES_TR } from './messages-tr';
import { createTranslator, type Translator } from './translate';

export const CATALOGS: Readonly<Record<UiLanguage, Catalog>> = { en: MESSAGES_EN, tr: MESSAGES_TR, ar: MESSAGES_AR };

/** The translator for an interface language. */
export function translatorFor(lang: UiLanguage): Translator {
  return createTranslator(lang, CATALOGS[lang], MESSAGES_EN);
}
