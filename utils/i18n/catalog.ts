/**
 * The shape of an interface-language catalog. A message is a string with `{name}` placeholders, or a
 * set of plural forms chosen by `Intl.PluralRules` (Arabic uses all six; English and Turkish two).
 */

export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Message = string | PluralMessage;

/** The languages the interface is written in. */
export const UI_LANGUAGES = ['en', 'tr', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each language's own name, shown in the language picker whatever the interface language is. */
export const UI_LANGUAGE_AUTONYMS: Record<UiLanguage, string> = { en: 'English', tr: 'Türkçe', ar: 'العربية' };

/** Whether a message has plural forms. */
export function isPlural(message: Message): message is PluralMessage {
  return typeof message === 'object';
}
