import { describe, expect, it } from 'vitest';
import { toAsciiDigits } from '../../../utils/text/digits';
import { scriptStats, type ScriptStats } from '../../../utils/text/script-stats';

describe('toAsciiDigits', () => {
  it.each([
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['عام ٢٠٢٤م', 'عام 2024م'],
    ['١٤٠٣/٠٥/١٢', '1403/05/12'],
    ['٣٫٥', '3.5'], // Arabic decimal separator
    ['١٬٢٣٤', '1,234'], // Arabic thousands separator
    ['۴۵۶', '456'], // Persian-specific digit forms
    ['14.03.2024 10:30', '14.03.2024 10:30'],
    ['Okunma: 1.234', 'Okunma: 1.234'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(toAsciiDigits(input)).toBe(expected);
  });
});

const ZERO: ScriptStats = { arabic: 0, hebrew: 0, latin: 0, other: 0, turkishLetters: 0, persianLetters: 0 };

describe('scriptStats', () => {
  it.each<[string, Partial<ScriptStats>]>([
    ['Merhaba', { latin: 7 }],
    ['Işık', { latin: 4, turkishLetters: 2 }],
    ['çğıİöşüÇĞÖŞÜ', { latin: 12, turkishLetters: 12 }],
    ['café naïve', { latin: 9 }],
    ['مرحبا', { arabic: 5 }],
    ['مُحَمَّد', { arabic: 4 }], // harakat are not letters
    ['جـديد', { arabic: 4 }], // tatweel is not a letter
    ['قال، ما؟ نعم؛', { arabic: 8 }], // Arabic comma, question mark, semicolon ignored
    ['٢٠٢٤ ۱۴۰۳', {}], // Arabic-Indic and Persian digits ignored
    ['پچژگ', { arabic: 4, persianLetters: 4 }],
    ['یک کتاب', { arabic: 6 }], // Persian yeh/keheh are also typed on Arabic sites: not Persian evidence
    ['שלום', { hebrew: 4 }],
    ['Привет', { other: 6 }],
    ['123 !?., -–— «»', {}],
    ['Ankara (AA) - أنقرة', { latin: 8, arabic: 5 }],
  ])('%s', (input, counts) => {
    expect(scriptStats(input)).toEqual({ ...ZERO, ...counts });
  });

  it('ignores the Arabic percent sign', () => {
    expect(scriptStats('بنسبة 5٪')).toEqual({ ...ZERO, arabic: 5 });
  });

  it('ignores the multiplication sign (4×100 bayrak)', () => {
    expect(scriptStats('4×100')).toEqual(ZERO);
  });
});
