/** Browser glue: the settings in `storage.local`, read through `normaliseSettings`. */

import { browser } from 'wxt/browser';
import { normaliseSettings, type Settings } from '../settings/settings';
import { resolveUiLanguage } from '../i18n/ui-language';
import { translatorFor } from '../i18n/catalogs';
import type { Translator } from '../i18n/translate';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return normaliseSettings(stored[KEY]);
}

/** Saves a change to the settings and returns them as saved. */
export async function updateSettings(change: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next = normaliseSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `listener` whenever the settings change (in any context); returns the unsubscribe function. */
export function onSettingsChange(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(normaliseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

/** The translator for the interface language the settings choose (the browser's, by default). */
export function interfaceTranslator(settings: Settings): Translator {
  return translatorFor(resolveUiLanguage(settings.uiLanguage, browser.i18n.getUILanguage()));
}
