import { describe, expect, it } from 'vitest';
import {
  bylineLineValue,
  creditLine,
  isBareCount,
  isConsentNotice,
  isEndMarker,
  isViewCounter,
  isWeatherReading,
  sourceLineValue,
  type CreditRole,
} from '../../../utils/extract/boilerplate/text-cues';

describe('creditLine', () => {
  it.each<[string, string, CreditRole]>([
    ['كتب: محمد علي', 'محمد علي', 'author'],
    ['كتبت: سارة محمود', 'سارة محمود', 'author'],
    ['كتب محمد علي،', 'محمد علي', 'author'],
    ['بقلم: د. أحمد زويل', 'د. أحمد زويل', 'author'],
    ['Haber: Ayşe Kaya', 'Ayşe Kaya', 'author'],
    ['Muhabir: Ali Can', 'Ali Can', 'author'],
    ['Yazan Ahmet Hakan | 12 yorum', 'Ahmet Hakan', 'author'],
    ['By Jane Doe', 'Jane Doe', 'author'],
    ['Written by Jane Doe', 'Jane Doe', 'author'],
    ['Fotoğraf: Emre Yücetaş / AA', 'Emre Yücetaş / AA', 'photo'],
    ['Foto: DHA', 'DHA', 'photo'],
    ['تصوير: محمود شعبان', 'محمود شعبان', 'photo'],
    ['Editör: Zeynep Ak', 'Zeynep Ak', 'editor'],
    ['Hazırlayan: Elif Su', 'Elif Su', 'editor'],
    ['تحرير: هبة', 'هبة', 'editor'],
    ['Çeviri: Deniz Öz', 'Deniz Öz', 'translator'],
    ['ترجمة: رنا', 'رنا', 'translator'],
  ])('%s → %s (%s)', (text, name, role) => {
    expect(creditLine(text)).toEqual({ name, role });
  });

  it.each([
    ['By Jane Doe.'], // a sentence
    ['Haber: Bu bir cümle değil mi?'],
    [`Fotoğraf: ${'a '.repeat(50)}`], // too long
    ['Haber ajansı yazarları bugün toplanarak yeni yönetim kurulunu ve başkanı seçti'], // too many words
    ['Bakan açıkladı'],
    ['المصدر: صدى البلد'],
    [''],
  ])('%j is not a credit line', (text) => {
    expect(creditLine(text)).toBeNull();
  });

  it('does not read prose opening with "By" as a byline', () => {
    expect(creditLine('By Monday, talks had collapsed')).toBeNull();
  });
  it('does not read a headline opening with تقرير as a byline', () => {
    expect(creditLine('تقرير أممي يحذر من مجاعة وشيكة في غزة')).toBeNull();
  });
  it('does not read a sentence opening with "Haber" as a byline', () => {
    expect(creditLine('Haber ajansları olayı doğruladı')).toBeNull();
  });

  it('reads upper-case Turkish labels (HAZIRLAYAN:, EDİTÖR:)', () => {
    expect(creditLine('HAZIRLAYAN: Mehmet Yılmaz')).toEqual({ name: 'Mehmet Yılmaz', role: 'editor' });
    expect(creditLine('EDİTÖR: Ayşe Kaya')).toEqual({ name: 'Ayşe Kaya', role: 'editor' });
  });
});

describe('bylineLineValue: only author credits are bylines', () => {
  it.each<[string, string | null]>([
    ['كتب: محمد علي', 'محمد علي'],
    ['Haber: Ayşe Kaya', 'Ayşe Kaya'],
    ['By Jane Doe', 'Jane Doe'],
    ['Fotoğraf: Emre Yücetaş / AA', null],
    ['تحرير: هبة', null],
    ['Çeviri: Deniz Öz', null],
    ['Ankara', null],
  ])('%s → %s', (text, expected) => {
    expect(bylineLineValue(text)).toBe(expected);
  });
});

describe('sourceLineValue', () => {
  it.each<[string, string | null]>([
    ['المصدر: صدى البلد', 'صدى البلد'],
    ['مصدر الخبر : وكالات', 'وكالات'],
    ['نقلاً عن: سكاي نيوز عربية', 'سكاي نيوز عربية'],
    ['Kaynak: AA', 'AA'],
    ['Haber Kaynağı: DHA', 'DHA'],
    ['Source: Reuters.', 'Reuters'],
    ['KAYNAK: Anadolu Ajansı', 'Anadolu Ajansı'],
    ['Kaynak belirtilmeden yapılan paylaşımlar', null],
    ['المصدر', null],
    ['Kaynak:', null],
    [`Kaynak: ${'x'.repeat(95)}`, null],
  ])('%s → %s', (text, expected) => {
    expect(sourceLineValue(text)).toBe(expected);
  });
});

describe('isViewCounter', () => {
  it.each([
    ['Okunma: 1.234'],
    ['Okunma sayısı: 1.234'],
    ['1.234 kez okundu'],
    ['Görüntülenme 5.120'],
    ['3٬512 مشاهدة'],
    ['عدد المشاهدات: ١٢٣٤'],
    ['٢٣ قراءة'],
    ['1,204 views'],
    ['Views 12'],
    ['Hit: 45'],
  ])('%s is a view counter', (text) => {
    expect(isViewCounter(text)).toBe(true);
  });

  it.each([
    ['12 yorum'],
    ['2024'],
    ['Okunma süresi: 3 dakika'],
    ['1.234 kişi okudu'],
    ['شاهد الفيديو'],
    ['Maçı 45 bin kişi izledi ve 3 gol atıldı, views yok'],
  ])('%s is not a view counter', (text) => {
    expect(isViewCounter(text)).toBe(false);
  });
});

describe('isWeatherReading', () => {
  it.each([['İstanbul 12°C Parçalı Bulutlu'], ['7.9°'], ['القاهرة 24° صحو'], ['Ankara -3 °C'], ['٢٤° الرياض'], ['Riyadh 41°F']])(
    '%s is a weather reading',
    (text) => {
      expect(isWeatherReading(text)).toBe(true);
    },
  );

  it.each([['Hava durumu'], ['Sıcaklık 12 derece'], ['İstanbul Parçalı Bulutlu'], [`Deprem ${'çok '.repeat(20)}12°`]])(
    '%s is not a weather reading',
    (text) => {
      expect(isWeatherReading(text)).toBe(false);
    },
  );

  it('does not take a short sentence with a temperature for a weather widget', () => {
    expect(isWeatherReading('Keki önceden ısıtılmış 180°C fırında 40 dakika pişirin.')).toBe(false);
  });
});

describe('isConsentNotice', () => {
  it.each([
    ['Bu site çerezler kullanır. Kabul et'],
    ['Sitemizde KVKK kapsamında çerezler kullanılmaktadır. Onayla'],
    ['نستخدم ملفات تعريف الارتباط لتحسين تجربتك. موافق'],
    ['We use cookies to improve your experience. Accept'],
    ['By continuing you agree to our Privacy Policy.'],
  ])('%s is a consent notice', (text) => {
    expect(isConsentNotice(text)).toBe(true);
  });

  it.each([['Çerez politikamızı okuyun'], ['Kabul ediyorum'], ['Anlaşma taraflarca kabul edildi'], [`cookie accept ${'x'.repeat(700)}`]])(
    '%s is not a consent notice',
    (text) => {
      expect(isConsentNotice(text)).toBe(false);
    },
  );

  it('does not take a news sentence about cookies for a consent notice', () => {
    expect(isConsentNotice("Google, Chrome'da üçüncü taraf çerezlerini tamamen kaldırmaktan vazgeçti.")).toBe(false);
  });
});

describe('isEndMarker', () => {
  it.each([['//انتهى//'], ['انتهى'], ['/ انتهى /'], ['SON'], ['Son'], ['End'], ['// ENDS //']])('%s is an end marker', (text) => {
    expect(isEndMarker(text)).toBe(true);
  });

  it.each([['انتهى الاجتماع'], ['sonra'], ['Sonuç'], ['The end of an era'], ['']])('%j is not an end marker', (text) => {
    expect(isEndMarker(text)).toBe(false);
  });

  it('recognises an SPA end marker with its time stamp on the same line', () => {
    expect(isEndMarker('//انتهى// 11:20 ت م')).toBe(true);
  });
});

describe('isBareCount', () => {
  it.each([['12'], ['1.234'], ['1,204'], ['١٢٣'], ['٣٬٥١٢'], ['1 234'], ['123456789']])('%s is a bare count', (text) => {
    expect(isBareCount(text)).toBe(true);
  });

  it.each([['12 yorum'], ['1234567890'], [''], ['abc'], ['%12']])('%j is not a bare count', (text) => {
    expect(isBareCount(text)).toBe(false);
  });

  it('needs at least one digit', () => {
    expect(isBareCount('...')).toBe(false);
    expect(isBareCount(' ')).toBe(false);
  });
});
