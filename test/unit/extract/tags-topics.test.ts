import { describe, expect, it } from 'vitest';
import { cleanTags, splitTagText } from '../../../utils/extract/boilerplate/tag-values';
import { headlineCoverage, stemsOf } from '../../../utils/extract/boilerplate/topic-overlap';

describe('splitTagText', () => {
  it.each<[string, string[]]>([
    ['Etiketler: Ankara, ekonomi • enflasyon', ['Ankara', 'ekonomi', 'enflasyon']],
    ['ETİKETLER: Merkez Bankası; faiz | dolar', ['Merkez Bankası', 'faiz', 'dolar']],
    ['Etiketler Covid-19, aşı', ['Covid-19', 'aşı']],
    ['Tags: Rusya - Ukrayna / Tahıl koridoru', ['Rusya', 'Ukrayna', 'Tahıl koridoru']],
    ['الكلمات الدلالية: مصر، السيسي، قناة السويس', ['مصر', 'السيسي', 'قناة السويس']],
    ['#غزة #فلسطين', ['غزة', 'فلسطين']],
    ['Ankara · İzmir · Bursa', ['Ankara', 'İzmir', 'Bursa']],
    ['Gazze\nİsrail\nHamas', ['Gazze', 'İsrail', 'Hamas']],
    ['ekonomi', ['ekonomi']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(splitTagText(text)).toEqual(expected);
  });

  it('keeps the text when the leading label is not a tags label', () => {
    expect(splitTagText('Ekonomi, Borsa')).toEqual(['Ekonomi', 'Borsa']);
  });
});

describe('cleanTags', () => {
  it('normalises, strips hashtag marks and quotes, and de-duplicates by folded key (first wins)', () => {
    expect(cleanTags(['#Gazze', 'gazze', 'GAZZE', ' "Ekonomi" ', '«Enflasyon»', 'Enflasyon.'], 'tr')).toEqual(['Gazze', 'Ekonomi', 'Enflasyon']);
  });

  it('makes Persian ی/ک Arabic and folds Arabic spelling variants', () => {
    expect(cleanTags(['السعودیة', 'السعودية', 'الإمارات', 'الامارات', 'الکویت'], 'ar')).toEqual(['السعودية', 'الإمارات', 'الكويت']);
  });

  it('folds Turkish apostrophe suffixes and Turkish casing', () => {
    expect(cleanTags(["Mısır'a", 'Mısır', 'MISIR', 'İSTANBUL', 'İstanbul'], 'tr')).toEqual(["Mısır'a", 'İSTANBUL']);
  });

  it.each([
    ['a label', ['Etiketler', 'Ekonomi'], ['Ekonomi']],
    ['an Arabic label', ['الكلمات الدلالية', 'مصر'], ['مصر']],
    ['a "more" button', ['Ekonomi', 'المزيد', 'Read more'], ['Ekonomi']],
    ['a bare number', ['2024', 'Seçim 2024'], ['Seçim 2024']],
    ['an overlong phrase', ['x'.repeat(61), 'Borsa'], ['Borsa']],
    ['more than six words', ['bir iki üç dört beş altı yedi', 'Borsa'], ['Borsa']],
    ['empty values', ['', '   ', '##', '""', 'Borsa'], ['Borsa']],
    ['invisible characters', ['\u200BBorsa\u00A0İstanbul\uFEFF'], ['Borsa İstanbul']],
  ])('drops %s', (_name, raw, expected) => {
    expect(cleanTags(raw, 'tr')).toEqual(expected);
  });

  it('stops at the limit', () => {
    const raw = Array.from({ length: 50 }, (_, i) => `etiket${String.fromCharCode(97 + (i % 26))}${i}`);
    expect(cleanTags(raw, 'tr', [], 5)).toEqual(raw.slice(0, 5));
    expect(cleanTags(raw, 'tr')).toHaveLength(40);
  });

  it('splits a value that holds a comma-separated list', () => {
    expect(cleanTags(['Ankara, İzmir', 'مصر، السعودية'], null)).toEqual(['Ankara', 'İzmir', 'مصر', 'السعودية']);
  });

  it('drops counts after a tag', () => {
    expect(cleanTags(['Ekonomi (423)', 'غزة (١٢)'], null)).toEqual(['Ekonomi', 'غزة']);
  });

  it("keeps the quotes of a quoted word inside a tag, drops quotes around the whole tag", () => {
    expect(cleanTags(['فيروس "كورونا"', '"Seçim 2024"'], null)).toEqual(['فيروس "كورونا"', 'Seçim 2024']);
  });

  it("never takes the site's own name for a tag", () => {
    expect(cleanTags(['Habertürk', 'Ekonomi', 'habertürk'], 'tr', ['Habertürk', null])).toEqual(['Ekonomi']);
    expect(cleanTags(['اليوم السابع', 'مصر'], 'ar', ['اليوم السابع'])).toEqual(['مصر']);
  });

  it('accepts any iterable', () => {
    expect(cleanTags(new Set(['Ankara', 'ankara', 'İzmir']), 'tr')).toEqual(['Ankara', 'İzmir']);
  });
});

describe('stemsOf', () => {
  it('keeps words of three letters or more, cut to five letters (Latin)', () => {
    expect([...stemsOf("Dışişleri Bakanı Fidan Kahire'de")]).toEqual(['dışiş', 'bakan', 'fidan', 'kahir']);
    expect([...stemsOf('Bu ve da 2024 ile')]).toEqual(['ile']);
  });

  it('drops the Arabic article and cuts Arabic stems to four letters', () => {
    expect([...stemsOf('الخارجية والخارجية بالخارجية')]).toEqual(['خارج']);
    expect([...stemsOf('المصري التركي')]).toEqual(['مصري', 'تركي']);
  });

  it('folds variants before stemming', () => {
    expect(stemsOf('الإمارات')).toEqual(stemsOf('الامارات'));
  });
});

describe('headlineCoverage', () => {
  it.each<[string, string, number]>([
    ["Dışişleri Bakanı Fidan Kahire'de", "Fidan, Kahire'de Mısırlı mevkidaşıyla görüştü", 0.5],
    ["Dışişleri Bakanı Fidan Kahire'de", 'Dışişleri Bakanı Hakan Fidan bugün Kahire’ye gitti', 1],
    ['Merkez Bankası faizi sabit tuttu', 'Galatasaray derbide Fenerbahçe ile berabere kaldı', 0],
    ['الخارجية المصرية تدين الهجوم', 'أدانت وزارة الخارجية المصرية الهجوم الذي وقع اليوم', 0.75],
    ['', 'herhangi bir metin', 0],
    ['a b', 'a b', 0],
  ])('%s in %s → %s', (headline, passage, expected) => {
    expect(headlineCoverage(headline, passage)).toBeCloseTo(expected, 5);
  });

  it('accepts precomputed passage stems', () => {
    expect(headlineCoverage('Ankara toplantısı', stemsOf('Ankara’daki toplantı'))).toBe(1);
  });

  it('matches وزير in a headline with الوزير in the passage', () => {
    expect(headlineCoverage('وزير الخارجية', 'قال الوزير إن الخارجية')).toBe(1);
  });
});
