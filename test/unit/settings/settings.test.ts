import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FONT_SCALES, normaliseSettings, stepFontScale } from '../../../utils/settings/settings';

describe('normaliseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and defaults each invalid one on its own', () => {
    expect(normaliseSettings({ uiLanguage: 'ar', theme: 'neon', fontScale: 1.12, width: 'wide', csvBom: 'yes' })).toEqual({
      version: 1,
      uiLanguage: 'ar',
      theme: DEFAULT_SETTINGS.theme,
      fontScale: 1.1,
      width: 'wide',
      csvBom: true,
    });
    expect(normaliseSettings({ uiLanguage: 'fr', csvBom: false }).csvBom).toBe(false);
    expect(normaliseSettings({ uiLanguage: 'fr' }).uiLanguage).toBe('browser');
    expect(normaliseSettings({ fontScale: Number.NaN }).fontScale).toBe(1);
  });
});

it('stepFontScale moves one step and stops at the ends', () => {
  expect(stepFontScale(1, 1)).toBe(1.1);
  expect(stepFontScale(1, -1)).toBe(0.92);
  expect(stepFontScale(FONT_SCALES[0], -1)).toBe(FONT_SCALES[0]);
  expect(stepFontScale(FONT_SCALES.at(-1)!, 1)).toBe(FONT_SCALES.at(-1));
});
