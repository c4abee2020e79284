import { useState } from 'preact/hooks';
import { useTranslator } from '@/components/i18n-context';
import { THEME_LABELS } from '@/components/theme-labels';
import { UI_LANGUAGE_AUTONYMS, UI_LANGUAGES } from '@/utils/i18n/catalog';
import type { UiLanguageSetting } from '@/utils/i18n/ui-language';
import { READER_THEMES, type Settings } from '@/utils/settings/settings';
import { updateSettings } from '@/utils/extension/settings-store';
import { Shortcuts } from './Shortcuts';


/** The settings page. Every change is saved at once; the other open pages follow it. */
export function Options({ settings }: { settings: Settings }) {
  const t = useTranslator();
  const [saved, setSaved] = useState(false);
  const save = (change: Parameters<typeof updateSettings>[0]) =>
    void updateSettings(change).then(() => {
      setSaved(true);
      setTimeout(() => setSaved(false), 1500);
    });

  return (
    <main class="options">
      <header class="options-header">
        <img src="/icons/48.png" alt="" width={32} height={32} />
        <h1>{t.t('optionsTitle')}</h1>
        <span class="saved-mark" role="status" aria-live="polite">
          {saved ? t.t('optSaved') : ''}
        </span>
      </header>

      <section class="options-section">
        <label class="field">
          <span class="label">{t.t('optLanguage')}</span>
          <select value={settings.uiLanguage} onChange={(e) => save({ uiLanguage: e.currentTarget.value as UiLanguageSetting })} data-testid="opt-language">
            <option value="browser">{t.t('optLanguageBrowser')}</option>
            {UI_LANGUAGES.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {UI_LANGUAGE_AUTONYMS[lang]}
              </option>
            ))}
          </select>
        </label>
      </section>

      <section class="options-section">
        <fieldset>
          <legend>{t.t('optTheme')}</legend>
          {READER_THEMES.map((theme) => (
            <label key={theme} class="choice">
              <input type="radio" name="theme" checked={settings.theme === theme} onChange={() => save({ theme })} data-testid={`opt-theme-${theme}`} />
              {t.t(THEME_LABELS[theme])}
            </label>
          ))}
        </fieldset>
      </section>

      <section class="options-section">
        <label class="choice">
          <input type="checkbox" checked={settings.csvBom} onChange={(e) => save({ csvBom: e.currentTarget.checked })} data-testid="opt-csv-bom" />
          {t.t('optCsvBom')}
        </label>
      </section>

      <Shortcuts />

      <p class="muted about">{t.t('optAbout')}</p>
    </main>
  );
}
