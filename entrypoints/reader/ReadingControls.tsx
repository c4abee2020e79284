import { useTranslator } from '@/components/i18n-context';
import { THEME_LABELS } from '@/components/theme-labels';
import { READER_THEMES, READER_WIDTHS, stepFontScale, type Settings } from '@/utils/settings/settings';
import { updateSettings } from '@/utils/extension/settings-store';
import type { MessageKey } from '@/utils/i18n/messages-en';

const WIDTH_LABELS: Record<Settings['width'], MessageKey> = { narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide' };

/** Theme, text size and line width; each change is saved, so the next article opens the same way. */
export function ReadingControls({ settings }: { settings: Settings }) {
  const t = useTranslator();
  return (
    <div class="reading-controls" role="group" aria-label={t.t('readerSettings')}>
      <div class="segmented" role="radiogroup" aria-label={t.t('readerTheme')}>
        {READER_THEMES.map((theme) => (
          <button
            key={theme}
            type="button"
            role="radio"
            aria-checked={settings.theme === theme}
            class={`swatch swatch-${theme}`}
            title={t.t(THEME_LABELS[theme])}
            onClick={() => void updateSettings({ theme })}
            data-testid={`theme-${theme}`}
          >
            <span class="visually-hidden">{t.t(THEME_LABELS[theme])}</span>
          </button>
        ))}
      </div>
      <div class="segmented" role="group" aria-label={t.t('readerTextSize')}>
        <button type="button" class="button quiet" title={t.t('readerSmaller')} aria-label={t.t('readerSmaller')} onClick={() => void updateSettings({ fontScale: stepFontScale(settings.fontScale, -1) })}>
          <span class="size-glyph small">A</span>
        </button>
        <button type="button" class="button quiet" title={t.t('readerLarger')} aria-label={t.t('readerLarger')} onClick={() => void updateSettings({ fontScale: stepFontScale(settings.fontScale, 1) })}>
          <span class="size-glyph large">A</span>
        </button>
      </div>
      <label class="inline-field">
        <span class="visually-hidden">{t.t('readerWidth')}</span>
        <select value={settings.width} title={t.t('readerWidth')} onChange={(event) => void updateSettings({ width: event.currentTarget.value as Settings['width'] })}>
          {READER_WIDTHS.map((width) => (
            <option key={width} value={width}>
              {t.t(WIDTH_LABELS[width])}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
