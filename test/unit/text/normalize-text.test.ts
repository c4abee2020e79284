import { describe, expect, it } from 'vitest';
import { arabiseLetters, collapseWhitespace, normalizeInline, stripMarkup } from '../../../utils/text/normalize-text';

describe('arabiseLetters: Persian yeh/keheh become Arabic inside Arabic words', () => {
  it.each([
    ['الدولیة', 'الدولية'],
    ['کتاب', 'كتاب'],
    ['وزارة الخارجیة السعودیة', 'وزارة الخارجية السعودية'],
    ['علی', 'علي'],
    ['الکویت', 'الكويت'],
  ])('%s → %s', (input, expected) => {
    expect(arabiseLetters(input)).toBe(expected);
  });

  it.each([
    ['پیشنهاد'], // پ
    ['چیست'], // چ
    ['ژاپنی'], // ژ and پ
    ['گزارشی'], // گ
  ])('leaves %s alone: it has a Persian-only letter', (word) => {
    expect(arabiseLetters(word)).toBe(word);
  });

  it('decides word by word in a mixed line', () => {
    expect(arabiseLetters('سفیر پاکستان في الکویت')).toBe('سفير پاکستان في الكويت');
  });

  it('does not touch Latin text or text without ی/ک', () => {
    expect(arabiseLetters('İstanbul 2024')).toBe('İstanbul 2024');
    expect(arabiseLetters('القاهرة')).toBe('القاهرة');
  });

  it('leaves a ZWNJ-joined Persian word with a Persian-only letter whole (می‌گویند)', () => {
    expect(arabiseLetters('می\u200Cگویند')).toBe('می\u200Cگویند');
  });
});

describe('normalizeInline: invisible characters and bidi controls', () => {
  it.each([
    ['zero-width space', 'Cumhur\u200Bbaşkanı', 'Cumhurbaşkanı'],
    ['BOM', '\uFEFFHaber metni', 'Haber metni'],
    ['word joiner', 'a\u2060b', 'ab'],
    ['soft hyphen', 'Cumhur\u00ADbaşkanı', 'Cumhurbaşkanı'],
    ['RLE/PDF embedding', '\u202Bمرحبا\u202C', 'مرحبا'],
    ['RLO override', 'abc\u202Edef', 'abcdef'],
    ['LRI/PDI isolates', 'قال \u2066AA\u2069 اليوم', 'قال AA اليوم'],
    ['FSI', '\u2068x\u2069', 'x'],
    ['C0 control', 'a\u0007b', 'a b'],
    ['DEL', 'a\u007Fb', 'a b'],
    ['C1 control', 'a\u0085b', 'a b'],
  ])('removes %s', (_name, input, expected) => {
    expect(normalizeInline(input)).toBe(expected);
  });

  it.each([
    ['a lone high surrogate', 'a\uD800b', 'a\uFFFDb'],
    ['a lone low surrogate', 'a\uDC00b', 'a\uFFFDb'],
    ['a pair in the wrong order', '\uDC00\uD800', '\uFFFD\uFFFD'],
    ['a high surrogate at the end', 'metin\uDBFF', 'metin\uFFFD'],
  ])('replaces %s with U+FFFD', (_name, input, expected) => {
    expect(normalizeInline(input)).toBe(expected);
  });

  it('keeps surrogate pairs (emoji, flags) whole', () => {
    expect(normalizeInline('Tebrikler 👍🏽 \u{1F1F9}\u{1F1F7}')).toBe('Tebrikler 👍🏽 \u{1F1F9}\u{1F1F7}');
  });

  it('keeps ZWNJ, which Persian needs', () => {
    expect(normalizeInline('خانه\u200Cها')).toBe('خانه\u200Cها');
  });

  it('removes the invisible bidi marks RLM/LRM/ALM', () => {
    expect(normalizeInline('الرئيس\u200F قال\u200E (AA)\u061C')).toBe('الرئيس قال (AA)');
  });
});

describe('normalizeInline: spaces', () => {
  it.each([
    ['NBSP', 'Recep\u00A0Tayyip\u00A0Erdoğan', 'Recep Tayyip Erdoğan'],
    ['narrow NBSP', '14\u202FMart', '14 Mart'],
    ['em space', 'a\u2003b', 'a b'],
    ['ideographic space', 'a\u3000b', 'a b'],
    ['tab', 'a\tb', 'a b'],
    ['runs of spaces', 'a    b', 'a b'],
    ['mixed run', 'a \u00A0 \t b', 'a b'],
    ['leading and trailing', '  \u00A0metin\u00A0 ', 'metin'],
  ])('%s → single space', (_name, input, expected) => {
    expect(normalizeInline(input)).toBe(expected);
  });

  it('applies NFC', () => {
    expect(normalizeInline('S\u0327ehir')).toBe('Şehir');
    expect(normalizeInline('ا\u0654')).toBe('أ');
  });

  it('makes Persian ی/ک Arabic in Arabic words', () => {
    expect(normalizeInline(' وزارة الخارجیة ')).toBe('وزارة الخارجية');
  });

  it('keeps the page words otherwise unchanged', () => {
    const line = 'Bakan Fidan, Kahire’de “önemli” açıklamalar yaptı: %5 artış!';
    expect(normalizeInline(line)).toBe(line);
  });

  it('returns an empty string for invisible-only input', () => {
    expect(normalizeInline('\u200B\uFEFF \u00A0')).toBe('');
  });
});

describe('collapseWhitespace', () => {
  it.each([
    [' a \n\t b ', 'a b'],
    ['satır\n\nsatır', 'satır satır'],
    ['a\u00A0\u00A0b', 'a b'],
    ['', ''],
    ['   ', ''],
    ['tek', 'tek'],
  ])('%j → %j', (input, expected) => {
    expect(collapseWhitespace(input)).toBe(expected);
  });
});

describe('stripMarkup: tags written into text values', () => {
  it.each([
    ['<b onmouseover="alert(1)">Haber</b> Merkezi', 'Haber Merkezi'],
    ['<img src=x onerror=alert(1)>وزارة الخارجية', 'وزارة الخارجية'],
    ['وكالة <span class="x">الأنباء</span>', 'وكالة الأنباء'],
    ['<script>alert(1)</script>Başlık', 'alert(1) Başlık'],
    ['5 < 7 and 9 > 3', '5 < 7 and 9 > 3'],
    ['a <3 b', 'a <3 b'],
    ['no markup at all', 'no markup at all'],
    ['Bakan <Ergüneş', 'Bakan <Ergüneş'],
  ])('%s → %s', (input, expected) => {
    expect(stripMarkup(input)).toBe(expected);
  });
});
