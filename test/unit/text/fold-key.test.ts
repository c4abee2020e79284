import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../utils/text/fold-key';

type Row = [input: string, lang: string | null, expected: string];

describe('foldKey: Arabic letter variants fold together', () => {
  it.each<Row>([
    ['أحمد', 'ar', 'احمد'], // hamza above alef
    ['إسراء', 'ar', 'اسراء'], // hamza below alef
    ['آمنة', 'ar', 'امنه'], // madda alef, teh marbuta
    ['ٱلله', 'ar', 'الله'], // alef wasla
    ['مدرسة', null, 'مدرسه'], // ة → ه
    ['مستشفى', 'ar', 'مستشفي'], // alef maksura → yeh
    ['سؤال', 'ar', 'سوال'], // waw with hamza
    ['رئيس', 'ar', 'رييس'], // yeh with hamza
    ['علی', 'ar', 'علي'], // Persian yeh
    ['کتاب', 'ar', 'كتاب'], // keheh
    ['مُحَمَّد', 'ar', 'محمد'], // harakat and shadda
    ['كتابٌ', 'ar', 'كتاب'], // tanween
    ['جـــديد', 'ar', 'جديد'], // tatweel
    ['إقرأ أيضاً', 'ar', 'اقرا ايضا'],
  ])('%s (%s) → %s', (input, lang, expected) => {
    expect(foldKey(input, lang)).toBe(expected);
  });

  it.each([
    ['الإمارات', 'الامارات'],
    ['اقرأ أيضًا', 'إقرأ ايضاً'],
    ['القاهرة', 'القاهره'],
    ['الدولیة', 'الدولية'],
    ['مصطفى', 'مصطفي'],
  ])('%s and %s share a key', (a, b) => {
    expect(foldKey(a)).toBe(foldKey(b));
  });

  it('keeps letters that are not variants of each other apart', () => {
    expect(foldKey('بحر')).not.toBe(foldKey('نحر'));
    expect(foldKey('عمان')).toBe('عمان');
    expect(foldKey('ء')).toBe('ء');
  });
});

describe('foldKey: Turkish casing', () => {
  it.each<Row>([
    ['İSTANBUL', 'tr', 'istanbul'],
    ['İstanbul', 'tr', 'istanbul'],
    ['Işık', 'tr', 'ışık'],
    ['IŞIK', 'tr', 'ışık'],
    ['ÇAĞLAYAN', 'tr', 'çağlayan'],
    ['DİYARBAKIR', 'tr', 'diyarbakır'],
    ['ŞIRNAK', 'tr-TR', 'şırnak'],
    ['BAKÜ', 'az', 'bakü'],
    ['ÖĞRETMEN', 'tr', 'öğretmen'],
  ])('%s (%s) → %s', (input, lang, expected) => {
    expect(foldKey(input, lang)).toBe(expected);
  });

  it('never folds dotless ı into i under Turkish rules', () => {
    expect(foldKey('Işık', 'tr')).not.toBe('isik');
    expect(foldKey('Işık', 'tr')).not.toBe(foldKey('isik', 'tr'));
    expect(foldKey('kırık', 'tr')).not.toBe(foldKey('kirik', 'tr'));
  });
});

describe('foldKey: root-locale casing', () => {
  it.each<Row>([
    ['İSTANBUL', null, 'istanbul'],
    ['İzmir', 'en', 'izmir'],
    ['İSTANBUL', undefined as unknown as null, 'istanbul'],
    ['ISTANBUL', null, 'istanbul'],
    ['Hello World', 'en', 'hello world'],
    ['ÇANAKKALE', 'ar', 'çanakkale'],
  ])('%s (%s) → %s', (input, lang, expected) => {
    expect(foldKey(input, lang)).toBe(expected);
  });

  it('gives plain i for İ, not i + combining dot', () => {
    const key = foldKey('İSTANBUL');
    expect(key).toHaveLength(8);
    expect(key).not.toContain('\u0307');
  });

  it('treats a decomposed İ (I + U+0307) like the precomposed letter', () => {
    expect(foldKey('I\u0307STANBUL')).toBe('istanbul');
    expect(foldKey('I\u0307stanbul', 'tr')).toBe('istanbul');
  });

  it('composes decomposed Turkish letters (NFC)', () => {
    expect(foldKey('S\u0327EHIR', 'tr')).toBe('şehır');
    expect(foldKey('Gu\u0308nes\u0327', 'tr')).toBe(foldKey('Güneş', 'tr'));
  });
});

describe('foldKey: apostrophe suffixes are cut', () => {
  it.each<Row>([
    ['Mısır’a', 'tr', 'mısır'],
    ["Ergüneş'in", 'tr', 'ergüneş'],
    ["Türkiye'nin", 'tr', 'türkiye'],
    ["ANKARA'DA", 'tr', 'ankara'],
    ["TÜRKİYE'NİN", 'tr', 'türkiye'],
    ['Erdoğan`ın', 'tr', 'erdoğan'],
    ['Kahireʼde', 'tr', 'kahire'], // U+02BC modifier apostrophe
    ['Gazze‘ye', 'tr', 'gazze'], // U+2018
    ["Bakan Fidan'ın Kahire'deki görüşmesi", 'tr', 'bakan fidan kahire görüşmesi'],
    ["Mısır'a", null, 'mısır'],
  ])('%s (%s) → %s', (input, lang, expected) => {
    expect(foldKey(input, lang)).toBe(expected);
  });

  it("keeps an English name with an apostrophe whole when lang is 'en' (O'Brien)", () => {
    expect(foldKey("O'Brien", 'en')).toBe('o brien');
  });
});

describe('foldKey: punctuation and spaces', () => {
  it.each<Row>([
    ['Ankara, Türkiye!', 'tr', 'ankara türkiye'],
    ['مصر، السعودية؟', 'ar', 'مصر السعوديه'],
    ['«Alıntı»', 'tr', 'alıntı'],
    ['  çok   boşluk  ', 'tr', 'çok boşluk'],
    ['Covid-19', 'tr', 'covid 19'],
    ['a/b|c•d', null, 'a b c d'],
    ['Yorumlar (12)', 'tr', 'yorumlar 12'],
    ['', null, ''],
    ['...', null, ''],
  ])('%j (%s) → %j', (input, lang, expected) => {
    expect(foldKey(input, lang)).toBe(expected);
  });
});
