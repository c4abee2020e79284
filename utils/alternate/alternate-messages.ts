/** What the reader says when another-language version cannot be shown, in the interface language. */

import { languageName } from '../i18n/format-date';
import type { MessageKey } from '../i18n/messages-en';
import type { Translator } from '../i18n/translate';
import { siteHost } from '../extract/page-url';
import type { AlternateProblem } from './load-alternate';

export const ALTERNATE_PROBLEM_KEYS: Readonly<Record<AlternateProblem, MessageKey>> = {
  'permission-denied': 'alternateDenied',
  network: 'alternateNetwork',
  'http-status': 'alternateHttpStatus',
  'not-html': 'alternateNotHtml',
  'no-article': 'alternateNoArticle',
  'same-language': 'alternateSameLanguage',
  'too-large': 'alternateTooLarge',
};

/**
 * The message for a version in `lang` at `url` that could not be shown for `reason`.
 * @param detail the loader's detail: the HTTP status for `http-status`
 */
export function alternateProblemMessage(t: Translator, reason: AlternateProblem, lang: string, url: string, detail?: string): string {
  return t.t(ALTERNATE_PROBLEM_KEYS[reason], { language: languageName(lang, t.lang), site: siteHost(url) ?? url, status: detail ?? '' });
}
