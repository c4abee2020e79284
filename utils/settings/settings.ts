/**
 * The user's settings, as kept in `storage.local`. Stored values are read through `normaliseSettings`, so
 * that a value from an older version, a hand-edited profile or another extension version never breaks a
 * page: every field falls back to its default on its own.
 */

import { isUiLanguageSetting, type UiLanguageSetting } from '../i18n/ui-language';

export const READER_THEMES = ['light', 'sepia', 'dark'] as const;
export type ReaderTheme = (typeof READER_THEMES)[number];

export const READER_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export type ReaderWidth = (typeof READER_WIDTHS)[number];

/** Text size steps, as a factor of the base size. */
export const FONT_SCALES = [0.85, 0.92, 1, 1.1, 1.2, 1.35, 1.5] as const;

export interface Settings {
  /** Version of this shape, for future migrations. */
  version: 1;
  uiLanguage: UiLanguageSetting;
  theme: ReaderTheme;
  fontScale: number;
  width: ReaderWidth;
  /** Start CSV exports with a UTF-8 byte-order mark (Excel needs it for non-Latin text). */
  csvBom: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: 1,
  uiLanguage: 'browser',
  theme: 'light',
  fontScale: 1,
  width: 'medium',
  csvBom: true,
});

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return (values as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

function nearestScale(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS.fontScale;
  return FONT_SCALES.reduce((best, scale) => (Math.abs(scale - value) < Math.abs(best - value) ? scale : best));
}

/** Settings from a stored value of any shape: valid fields kept, the rest defaulted. */
export function normaliseSettings(raw: unknown): Settings {
  const value = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    version: 1,
    uiLanguage: isUiLanguageSetting(value.uiLanguage) ? value.uiLanguage : DEFAULT_SETTINGS.uiLanguage,
    theme: oneOf(READER_THEMES, value.theme, DEFAULT_SETTINGS.theme),
    fontScale: nearestScale(value.fontScale),
    width: oneOf(READER_WIDTHS, value.width, DEFAULT_SETTINGS.width),
    csvBom: typeof value.csvBom === 'boolean' ? value.csvBom : DEFAULT_SETTINGS.csvBom,
  };
}

/** The next text size up (+1) or down (-1), staying within the steps. */
export function stepFontScale(current: number, direction: 1 | -1): number {
  const index = FONT_SCALES.indexOf(nearestScale(current) as (typeof FONT_SCALES)[number]);
  const next = Math.min(FONT_SCALES.length - 1, Math.max(0, index + direction));
  return FONT_SCALES[next] ?? DEFAULT_SETTINGS.fontScale;
}
