import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../../utils/dates/parse-date-text';
import { toIsoDate } from '../../../utils/dates/to-iso';

// 10:07:42 UTC = 13:07 in Istanbul and 12:07 in Cairo (winter).
const NOW = new Date('2025-11-20T10:07:42.123Z');
const CAIRO = 'Africa/Cairo';
const ISTANBUL = 'Europe/Istanbul';

function isoOf(text: string, zone: string | null, now = NOW): string | null {
  const parsed = parseDateText(text, { now, zone });
  return parsed ? (toIsoDate(parsed, zone)?.iso ?? null) : null;
}

type Row = [text: string, zone: string | null, expected: string];

describe('relative dates counted in minutes and hours: now − amount, seconds zeroed', () => {
  it.each<Row>([
    ['5 dakika önce', ISTANBUL, '2025-11-20T13:02:00+03:00'],
    ['2 saat önce', ISTANBUL, '2025-11-20T11:07:00+03:00'],
    ['1 saat önce', ISTANBUL, '2025-11-20T12:07:00+03:00'],
    ['bir saat önce', ISTANBUL, '2025-11-20T12:07:00+03:00'],
    ['30 saniye önce', ISTANBUL, '2025-11-20T13:07:00+03:00'],
    ['az önce', ISTANBUL, '2025-11-20T13:07:00+03:00'],
    ['şimdi', ISTANBUL, '2025-11-20T13:07:00+03:00'],
    ['Yayınlanma: 2 SAAT ÖNCE', ISTANBUL, '2025-11-20T11:07:00+03:00'],
    ['منذ دقيقة', CAIRO, '2025-11-20T12:06:00+02:00'],
    ['منذ دقيقتين', CAIRO, '2025-11-20T12:05:00+02:00'],
    ['منذ 5 دقائق', CAIRO, '2025-11-20T12:02:00+02:00'],
    ['منذ ساعة', CAIRO, '2025-11-20T11:07:00+02:00'],
    ['منذ ساعتين', CAIRO, '2025-11-20T10:07:00+02:00'],
    ['منذ 3 ساعات', CAIRO, '2025-11-20T09:07:00+02:00'],
    ['منذ ٣ ساعات', CAIRO, '2025-11-20T09:07:00+02:00'],
    ['منذ ۳ ساعات', CAIRO, '2025-11-20T09:07:00+02:00'],
    ['منذ 11 ساعة', CAIRO, '2025-11-20T01:07:00+02:00'],
    ['قبل ساعتين', CAIRO, '2025-11-20T10:07:00+02:00'],
    ['منذ لحظات', CAIRO, '2025-11-20T12:07:00+02:00'],
    ['2 hours ago', null, '2025-11-20T08:07:00+00:00'],
    ['5 mins ago', null, '2025-11-20T10:02:00+00:00'],
    ['an hour ago', null, '2025-11-20T09:07:00+00:00'],
  ])('%s in %s → %s', (text, zone, expected) => {
    expect(isoOf(text, zone)).toBe(expected);
  });

  it('returns the instant as UTC fields with offset 0', () => {
    expect(parseDateText('منذ ساعتين', { now: NOW, zone: CAIRO })).toEqual({
      wall: { year: 2025, month: 11, day: 20, hour: 8, minute: 7, second: 0, millisecond: 0 },
      offsetMinutes: 0,
      approximate: true,
      ambiguousOrder: false,
      matched: 'منذ ساعتين',
    });
  });
});

describe('relative calendar days: the date in the site zone, no time', () => {
  it.each<Row>([
    ['bugün', ISTANBUL, '2025-11-20'],
    ['dün', ISTANBUL, '2025-11-19'],
    ['Dün', ISTANBUL, '2025-11-19'],
    ['evvelsi gün', ISTANBUL, '2025-11-18'],
    ['3 gün önce', ISTANBUL, '2025-11-17'],
    ['1 hafta önce', ISTANBUL, '2025-11-13'],
    ['2 hafta önce', ISTANBUL, '2025-11-06'],
    ['2 ay önce', ISTANBUL, '2025-09-20'],
    ['1 yıl önce', ISTANBUL, '2024-11-20'],
    ['اليوم', CAIRO, '2025-11-20'],
    ['أمس', CAIRO, '2025-11-19'],
    ['امس', CAIRO, '2025-11-19'],
    ['أول أمس', CAIRO, '2025-11-18'],
    ['أول من أمس', CAIRO, '2025-11-18'],
    ['منذ يوم', CAIRO, '2025-11-19'],
    ['منذ يومين', CAIRO, '2025-11-18'],
    ['منذ 3 أيام', CAIRO, '2025-11-17'],
    ['منذ أسبوع', CAIRO, '2025-11-13'],
    ['منذ أسبوعين', CAIRO, '2025-11-06'],
    ['منذ شهر', CAIRO, '2025-10-20'],
    ['منذ شهرين', CAIRO, '2025-09-20'],
    ['منذ سنة', CAIRO, '2024-11-20'],
    ['yesterday', null, '2025-11-19'],
    ['today', null, '2025-11-20'],
  ])('%s in %s → %s', (text, zone, expected) => {
    expect(isoOf(text, zone)).toBe(expected);
  });

  it('takes "today" in the site zone, not in UTC', () => {
    // 22:30 UTC on the 19th is already the 20th in Istanbul (+03:00), still the 19th without a zone.
    const lateEvening = new Date('2025-11-19T22:30:00Z');
    expect(isoOf('bugün', ISTANBUL, lateEvening)).toBe('2025-11-20');
    expect(isoOf('dün', ISTANBUL, lateEvening)).toBe('2025-11-19');
    expect(isoOf('bugün', null, lateEvening)).toBe('2025-11-19');
  });

  it('clamps to the end of a shorter month', () => {
    expect(isoOf('1 ay önce', null, new Date('2024-03-31T12:00:00Z'))).toBe('2024-02-29');
    expect(isoOf('منذ شهر', null, new Date('2025-03-31T12:00:00Z'))).toBe('2025-02-28');
  });

  it('marks day words approximate without a time or offset', () => {
    expect(parseDateText('dün', { now: NOW, zone: ISTANBUL })).toEqual({
      wall: { year: 2025, month: 11, day: 19 },
      approximate: true,
      ambiguousOrder: false,
      matched: 'dün',
    });
  });
});

describe('relative day words with a time: that wall time in the site zone', () => {
  it.each<Row>([
    ['dün 14:30', ISTANBUL, '2025-11-19T14:30:00+03:00'],
    ['Dün, 14:30', ISTANBUL, '2025-11-19T14:30:00+03:00'],
    ['Bugün, 09:15', ISTANBUL, '2025-11-20T09:15:00+03:00'],
    ['أمس 10:30 م', CAIRO, '2025-11-19T22:30:00+02:00'],
    ['اليوم الساعة 08:15 ص', CAIRO, '2025-11-20T08:15:00+02:00'],
    ['yesterday at 3:05 PM', null, '2025-11-19T15:05:00'],
    ['14:30 dün', ISTANBUL, '2025-11-19T14:30:00+03:00'],
  ])('%s in %s → %s', (text, zone, expected) => {
    expect(isoOf(text, zone)).toBe(expected);
  });

  it('leaves the wall time unresolved', () => {
    expect(parseDateText('dün 14:30', { now: NOW, zone: ISTANBUL })).toEqual({
      wall: { year: 2025, month: 11, day: 19, hour: 14, minute: 30 },
      approximate: true,
      ambiguousOrder: false,
      matched: 'dün 14:30',
    });
  });
});

describe('precedence', () => {
  it('prefers a written date to a relative word anywhere in the text', () => {
    expect(isoOf('اليوم السابع - 14 مارس 2024', CAIRO)).toBe('2024-03-14');
    expect(isoOf('2 saat önce güncellendi | 14.03.2024 10:30', ISTANBUL)).toBe('2024-03-14T10:30:00+03:00');
  });

  it('prefers a Hijri-only date to a relative word', () => {
    expect(isoOf('اليوم 4 رمضان 1445 هـ', CAIRO)).toBe('2024-03-14');
  });

  it('treats an unknown site zone as UTC', () => {
    expect(isoOf('bugün', 'Mars/Olympus_Mons', new Date('2025-11-19T22:30:00Z'))).toBe('2025-11-19');
  });
});
