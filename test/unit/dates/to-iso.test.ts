import { describe, expect, it } from 'vitest';
import type { ParsedDate, WallTime } from '../../../utils/dates/parse-date-text';
import { toIsoDate } from '../../../utils/dates/to-iso';

function parsed(wall: WallTime, extra: Partial<ParsedDate> = {}): ParsedDate {
  return { wall, approximate: false, ambiguousOrder: false, matched: '', ...extra };
}

function at(year: number, month: number, day: number, hour: number, minute = 0, second?: number): WallTime {
  return { year, month, day, hour, minute, ...(second !== undefined && { second }) };
}

describe('toIsoDate: shapes', () => {
  it('writes a date without a time as YYYY-MM-DD', () => {
    expect(toIsoDate(parsed({ year: 2024, month: 3, day: 14 }), 'Africa/Cairo')).toEqual({ iso: '2024-03-14', hasTime: false });
  });

  it('writes a wall time without zone or offset as local time', () => {
    expect(toIsoDate(parsed(at(2024, 3, 14, 10, 30)), null)).toEqual({ iso: '2024-03-14T10:30:00', hasTime: true });
  });

  it('always writes seconds and writes milliseconds only when there are some', () => {
    expect(toIsoDate(parsed({ ...at(2024, 3, 14, 10, 30, 5), millisecond: 0 }), 'UTC')?.iso).toBe('2024-03-14T10:30:05+00:00');
    expect(toIsoDate(parsed({ ...at(2024, 3, 14, 10, 30, 5), millisecond: 7 }), 'UTC')?.iso).toBe('2024-03-14T10:30:05.007+00:00');
  });

  it('keeps the written offset when no site zone is given', () => {
    expect(toIsoDate(parsed(at(2024, 3, 14, 7, 30), { offsetMinutes: 0 }), null)?.iso).toBe('2024-03-14T07:30:00+00:00');
    expect(toIsoDate(parsed(at(2024, 3, 14, 10, 30), { offsetMinutes: 330 }), null)?.iso).toBe('2024-03-14T10:30:00+05:30');
    expect(toIsoDate(parsed(at(2024, 3, 14, 10, 30), { offsetMinutes: -210 }), null)?.iso).toBe('2024-03-14T10:30:00-03:30');
  });

  it('renders an instant with a written offset in the site zone', () => {
    expect(toIsoDate(parsed(at(2024, 3, 14, 7, 30), { offsetMinutes: 0 }), 'Europe/Istanbul')?.iso).toBe(
      '2024-03-14T10:30:00+03:00',
    );
    // Crossing midnight backwards.
    expect(toIsoDate(parsed(at(2024, 3, 14, 1, 0), { offsetMinutes: 180 }), 'Africa/Cairo')?.iso).toBe(
      '2024-03-14T00:00:00+02:00',
    );
  });

  it('resolves the wall time in a zone named in the text before the site zone', () => {
    const mecca = parsed(at(2024, 3, 14, 10, 30), { zone: 'Asia/Riyadh' });
    expect(toIsoDate(mecca, null)?.iso).toBe('2024-03-14T10:30:00+03:00');
    expect(toIsoDate(mecca, 'Africa/Cairo')?.iso).toBe('2024-03-14T09:30:00+02:00');
  });

  it('lets a written offset win over a named zone', () => {
    expect(toIsoDate(parsed(at(2024, 3, 14, 10, 30), { offsetMinutes: 0, zone: 'Asia/Riyadh' }), null)?.iso).toBe(
      '2024-03-14T10:30:00+00:00',
    );
  });

  it('ignores a site zone the runtime does not know', () => {
    expect(toIsoDate(parsed(at(2024, 3, 14, 10, 30)), 'Not/A_Zone')?.iso).toBe('2024-03-14T10:30:00');
  });

  it.each<[label: string, wall: WallTime]>([
    ['month 13', { year: 2024, month: 13, day: 1 }],
    ['30 February', { year: 2024, month: 2, day: 30 }],
    ['29 February in a common year', { year: 2023, month: 2, day: 29 }],
    ['hour 24', at(2024, 3, 14, 24)],
    ['minute 60', at(2024, 3, 14, 10, 60)],
  ])('returns null for %s', (_label, wall) => {
    expect(toIsoDate(parsed(wall), 'UTC')).toBeNull();
  });
});

describe('toIsoDate: IANA rules, DST included', () => {
  it.each<[label: string, wall: WallTime, zone: string, expected: string]>([
    // Cairo: no DST in 2022; DST again from 2023 (last Friday of April 00:00 → 01:00,
    // last Thursday of October 24:00 → 23:00).
    ['Cairo summer 2022, before DST returned', at(2022, 7, 1, 12), 'Africa/Cairo', '2022-07-01T12:00:00+02:00'],
    ['Cairo summer 2023', at(2023, 7, 1, 12), 'Africa/Cairo', '2023-07-01T12:00:00+03:00'],
    ['Cairo winter 2024', at(2024, 2, 13, 14, 15), 'Africa/Cairo', '2024-02-13T14:15:00+02:00'],
    ['Cairo 2023 last minute before spring-forward', at(2023, 4, 27, 23, 59), 'Africa/Cairo', '2023-04-27T23:59:00+02:00'],
    ['Cairo 2023 spring-forward gap moves forward', at(2023, 4, 28, 0, 30), 'Africa/Cairo', '2023-04-28T01:30:00+03:00'],
    ['Cairo 2023 first hour after the gap', at(2023, 4, 28, 1, 0), 'Africa/Cairo', '2023-04-28T01:00:00+03:00'],
    ['Cairo 2024 spring-forward gap moves forward', at(2024, 4, 26, 0, 15), 'Africa/Cairo', '2024-04-26T01:15:00+03:00'],
    ['Cairo 2024 morning after spring-forward', at(2024, 4, 26, 9), 'Africa/Cairo', '2024-04-26T09:00:00+03:00'],
    ['Cairo 2023 repeated hour takes the first', at(2023, 10, 26, 23, 30), 'Africa/Cairo', '2023-10-26T23:30:00+03:00'],
    ['Cairo 2023 hour before the repeated one', at(2023, 10, 26, 22, 30), 'Africa/Cairo', '2023-10-26T22:30:00+03:00'],
    ['Cairo 2023 after fall-back', at(2023, 10, 27, 0, 30), 'Africa/Cairo', '2023-10-27T00:30:00+02:00'],
    ['Cairo 2024 repeated hour takes the first', at(2024, 10, 31, 23, 10), 'Africa/Cairo', '2024-10-31T23:10:00+03:00'],
    // Amman: DST until 2022, then permanent +03:00 from 28 October 2022.
    ['Amman winter 2021', at(2021, 12, 15, 12), 'Asia/Amman', '2021-12-15T12:00:00+02:00'],
    ['Amman summer 2021', at(2021, 7, 1, 12), 'Asia/Amman', '2021-07-01T12:00:00+03:00'],
    ['Amman winter 2023', at(2023, 1, 15, 12), 'Asia/Amman', '2023-01-15T12:00:00+03:00'],
    ['Amman winter 2024', at(2024, 12, 15, 12), 'Asia/Amman', '2024-12-15T12:00:00+03:00'],
    // Beirut: last Sunday of March 00:00 → 01:00, last Sunday of October 00:00 → 23:00 the day before.
    ['Beirut winter', at(2024, 1, 15, 12), 'Asia/Beirut', '2024-01-15T12:00:00+02:00'],
    ['Beirut summer', at(2024, 7, 1, 12), 'Asia/Beirut', '2024-07-01T12:00:00+03:00'],
    ['Beirut spring-forward gap', at(2024, 3, 31, 0, 30), 'Asia/Beirut', '2024-03-31T01:30:00+03:00'],
    ['Beirut repeated hour takes the first', at(2024, 10, 26, 23, 30), 'Asia/Beirut', '2024-10-26T23:30:00+03:00'],
    // Istanbul: +03:00 since September 2016, EET/EEST before.
    ['Istanbul winter 2024', at(2024, 1, 15, 12), 'Europe/Istanbul', '2024-01-15T12:00:00+03:00'],
    ['Istanbul winter 2015', at(2015, 1, 15, 12), 'Europe/Istanbul', '2015-01-15T12:00:00+02:00'],
    ['Istanbul summer 2015', at(2015, 7, 1, 12), 'Europe/Istanbul', '2015-07-01T12:00:00+03:00'],
    // Zones west of Greenwich and with half hours.
    ['New York repeated hour takes the first (EDT)', at(2024, 11, 3, 1, 30), 'America/New_York', '2024-11-03T01:30:00-04:00'],
    ['New York gap moves forward', at(2024, 3, 10, 2, 30), 'America/New_York', '2024-03-10T03:30:00-04:00'],
    ['Tehran', at(2024, 1, 15, 12), 'Asia/Tehran', '2024-01-15T12:00:00+03:30'],
  ])('%s', (_label, wall, zone, expected) => {
    expect(toIsoDate(parsed(wall), zone)).toEqual({ iso: expected, hasTime: true });
  });
});
