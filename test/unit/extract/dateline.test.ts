import { describe, expect, it } from 'vitest';
import { datelineAtStart, datelineLine } from '../../../utils/extract/metadata/dateline';
import { leadingCity } from '../../../utils/extract/metadata/city-gazetteer';

describe('datelineAtStart: agency datelines', () => {
  it.each<[string, string, string | null]>([
    ['ANKARA (AA) - Milli Eğitim Bakanı Yusuf Tekin açıklama yaptı.', 'Ankara', 'AA'],
    ['GAZZE (AA) - İsrail ordusu', 'Gazze', 'AA'],
    ['KAHİRE (AA) – Mısır Dışişleri Bakanlığı', 'Kahire', 'AA'],
    ['ŞANLIURFA (İHA) - Kentte', 'Şanlıurfa', 'İHA'],
    ['KAHRAMANMARAŞ (DHA) — Depremin ardından', 'Kahramanmaraş', 'DHA'],
    ['NEW YORK (Reuters) - Stocks fell', 'New York', 'Reuters'],
    ['WASHINGTON (AP) — The Senate', 'Washington', 'AP'],
    ['Ankara (AA) - Bakan açıkladı', 'Ankara', 'AA'],
    ['عمان 14 آذار (بترا) - أعلنت وزارة الصحة', 'عمان', 'بترا'],
    ['دمشق، سوريا (سانا) - أعلنت الوزارة', 'دمشق', 'سانا'],
    ['الرياض 15 شوال 1444 هـ الموافق 05 مايو 2023 م واس\nأعلنت وزارة الصحة', 'الرياض', 'واس'],
    ['القاهرة (أ ش أ) - أعلنت وزارة الصحة', 'القاهرة', 'أ ش أ'],
    ['بيروت - رأى رئيس الحكومة', 'بيروت', null],
    ['KIZILCAHAMAM (AA) - Ankara’nın ilçesinde', 'Kızılcahamam', 'AA'], // not in the gazetteer: all caps before an agency
    ['ÇORLU (İHA) - Tekirdağ’ın', 'Çorlu', 'İHA'],
  ])('%s → %s / %s', (paragraph, city, agency) => {
    expect(datelineAtStart(paragraph)).toEqual({ city, agency });
  });

  it.each([
    ["İstanbul Büyükşehir Belediyesi'nin yeni projesi tanıtıldı"],
    ["Ankara'da düzenlenen toplantıda"],
    ['Ankara ile Kahire arasındaki ilişkiler'],
    ['والقاهرة (أ ش أ) - أعلنت'], // "and Cairo" is not a dateline
    ['صور الأقمار الصناعية تكشف حجم الدمار'], // صور (Tyre) as the word "pictures"
    ['القاهرة تستضيف القمة العربية'],
    ['Bakan Fidan (AA) ile görüştü'],
    ['NATO ülkeleri bir araya geldi'],
    [''],
  ])('%s → null', (paragraph) => {
    expect(datelineAtStart(paragraph)).toBeNull();
  });

  it('reads an SPA dateline followed by the text on the same line', () => {
    expect(datelineAtStart('الرياض 15 شوال 1444 هـ الموافق 05 مايو 2023 م واس أعلنت وزارة الصحة')).toEqual({ city: 'الرياض', agency: 'واس' });
  });

  // Regression: the English spellings "Istanbul"/"Izmir" once overwrote the Turkish gazetteer keys.
  it('shows İSTANBUL (AA) as İstanbul, not Istanbul', () => {
    expect(datelineAtStart('İSTANBUL (AA) - Borsa güne yükselişle başladı')).toEqual({ city: 'İstanbul', agency: 'AA' });
  });
  it('shows İZMİR (DHA) as İzmir, not Izmir', () => {
    expect(datelineAtStart('İZMİR (DHA) - Kentte')).toEqual({ city: 'İzmir', agency: 'DHA' });
  });

  it('reads the unbracketed agency after a dash (القاهرة - أ ش أ)', () => {
    expect(datelineAtStart('القاهرة - أ ش أ: أعلنت وزارة الصحة')).toEqual({ city: 'القاهرة', agency: 'أ ش أ' });
  });

  it("reads SANA's دمشق-سانا dateline", () => {
    expect(datelineAtStart('دمشق-سانا\nبحث وزير الخارجية')).toEqual({ city: 'دمشق', agency: 'سانا' });
  });
});

describe('datelineLine', () => {
  it.each<[string, { city: string; institution: string | null }]>([
    ['Ankara', { city: 'Ankara', institution: null }],
    ['ANKARA', { city: 'Ankara', institution: null }],
    ['İzmir', { city: 'İzmir', institution: null }],
    ['Ankara,Aile ve Sosyal Hizmetler Bakanlığı', { city: 'Ankara', institution: 'Aile ve Sosyal Hizmetler Bakanlığı' }],
    ['Ankara - T.C. Sağlık Bakanlığı', { city: 'Ankara', institution: 'T.C. Sağlık Bakanlığı' }],
    ['İstanbul, Türkiye Radyo Televizyon Kurumu', { city: 'İstanbul', institution: 'Türkiye Radyo Televizyon Kurumu' }],
    ['القاهرة - وزارة الصحة والسكان', { city: 'القاهرة', institution: 'وزارة الصحة والسكان' }],
    ['الرياض، وزارة الداخلية', { city: 'الرياض', institution: 'وزارة الداخلية' }],
  ])('%s', (text, expected) => {
    expect(datelineLine(text)).toEqual(expected);
  });

  it.each([
    ["İstanbul Büyükşehir Belediyesi'nin projesi"],
    ['Ankara bugün çok soğuktu'],
    ['Londra'.padEnd(81, ' x')],
    ['Bakanlık açıklaması'],
    ['القاهرة تستضيف القمة'],
  ])('%s → null', (text) => {
    expect(datelineLine(text)).toBeNull();
  });
});

describe('leadingCity', () => {
  it.each<[string, string | null]>([
    ['Ankara', 'Ankara'],
    ['ANKARA (AA) -', 'Ankara'],
    ['ŞANLIURFA', 'Şanlıurfa'],
    ["Şanlıurfa'da", 'Şanlıurfa'],
    ["Kahire'de", 'Kahire'],
    ['New York City', 'New York'],
    ['WASHINGTON', 'Washington'],
    ['Iğdır', 'Iğdır'],
    ['بغداد', 'بغداد'],
    ['القاهرة - أ ش أ', 'القاهرة'],
    ['القدس المحتلة', 'القدس المحتلة'],
    ['مكة المكرمة', 'مكة المكرمة'],
    ['رام الله', 'رام الله'],
    ['أبو ظبي', 'أبو ظبي'],
    ['والقاهرة', null],
    ['بالرياض', null],
    ['Bakan', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(leadingCity(text)).toBe(expected);
  });

  it('returns the Turkish spelling for İstanbul and İzmir', () => {
    expect(leadingCity('İstanbul')).toBe('İstanbul');
    expect(leadingCity('İZMİR')).toBe('İzmir');
  });
});
