import { describe, expect, it } from 'vitest';
import { readInfoLine, type DateRole } from '../../../utils/extract/boilerplate/info-line';
import { toIsoDate } from '../../../utils/dates/to-iso';

const NOW = new Date('2025-11-20T10:00:00Z');
const CAIRO = 'Africa/Cairo';
const ISTANBUL = 'Europe/Istanbul';

/** The line's dates as [role, ISO in the site's zone], and its byline. */
function read(text: string, zone: string) {
  const info = readInfoLine(text, { now: NOW, zone });
  if (!info) return null;
  return {
    dates: info.dates.map((d) => [d.role, toIsoDate(d.parsed, zone)?.iso ?? null] as [DateRole, string | null]),
    byline: info.byline,
  };
}

type Row = [text: string, zone: string, dates: Array<[DateRole, string]>, byline: string | null];

describe('readInfoLine: date lines', () => {
  it.each<Row>([
    ['14 Mart 2024 Perşembe 10:30', ISTANBUL, [['published', '2024-03-14T10:30:00+03:00']], null],
    ['Perşembe, 14 Mart 2024', ISTANBUL, [['published', '2024-03-14']], null],
    ['Yayınlanma: 14.03.2024 10:00', ISTANBUL, [['published', '2024-03-14T10:00:00+03:00']], null],
    ['Son güncelleme: 14.03.2024 11:02', ISTANBUL, [['modified', '2024-03-14T11:02:00+03:00']], null],
    [
      'Yayınlanma: 14.03.2024 10:00 Güncelleme: 14.03.2024 11:02',
      ISTANBUL,
      [
        ['published', '2024-03-14T10:00:00+03:00'],
        ['modified', '2024-03-14T11:02:00+03:00'],
      ],
      null,
    ],
    [
      'Oluşturulma: 14.03.2024 10:00 | Son güncelleme: 14.03.2024 12:30',
      ISTANBUL,
      [
        ['published', '2024-03-14T10:00:00+03:00'],
        ['modified', '2024-03-14T12:30:00+03:00'],
      ],
      null,
    ],
    ['Okunma: 1.234 | 14.03.2024', ISTANBUL, [['published', '2024-03-14']], null],
    ['Updated: March 14, 2024 11:02 AM', ISTANBUL, [['modified', '2024-03-14T11:02:00+03:00']], null],
    ['الخميس 13 فبراير 2025 02:15 م', CAIRO, [['published', '2025-02-13T14:15:00+02:00']], null],
    ['آخر تحديث: الخميس 14 مارس 2024 - 11:02 ص', CAIRO, [['modified', '2024-03-14T11:02:00+02:00']], null],
    [
      'نشر في: 14 مارس 2024 - آخر تحديث: 15 مارس 2024',
      CAIRO,
      [
        ['published', '2024-03-14'],
        ['modified', '2024-03-15'],
      ],
      null,
    ],
  ])('%s', (text, zone, dates, byline) => {
    expect(read(text, zone)).toEqual({ dates, byline });
  });

  it('reads "Güncel 9.06.2023 13:46:39 0" (the trailing 0 is a comment counter)', () => {
    const info = read('Güncel 9.06.2023 13:46:39 0', ISTANBUL);
    expect(info?.dates.map((d) => d[1])).toEqual(['2023-06-09T13:46:39+03:00']);
    expect(info?.byline).toBeNull();
  });

  it.each([
    ['3 saat önce', ISTANBUL, '2025-11-20T10:00:00+03:00'],
    ['منذ 3 ساعات', CAIRO, '2025-11-20T09:00:00+02:00'],
  ])('reads the relative date %s', (text, zone, iso) => {
    const info = read(text, zone);
    expect(info?.dates).toEqual([['published', iso]]);
  });
});

describe('readInfoLine: bylines on date lines', () => {
  it.each<Row>([
    ['كتب: إسراء صبري الحسيني الخميس 13/فبراير/2025 - 02:15 م', CAIRO, [['published', '2025-02-13T14:15:00+02:00']], 'إسراء صبري الحسيني'],
    ['Yazar: Mehmet Yılmaz Demir - 14 Mart 2024 10:30', ISTANBUL, [['published', '2024-03-14T10:30:00+03:00']], 'Mehmet Yılmaz Demir'],
    ['Haber: Ayşe Nur Kaya | 14.03.2024 10:00', ISTANBUL, [['published', '2024-03-14T10:00:00+03:00']], 'Ayşe Nur Kaya'],
  ])('%s', (text, zone, dates, byline) => {
    expect(read(text, zone)).toEqual({ dates, byline });
  });

  it('reads the byline before a relative date', () => {
    expect(read('كتب - أحمد عبد الرحمن الشامي: منذ ساعتين', CAIRO)?.byline).toBe('أحمد عبد الرحمن الشامي');
  });

  it('keeps a short byline: كتب: إسراء صبري الخميس 13/فبراير/2025 - 02:15 م', () => {
    expect(read('كتب: إسراء صبري الخميس 13/فبراير/2025 - 02:15 م', CAIRO)).toEqual({
      dates: [['published', '2025-02-13T14:15:00+02:00']],
      byline: 'إسراء صبري',
    });
  });
  it('keeps a short byline: كتب: محمد علي - الإثنين، ٢٤ أغسطس ٢٠٢٠ ٠١:١٥ م', () => {
    expect(read('كتب: محمد علي - الإثنين، ٢٤ أغسطس ٢٠٢٠ ٠١:١٥ م', CAIRO)?.byline).toBe('محمد علي');
  });
  it('keeps a short byline: By Jane Doe | March 14, 2024', () => {
    expect(read('By Jane Doe | March 14, 2024', ISTANBUL)?.byline).toBe('Jane Doe');
  });
});

describe('readInfoLine: not info lines', () => {
  it.each([
    ["Bakan, 14 Mart 2024 tarihinde Ankara'da yapılan toplantıda yeni tedbirleri açıkladı", ISTANBUL],
    ['Bu haber 14 Mart 2024 tarihinde yayımlandı ve çok okundu', ISTANBUL],
    ['Toplantıya 2024 yılında 150 ülkeden temsilci katıldı', ISTANBUL],
    ['Ekonomi 14.03.2024 10:00 yorum yok ama çok okunan bir haber olarak', ISTANBUL],
    ['أعلنت وزارة الصحة المصرية يوم 14 مارس 2024 عن تسجيل حالات جديدة', CAIRO],
    ['وزير الخارجية يلتقي نظيره التركي', CAIRO], // no digit, no relative word
    ['Merhaba dünya', ISTANBUL],
    [`14.03.2024 ${'uzun '.repeat(40)}`, ISTANBUL], // over 160 characters
  ])('%s', (text, zone) => {
    expect(readInfoLine(text, { now: NOW, zone })).toBeNull();
  });
});
