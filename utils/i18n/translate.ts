/** Looking up interface texts: plural forms by `Intl.PluralRules`, placeholders filled in. */

import { isPlural, UI_LANGUAGES, type Message, type UiLanguage } from './catalog';
import type { Catalog, MessageKey } from './messages-en';

export type MessageValues = Record<string, string | number>;

/** A bound lookup for one interface language. */
export interface Translator {
  lang: UiLanguage;
  dir: 'rtl' | 'ltr';
  /** The message for `key`, its placeholders filled from `values` (numbers formatted for `lang`). */
  t(key: MessageKey, values?: MessageValues): string;
  formatNumber(value: number): string;
}

const RTL_LANGUAGES: ReadonlySet<UiLanguage> = new Set(['ar']);

/** The direction an interface language is written in. */
export function uiDirection(lang: UiLanguage): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}

/** The interface language for a BCP 47 tag (`tr-TR` → `tr`), English when none fits. */
export function matchUiLanguage(tag: string | null | undefined): UiLanguage {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : 'en';
}

function pick(message: Message, count: number | undefined, rules: Intl.PluralRules): string {
  if (!isPlural(message)) return message;
  if (count === undefined) return message.other;
  return message[rules.select(count)] ?? message.other;
}

/** Builds the translator for `lang` over its catalog, falling back to English for a missing text. */
export function createTranslator(lang: UiLanguage, catalog: Catalog, fallback: Catalog): Translator {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const formatNumber = (value: number) => numbers.format(value);
  return {
    lang,
    dir: uiDirection(lang),
    formatNumber,
    t(key, values) {
      const message = catalog[key] ?? fallback[key];
      const count = typeof values?.count === 'number' ? values.count : undefined;
      return pick(message, count, rules).replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = values?.[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? formatNumber(value) : value;
      });
    },
  };
}
