import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../../utils/dates/parse-date-text';
import { toIsoDate } from '../../../utils/dates/to-iso';

const NOW = new Date('2025-11-20T10:00:00Z');
const CAIRO = 'Africa/Cairo';
const ISTANBUL = 'Europe/Istanbul';

/** Parses with the site's zone and renders in it, as the extractor does. */
function isoOf(text: string, zone: string | null, order?: 'dmy' | 'mdy'): string | null {
  const parsed = parseDateText(text, { now: NOW, zone, ...(order && { order }) });
  return parsed ? (toIsoDate(parsed, zone)?.iso ?? null) : null;
}

type Row = [text: string, zone: string | null, expected: string];

describe('parseDateText: ISO 8601 and ISO-like', () => {
  it.each<Row>([
    ['2024-03-14T10:30:00+03:00', ISTANBUL, '2024-03-14T10:30:00+03:00'],
    ['2024-03-14T10:30:00+03:00', null, '2024-03-14T10:30:00+03:00'],
    ['2024-03-14T07:30:00Z', ISTANBUL, '2024-03-14T10:30:00+03:00'],
    ['2024-03-14T07:30:00Z', null, '2024-03-14T07:30:00+00:00'],
    ['2024-03-14 10:30', CAIRO, '2024-03-14T10:30:00+02:00'],
    ['2024-03-14 10:30', null, '2024-03-14T10:30:00'],
    ['2024-03-14T10:30:00.000+0300', null, '2024-03-14T10:30:00+03:00'],
    ['2024-03-14T10:30:00.250+0300', null, '2024-03-14T10:30:00.250+03:00'],
    ['2024-03-14T10:30:00.000+0300', CAIRO, '2024-03-14T09:30:00+02:00'],
    ['2024/03/14', CAIRO, '2024-03-14'],
    ['2024-03-14', ISTANBUL, '2024-03-14'],
    ['datePublished: 2024-03-14T10:30:00-05:00', null, '2024-03-14T10:30:00-05:00'],
  ])('%s in %s → %s', (text, zone, expected) => {
    expect(isoOf(text, zone)).toBe(expected);
  });
});

describe('parseDateText: Turkish', () => {
  it.each<Row>([
    ['Güncel 9.06.2023 13:46:39 0', ISTANBUL, '2023-06-09T13:46:39+03:00'],
    ['09.06.2023', ISTANBUL, '2023-06-09'],
    ['14 Mart 2024 Perşembe', ISTANBUL, '2024-03-14'],
    ['14 Mart 2024 Perşembe 10:30', ISTANBUL, '2024-03-14T10:30:00+03:00'],
    ['9 Haz 2023', ISTANBUL, '2023-06-09'],
    ['Kasım 06, 2025 15:54', ISTANBUL, '2025-11-06T15:54:00+03:00'],
    ['14 Mart 2024, 10:30', ISTANBUL, '2024-03-14T10:30:00+03:00'],
    ['14.03.2024 - 10:30', ISTANBUL, '2024-03-14T10:30:00+03:00'],
    ['Güncelleme: 14.03.2024 11:02', ISTANBUL, '2024-03-14T11:02:00+03:00'],
    ['14 Mart 2024 saat 10:30', ISTANBUL, '2024-03-14T10:30:00+03:00'],
    ['14 Mart 2024 10:30 TSİ', null, '2024-03-14T10:30:00+03:00'],
    ['14 Mart 2024 10:30 TSİ', CAIRO, '2024-03-14T09:30:00+02:00'],
    ['10:30 - 14.03.2024', ISTANBUL, '2024-03-14T10:30:00+03:00'],
    ['14.03.24', ISTANBUL, '2024-03-14'],
    ['1 Oca 2024', null, '2024-01-01'],
    ['1 Şub 2024', null, '2024-02-01'],
    ['1 Mar 2024', null, '2024-03-01'],
    ['1 Nis 2024', null, '2024-04-01'],
    ['1 May 2024', null, '2024-05-01'],
    ['1 Haz 2024', null, '2024-06-01'],
    ['1 Tem 2024', null, '2024-07-01'],
    ['1 Ağu 2024', null, '2024-08-01'],
    ['1 Eyl 2024', null, '2024-09-01'],
    ['1 Eki 2024', null, '2024-10-01'],
    ['1 Kas 2024', null, '2024-11-01'],
    ['1 Ara 2024', null, '2024-12-01'],
    ['2 Ocak 2024 Salı', null, '2024-01-02'],
    ['2 Şubat 2024 Cuma', null, '2024-02-02'],
    ['2 Mart 2024 Cumartesi', null, '2024-03-02'],
    ['2 Nisan 2024 Salı', null, '2024-04-02'],
    ['2 Mayıs 2024 Perşembe', null, '2024-05-02'],
    ['2 Haziran 2024 Pazar', null, '2024-06-02'],
    ['2 Temmuz 2024 Salı', null, '2024-07-02'],
    ['2 Ağustos 2024 Cuma', null, '2024-08-02'],
    ['2 Eylül 2024 Pazartesi', null, '2024-09-02'],
    ['2 Ekim 2024 Çarşamba', null, '2024-10-02'],
    ['2 Kasım 2024 Cumartesi', null, '2024-11-02'],
    ['2 Aralık 2024 Pazartesi', null, '2024-12-02'],
    ['14 MART 2024', null, '2024-03-14'],
    ['3 ŞUBAT 2024', null, '2024-02-03'],
    ['5 AĞUSTOS 2024', null, '2024-08-05'],
    ['5 KASIM 2024', null, '2024-11-05'],
    ['5 ARALIK 2024', null, '2024-12-05'],
    ['5 EYLÜL 2024', null, '2024-09-05'],
    ['5 Subat 2024', null, '2024-02-05'],
    ['5 Agustos 2024', null, '2024-08-05'],
  ])('%s in %s → %s', (text, zone, expected) => {
    expect(isoOf(text, zone)).toBe(expected);
  });
});

describe('parseDateText: Arabic month names', () => {
  it.each<Row>([
    // Egyptian / Gulf names and their spellings
    ['5 يناير 2024', null, '2024-01-05'],
    ['5 فبراير 2024', null, '2024-02-05'],
    ['5 مارس 2024', null, '2024-03-05'],
    ['5 أبريل 2024', null, '2024-04-05'],
    ['5 ابريل 2024', null, '2024-04-05'],
    ['5 إبريل 2024', null, '2024-04-05'],
    ['5 مايو 2024', null, '2024-05-05'],
    ['5 يونيو 2024', null, '2024-06-05'],
    ['5 يونيه 2024', null, '2024-06-05'],
    ['5 يوليو 2024', null, '2024-07-05'],
    ['5 يوليه 2024', null, '2024-07-05'],
    ['5 أغسطس 2024', null, '2024-08-05'],
    ['5 اغسطس 2024', null, '2024-08-05'],
    ['5 سبتمبر 2024', null, '2024-09-05'],
    ['5 أكتوبر 2024', null, '2024-10-05'],
    ['5 اكتوبر 2024', null, '2024-10-05'],
    ['5 نوفمبر 2024', null, '2024-11-05'],
    ['5 ديسمبر 2024', null, '2024-12-05'],
    // Algeria / Tunisia
    ['6 جانفي 2024', null, '2024-01-06'],
    ['6 فيفري 2024', null, '2024-02-06'],
    ['6 أفريل 2024', null, '2024-04-06'],
    ['6 ماي 2024', null, '2024-05-06'],
    ['6 جوان 2024', null, '2024-06-06'],
    ['6 جويلية 2024', null, '2024-07-06'],
    ['6 أوت 2024', null, '2024-08-06'],
    // Morocco
    ['7 يوليوز 2024', null, '2024-07-07'],
    ['7 غشت 2024', null, '2024-08-07'],
    ['7 شتنبر 2024', null, '2024-09-07'],
    ['7 نونبر 2024', null, '2024-11-07'],
    ['7 دجنبر 2024', null, '2024-12-07'],
    // Levant and Iraq, two-word names included
    ['8 كانون الثاني 2024', null, '2024-01-08'],
    ['8 شباط 2024', null, '2024-02-08'],
    ['8 آذار 2024', null, '2024-03-08'],
    ['8 نيسان 2024', null, '2024-04-08'],
    ['8 أيار 2024', null, '2024-05-08'],
    ['8 حزيران 2024', null, '2024-06-08'],
    ['8 تموز 2024', null, '2024-07-08'],
    ['8 آب 2024', null, '2024-08-08'],
    ['8 أيلول 2024', null, '2024-09-08'],
    ['8 تشرين الأول 2024', null, '2024-10-08'],
    ['8 تشرين الاول 2024', null, '2024-10-08'],
    ['8 تشرين الثاني 2024', null, '2024-11-08'],
    ['8 تشرين الثانى 2024', null, '2024-11-08'],
    ['8 كانون الأول 2024', null, '2024-12-08'],
    ['8 كانون الاول 2024', null, '2024-12-08'],
    // Dual forms
    ['14 آذار/مارس 2024', null, '2024-03-14'],
    ['14 مارس (آذار) 2024', null, '2024-03-14'],
    ['14 كانون الثاني/يناير 2024', null, '2024-01-14'],
    // Month name between slashes, as Egyptian news CMSs print it
    ['الخميس 13/فبراير/2025 - 02:15 م', CAIRO, '2025-02-13T14:15:00+02:00'],
    ['13/Şubat/2025', null, '2025-02-13'],
    // Arabic-Indic and Persian digits
    ['١٤ مارس ٢٠٢٤', null, '2024-03-14'],
    ['۱۴ مارس ۲۰۲۴', null, '2024-03-14'],
    ['الخميس، ١٤ مارس ٢٠٢٤ في ٩:٣٠ ص', CAIRO, '2024-03-14T09:30:00+02:00'],
  ])('%s → %s', (text, zone, expected) => {
    expect(isoOf(text, zone)).toBe(expected);
  });
});

describe('parseDateText: Arabic clock markers and the ميلادي era', () => {
  it.each<Row>([
    ['نشر في: الخميس، 14 مارس 2024 - 10:30 م | آخر تحديث: 15 مارس 2024 - 11:00 ص', CAIRO, '2024-03-14T22:30:00+02:00'],
    ['14 مارس 2024 10:30 م', CAIRO, '2024-03-14T22:30:00+02:00'],
    ['14 مارس 2024 12:15 ص', CAIRO, '2024-03-14T00:15:00+02:00'],
    ['14 مارس 2024 12:15 م', CAIRO, '2024-03-14T12:15:00+02:00'],
    ['14 مارس 2024 08:05 صباحاً', CAIRO, '2024-03-14T08:05:00+02:00'],
    ['14 مارس 2024 08:05 صباحا', CAIRO, '2024-03-14T08:05:00+02:00'],
    ['14 مارس 2024 08:05 مساءً', CAIRO, '2024-03-14T20:05:00+02:00'],
    ['14 مارس 2024 08:05 مساء', CAIRO, '2024-03-14T20:05:00+02:00'],
    ['14 مارس 2024 12:30 ظهراً', CAIRO, '2024-03-14T12:30:00+02:00'],
    ['14 مارس 2024 03:30 عصراً', CAIRO, '2024-03-14T15:30:00+02:00'],
    ['14 مارس 2024 م', CAIRO, '2024-03-14'],
    ['14 مارس 2024م', CAIRO, '2024-03-14'],
    ['14 مارس 2024 م - 10:30 م', CAIRO, '2024-03-14T22:30:00+02:00'],
    ['10:30 م - 14 مارس 2024', CAIRO, '2024-03-14T22:30:00+02:00'],
    ['14 مارس 2024 10:30 بتوقيت مكة المكرمة', CAIRO, '2024-03-14T09:30:00+02:00'],
    ['14 مارس 2024 10:30 بتوقيت مكة المكرمة', null, '2024-03-14T10:30:00+03:00'],
    ['14 مارس 2024 10:30 بتوقيت القاهرة', null, '2024-03-14T10:30:00+02:00'],
    ['14 مارس 2024 10:30 بتوقيت غرينتش', null, '2024-03-14T10:30:00+00:00'],
    ['14 مارس 2024 10:30 بتوقيت جرينتش', CAIRO, '2024-03-14T12:30:00+02:00'],
  ])('%s in %s → %s', (text, zone, expected) => {
    expect(isoOf(text, zone)).toBe(expected);
  });
});

describe('parseDateText: Hijri dates', () => {
  it.each<Row>([
    ['الخميس 4 رمضان 1445 هـ الموافق 14 مارس 2024 م', null, '2024-03-14'],
    ['12 ربيع الأول 1445هـ - 27 سبتمبر 2023م', null, '2023-09-27'],
    ['15 شوال 1444 هـ / 5 مايو 2023 م', null, '2023-05-05'],
    // Hijri only: converted through the Umm al-Qura calendar
    ['4 رمضان 1445 هـ', null, '2024-03-14'],
    ['1 رمضان 1446 هـ', null, '2025-03-01'],
    ['1 شوال 1446 هجري', null, '2025-03-30'],
    ['1 محرم 1446 ه', null, '2024-07-07'],
    ['12 ربيع الاول 1445 هـ', null, '2023-09-27'],
    ['الخميس ٤ رمضان ١٤٤٥ هـ', null, '2024-03-14'],
    ['٤‏/٩‏/١٤٤٥ هـ', null, '2024-03-14'],
    ['4 رمضان 1445 هـ 10:30 ص', CAIRO, '2024-03-14T10:30:00+02:00'],
  ])('%s → %s', (text, zone, expected) => {
    expect(isoOf(text, zone)).toBe(expected);
  });

  it('rejects a day the Hijri month does not have (Ramadan 1444 had 29 days)', () => {
    expect(parseDateText('30 رمضان 1444 هـ', { now: NOW })).toBeNull();
  });
});

describe('parseDateText: English forms', () => {
  it.each<Row>([
    ['15th, November 2023 GMT', null, '2023-11-15'],
    ['November 15, 2023', null, '2023-11-15'],
    ['Nov. 15, 2023', null, '2023-11-15'],
    ['15 Nov 2023 10:30 GMT+3', null, '2023-11-15T10:30:00+03:00'],
    ['15 Nov 2023 10:30 GMT +2', null, '2023-11-15T10:30:00+02:00'],
    ['15 Nov 2023 10:30 (GMT+03:00)', null, '2023-11-15T10:30:00+03:00'],
    ['15 Nov 2023 10:30 UTC', CAIRO, '2023-11-15T12:30:00+02:00'],
    ['Wed, 15 Nov 2023 08:30:00 GMT', null, '2023-11-15T08:30:00+00:00'],
    ['Wed, 15 Nov 2023 08:30:00 GMT', CAIRO, '2023-11-15T10:30:00+02:00'],
    ['Thursday, March 14, 2024 at 9:30 PM', null, '2024-03-14T21:30:00'],
    ['March 14, 2024 9:30 a.m.', null, '2024-03-14T09:30:00'],
    ['14 Mar 2024 10:30 +0300', null, '2024-03-14T10:30:00+03:00'],
    ['2024-03-14T10:30-05:00', null, '2024-03-14T10:30:00-05:00'],
    ['2024-03-14 10:30:00 -0500', null, '2024-03-14T10:30:00-05:00'],
    // A time range, not a negative offset.
    ['14 Mar 2024 10:30-12:00', null, '2024-03-14T10:30:00'],
  ])('%s in %s → %s', (text, zone, expected) => {
    expect(isoOf(text, zone)).toBe(expected);
  });
});

describe('parseDateText: numeric dates and day/month order', () => {
  it.each<[text: string, zone: string | null, order: 'dmy' | 'mdy' | undefined, expected: string]>([
    ['24/08/2020 01:15 م', CAIRO, undefined, '2020-08-24T13:15:00+02:00'],
    ['24/08/2020 01:15 م', null, undefined, '2020-08-24T13:15:00'],
    ['٢٤/٠٨/٢٠٢٠', null, undefined, '2020-08-24'],
    ['08/24/2020', null, undefined, '2020-08-24'],
    ['12/10/2024', null, undefined, '2024-10-12'],
    ['12/10/2024', null, 'mdy', '2024-12-10'],
    ['12/10/2024 3:29:39 PM', null, undefined, '2024-12-10T15:29:39'],
    ['12/10/2024 3:29:39 PM', null, 'dmy', '2024-10-12T15:29:39'],
    ['12.10.2024 3:29 PM', null, undefined, '2024-10-12T15:29:00'],
    ['14-03-2024', null, undefined, '2024-03-14'],
  ])('%s in %s (order %s) → %s', (text, zone, order, expected) => {
    expect(isoOf(text, zone, order)).toBe(expected);
  });

  it.each<[text: string, ambiguous: boolean]>([
    ['12/10/2024', true],
    ['09.06.2023', true],
    ['05.05.2023', false],
    ['14.03.2024', false],
    ['3/14/2024', false],
    ['2024-03-04', false],
    ['4 Mart 2024', false],
  ])('%s has ambiguousOrder %s', (text, ambiguous) => {
    expect(parseDateText(text, { now: NOW })?.ambiguousOrder).toBe(ambiguous);
  });
});

describe('parseDateText: what was matched and what was written', () => {
  it.each<[text: string, matched: string]>([
    ['Güncel 9.06.2023 13:46:39 0', '9.06.2023 13:46:39'],
    ['نشر في: الخميس، 14 مارس 2024 - 10:30 م | آخر تحديث', '14 مارس 2024 - 10:30 م'],
    ['الخميس 4 رمضان 1445 هـ الموافق 14 مارس 2024 م', '14 مارس 2024 م'],
    ['Wed, 15 Nov 2023 08:30:00 GMT', '15 Nov 2023 08:30:00 GMT'],
    ['15th, November 2023 GMT', '15th, November 2023'],
    ['منذ ٣ ساعات', 'منذ ٣ ساعات'],
    ['\u200F١٤\u200F/٠٣\u200F/٢٠٢٤', '١٤\u200F/٠٣\u200F/٢٠٢٤'],
  ])('%s matches %s', (text, matched) => {
    expect(parseDateText(text, { now: NOW })?.matched).toBe(matched);
  });

  it('reports the written offset and named zone', () => {
    expect(parseDateText('2024-03-14T10:30:00+03:00', { now: NOW })).toEqual({
      wall: { year: 2024, month: 3, day: 14, hour: 10, minute: 30, second: 0 },
      offsetMinutes: 180,
      approximate: false,
      ambiguousOrder: false,
      matched: '2024-03-14T10:30:00+03:00',
    });
    expect(parseDateText('14 Mart 2024 10:30 TSİ', { now: NOW })).toMatchObject({
      wall: { year: 2024, month: 3, day: 14, hour: 10, minute: 30 },
      zone: 'Europe/Istanbul',
    });
    expect(parseDateText('14 مارس 2024', { now: NOW })).toEqual({
      wall: { year: 2024, month: 3, day: 14 },
      approximate: false,
      ambiguousOrder: false,
      matched: '14 مارس 2024',
    });
  });
});

describe('parseDateText: no date', () => {
  it.each<[label: string, text: string]>([
    ['a view counter', '0'],
    ['a share label', 'Paylaş'],
    ['a lone "since"', 'منذ'],
    ['a range of years', '2024-2026 stratejisi'],
    ['a bare year', '2024'],
    ['a month and year', 'Mart 2024'],
    ['a day and month', '14 Mart'],
    ['a slash date with a two-digit year', '14/03/24'],
    ['a month name with a two-digit year', '14 Mart 24'],
    ['a date too far in the future', '14 Mart 2099'],
    ['a date before 1900', '1899-03-14'],
    ['an impossible day', '31 Şubat 2024'],
    ['an impossible month', '14.13.2024'],
    ['a version number', 'v1.2.3.2024'],
    ['an empty string', ''],
    ['a clock without a date', '10:30'],
    ['a Hijri year with a Gregorian month', '14 مارس 1445 هـ'],
    ['a bare Arabic plural without a number', 'منذ ساعات'],
  ])('%s', (_label, text) => {
    expect(parseDateText(text, { now: NOW })).toBeNull();
  });

  it('skips an implausible date and takes the next one', () => {
    expect(isoOf('Etkinlik: 14 Mart 2099 — Yayın: 14 Mart 2024', null)).toBe('2024-03-14');
  });

  it('accepts a date up to two days ahead of the clock and rejects one past that', () => {
    expect(isoOf('22.11.2025', null)).toBe('2025-11-22');
    expect(isoOf('23.11.2025', null)).toBeNull();
  });

  it('returns null for an invalid clock', () => {
    expect(parseDateText('14 Mart 2024', { now: new Date(Number.NaN) })).toBeNull();
  });
});
