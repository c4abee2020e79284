import { describe, expect, it } from 'vitest';
import { formatMoment, formatPageDate, languageName } from '../../../utils/i18n/format-date';

describe('formatPageDate', () => {
  it.each([
    ['2024-10-12T15:29:00+03:00', 'tr', '12 Ekim 2024 15:29 (UTC+3)'],
    ['2024-10-12T15:29:00+03:00', 'en', 'October 12, 2024 at 3:29 PM (UTC+3)'],
    ['2024-10-12T15:29:00Z', 'en', 'October 12, 2024 at 3:29 PM (UTC)'],
    ['2024-10-12T15:29:00+00:00', 'en', 'October 12, 2024 at 3:29 PM (UTC)'],
    ['2024-10-12T15:29:00+05:30', 'en', 'October 12, 2024 at 3:29 PM (UTC+5:30)'],
    ['2024-10-12T15:29:00-0400', 'en', 'October 12, 2024 at 3:29 PM (UTC-4)'],
    ['2024-10-12T15:29', 'en', 'October 12, 2024 at 3:29 PM'],
    ['2024-10-12', 'tr', '12 Ekim 2024'],
  ])('%s in %s → %s', (iso, lang, text) => {
    expect(formatPageDate(iso, lang)?.replace(/\u202f/g, ' ')).toBe(text);
  });

  it('shows the site wall clock whatever the machine zone', () => {
    // Late evening at +03:00 is already the next day in UTC; the page's own date must stay.
    expect(formatPageDate('2024-12-31T23:30:00+03:00', 'en')).toMatch(/^December 31, 2024/);
  });

  it('writes Arabic dates in Arabic', () => {
    expect(formatPageDate('2025-02-13', 'ar')).toMatch(/فبراير/);
  });

  it.each([[null], ['yesterday'], ['13/02/2025']])('gives null for %s', (value) => {
    expect(formatPageDate(value, 'en')).toBeNull();
  });
});

it('formatMoment shows a moment in the given zone and passes through what it cannot read', () => {
  expect(formatMoment('2025-11-20T10:00:00Z', 'en', 'short', 'Europe/Istanbul').replace(/\u202f/g, ' ')).toBe('Nov 20, 2025, 1:00 PM');
  expect(formatMoment('garbage', 'en')).toBe('garbage');
});

it('languageName names a language in the interface language', () => {
  expect(languageName('ar', 'en')).toBe('Arabic');
  expect(languageName('tr', 'ar')).toBe('التركية');
  expect(languageName('tr', 'tr')).toBe('Türkçe');
  expect(languageName('!!', 'en')).toBe('!!');
});
