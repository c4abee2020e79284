/** Which interface language to show: the user's choice, else the browser's language when we have it. */

import { UI_LANGUAGES, type UiLanguage } from './catalog';
import { matchUiLanguage } from './translate';

/** The interface-language setting: a language, or `browser` to follow the browser. */
export type UiLanguageSetting = UiLanguage | 'browser';

/** Whether a stored value is a valid interface-language setting. */
export function isUiLanguageSetting(value: unknown): value is UiLanguageSetting {
  return value === 'browser' || (UI_LANGUAGES as readonly unknown[]).includes(value);
}

/** The language to show for a setting, given the browser's interface language tag. */
export function resolveUiLanguage(setting: UiLanguageSetting, browserLanguage: string | null | undefined): UiLanguage {
  return setting === 'browser' ? matchUiLanguage(browserLanguage) : setting;
}
