/** The interface catalogs: complete, with the same placeholders, and plural forms Intl knows. */

import { describe, expect, it } from 'vitest';
import { isPlural, UI_LANGUAGES, type Message } from '../../../utils/i18n/catalog';
import { CATALOGS, translatorFor } from '../../../utils/i18n/catalogs';
import { toLocaleMessages } from '../../../utils/i18n/locales-json';
import { MESSAGES_EN, type MessageKey } from '../../../utils/i18n/messages-en';
import { matchUiLanguage, uiDirection } from '../../../utils/i18n/translate';
import { resolveUiLanguage } from '../../../utils/i18n/ui-language';

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
const forms = (message: Message) => (isPlural(message) ? Object.entries(message).filter(([, v]) => v !== undefined) : [['', message]]) as Array<[string, string]>;
const keys = Object.keys(MESSAGES_EN) as MessageKey[];

describe.each(UI_LANGUAGES)('catalog %s', (lang) => {
  const catalog = CATALOGS[lang];

  it('has every key and nothing else', () => {
    expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
  });

  it('keeps the English placeholders in every message', () => {
    for (const key of keys) {
      const english = new Set(forms(MESSAGES_EN[key]).flatMap(([, text]) => [...placeholders(text)]));
      for (const [form, text] of forms(catalog[key])) {
        const found = placeholders(text);
        // Arabic spells out zero, one and two ("قصاصتان"), so {count} may be absent there alone.
        const optional = lang === 'ar' && ['zero', 'one', 'two'].includes(form) ? new Set(['count']) : new Set<string>();
        for (const name of found) expect(english.has(name), `${lang}.${key}.${form} adds {${name}}`).toBe(true);
        for (const name of english) if (!optional.has(name)) expect(found.has(name), `${lang}.${key}.${form} lacks {${name}}`).toBe(true);
      }
    }
  });

  it('gives a form for every plural category the language uses', () => {
    const rules = new Intl.PluralRules(lang);
    const categories = rules.resolvedOptions().pluralCategories;
    for (const key of keys) {
      const message = catalog[key];
      if (!isPlural(MESSAGES_EN[key])) continue;
      expect(isPlural(message), key).toBe(true);
      if (isPlural(message)) for (const category of categories) expect(message[category], `${lang}.${key}.${category}`).toBeTypeOf('string');
    }
  });

  it('writes a valid _locales file', () => {
    const json = toLocaleMessages(catalog);
    for (const [name, entry] of Object.entries(json)) {
      expect(name).toMatch(/^[A-Za-z0-9_]+$/);
      for (const match of entry.message.matchAll(/\$(\w+)\$/g)) expect(entry.placeholders?.[match[1]!.toLowerCase()] ?? entry.placeholders?.[match[1]!]).toBeDefined();
    }
    expect(json.extName?.message).toBe('Katib');
  });
});

describe('translator', () => {
  it('fills placeholders and picks Arabic plural forms', () => {
    const ar = translatorFor('ar');
    const counts = [0, 1, 2, 3, 11, 100].map((count) => ar.t('resultCount', { count }));
    expect(new Set(counts).size).toBe(6);
    expect(ar.dir).toBe('rtl');
    expect(translatorFor('tr').t('clipAdded', { title: 'İİT' })).toContain('İİT');
  });

  it('formats numbers for the language', () => {
    expect(translatorFor('en').t('resultCount', { count: 12345 })).toBe('12,345 clips');
    expect(translatorFor('tr').formatNumber(12345)).toBe('12.345');
  });

  it('leaves an unknown placeholder visible rather than inventing a value', () => {
    expect(translatorFor('en').t('clipAdded')).toBe('Clipped: {title}');
  });
});

describe('interface language', () => {
  it.each([
    ['tr-TR', 'tr'],
    ['ar_EG', 'ar'],
    ['AR', 'ar'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    [undefined, 'en'],
  ])('browser %s → %s', (tag, lang) => {
    expect(matchUiLanguage(tag)).toBe(lang);
    expect(resolveUiLanguage('browser', tag)).toBe(lang);
  });

  it('prefers the user choice', () => {
    expect(resolveUiLanguage('ar', 'tr-TR')).toBe('ar');
    expect(uiDirection('ar')).toBe('rtl');
    expect(uiDirection('tr')).toBe('ltr');
  });
});
