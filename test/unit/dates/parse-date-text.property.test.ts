import { format } from 'date-fns';
import { tr } from 'date-fns/locale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../../utils/dates/parse-date-text';
import type { ParsedDate } from '../../../utils/dates/parse-date-text';
import { toIsoDate } from '../../../utils/dates/to-iso';

/** Far enough ahead that no generated date is rejected as being in the future. */
const NOW = new Date('2031-01-10T00:00:00Z');
const RUNS = { numRuns: 300 };
const instants = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2030-12-31T23:59:59Z'),
  noInvalidDate: true,
});

interface Fields {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

function utcFields(date: Date, withTime: boolean, withSeconds = false): Fields {
  const fields: Fields = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  if (withTime) Object.assign(fields, { hour: date.getUTCHours(), minute: date.getUTCMinutes() });
  if (withSeconds) fields.second = date.getUTCSeconds();
  return fields;
}

function localFields(date: Date, withTime: boolean, withSeconds = false): Fields {
  const fields: Fields = { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  if (withTime) Object.assign(fields, { hour: date.getHours(), minute: date.getMinutes() });
  if (withSeconds) fields.second = date.getSeconds();
  return fields;
}

function fieldsOf(parsed: ParsedDate | null, expected: Fields): Fields | null {
  if (!parsed) return null;
  const { year, month, day, hour, minute, second } = parsed.wall;
  const fields: Fields = { year, month, day };
  if (expected.hour !== undefined) Object.assign(fields, { hour, minute });
  if (expected.second !== undefined) fields.second = second;
  return fields;
}

type Style = [label: string, options: Intl.DateTimeFormatOptions, withTime: boolean, withSeconds: boolean];

const DATE_STYLES: Style[] = [
  ['full date', { dateStyle: 'full' }, false, false],
  ['long date', { dateStyle: 'long' }, false, false],
  ['medium date', { dateStyle: 'medium' }, false, false],
  ['full date, short time', { dateStyle: 'full', timeStyle: 'short' }, true, false],
  ['long date, medium time', { dateStyle: 'long', timeStyle: 'medium' }, true, true],
  ['medium date and time', { dateStyle: 'medium', timeStyle: 'medium' }, true, true],
  ['full date, long time with zone', { dateStyle: 'full', timeStyle: 'long' }, true, true],
];
/** Numeric day-first dates; en-US writes month first and its short style has a two-digit year. */
const NUMERIC_STYLES: Style[] = [
  ['short date', { dateStyle: 'short' }, false, false],
  ['short date and time', { dateStyle: 'short', timeStyle: 'short' }, true, false],
];

describe('parseDateText reads what Intl.DateTimeFormat writes (Gregorian)', () => {
  const locales = [
    'ar-EG', // Egyptian names, Arabic-Indic digits, ص/م
    'ar-SY', // Levantine names, كانون الثاني …
    'ar-LB',
    'ar-JO',
    'ar-SA-u-ca-gregory',
    'ar-MA', // يوليوز غشت شتنبر نونبر دجنبر
    'ar-DZ', // جانفي فيفري أفريل جوان جويلية أوت
    'tr-TR',
  ];
  const cases = locales.flatMap((locale) =>
    [...DATE_STYLES, ...NUMERIC_STYLES].map((style) => [locale, ...style] as const),
  );

  it.each(cases)('%s, %s', (locale, _label, options, withTime, withSeconds) => {
    const formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    fc.assert(
      fc.property(instants, (date) => {
        const text = formatter.format(date);
        const expected = utcFields(date, withTime, withSeconds);
        expect(fieldsOf(parseDateText(text, { now: NOW }), expected), text).toEqual(expected);
      }),
      RUNS,
    );
  });

  it.each(DATE_STYLES)('en-US, %s', (_label, options, withTime, withSeconds) => {
    const formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    fc.assert(
      fc.property(instants, (date) => {
        const text = formatter.format(date);
        const expected = utcFields(date, withTime, withSeconds);
        expect(fieldsOf(parseDateText(text, { now: NOW }), expected), text).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('en-US numeric date with a 12-hour time is read month first without a hint', () => {
    const formatter = new Intl.DateTimeFormat('en-US', {
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone: 'UTC',
    });
    fc.assert(
      fc.property(instants, (date) => {
        const text = formatter.format(date);
        const expected = utcFields(date, true, true);
        expect(fieldsOf(parseDateText(text, { now: NOW }), expected), text).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('en-US numeric date alone is read month first with the order hint', () => {
    const formatter = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(instants, (date) => {
        const text = formatter.format(date);
        const expected = utcFields(date, false);
        expect(fieldsOf(parseDateText(text, { now: NOW, order: 'mdy' }), expected), text).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('parseDateText converts Hijri-only dates written by Intl (Umm al-Qura)', () => {
  // ICU's default calendar for ar-SA is Gregorian nowadays, so the Hijri one is asked for explicitly.
  const hijriLocales = ['ar-SA-u-ca-islamic-umalqura', 'ar-EG-u-ca-islamic-umalqura', 'ar-u-ca-islamic-umalqura'];
  const styles: Array<[string, Intl.DateTimeFormatOptions]> = [
    ['full', { dateStyle: 'full' }],
    ['long', { dateStyle: 'long' }],
    ['short', { dateStyle: 'short' }],
  ];
  const cases = hijriLocales.flatMap((locale) => styles.map(([label, options]) => [locale, label, options] as const));

  it.each(cases)('%s, %s', (locale, _label, options) => {
    const formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    fc.assert(
      fc.property(instants, (date) => {
        const text = formatter.format(date);
        const expected = utcFields(date, false);
        expect(fieldsOf(parseDateText(text, { now: NOW }), expected), text).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('parseDateText reads what date-fns format writes with its Turkish locale', () => {
  const patterns: Array<[pattern: string, withTime: boolean, withSeconds: boolean]> = [
    ['d MMMM yyyy EEEE', false, false],
    ['d MMM yyyy', false, false],
    ['MMMM dd, yyyy HH:mm', true, false],
    ['d.MM.yyyy HH:mm:ss', true, true],
    ['dd MMMM yyyy, HH:mm', true, false],
    ['EEEE, d MMMM yyyy - HH:mm', true, false],
    ['dd.MM.yyyy', false, false],
  ];

  it.each(patterns)('%s', (pattern, withTime, withSeconds) => {
    fc.assert(
      fc.property(instants, (date) => {
        // date-fns formats the machine's local fields, so those are the expected ones.
        const text = format(date, pattern, { locale: tr });
        const expected = localFields(date, withTime, withSeconds);
        expect(fieldsOf(parseDateText(text, { now: NOW }), expected), text).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('relative dates count back from the clock', () => {
  const arabicDigits = new Intl.NumberFormat('ar-EG', { useGrouping: false });
  const clocks = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true });

  it('"N saat önce", "منذ N ساعات" and "N minutes ago" are now − N, to the minute', () => {
    fc.assert(
      fc.property(
        clocks,
        fc.integer({ min: 3, max: 23 }),
        fc.constantFrom('saat önce', 'ساعات', 'hours ago', 'ساعات (Arabic-Indic)', 'dakika önce', 'minutes ago'),
        (now, amount, form) => {
          const minutes = /dakika|minutes/.test(form) ? amount : amount * 60;
          const text = form.startsWith('ساعات')
            ? `منذ ${form.includes('Indic') ? arabicDigits.format(amount) : amount} ساعات`
            : `${amount} ${form}`;
          const expectedMs = Math.floor((now.getTime() - minutes * 60_000) / 60_000) * 60_000;
          const parsed = parseDateText(text, { now, zone: 'Africa/Cairo' });
          expect(parsed?.approximate, text).toBe(true);
          expect(parsed && new Date(toIsoDate(parsed, 'Africa/Cairo')!.iso).getTime(), text).toBe(expectedMs);
        },
      ),
      RUNS,
    );
  });
});

describe('toIsoDate resolves wall times by the zone rules Intl reports', () => {
  const zones = ['Africa/Cairo', 'Asia/Amman', 'Asia/Beirut', 'Asia/Damascus', 'Europe/Istanbul', 'Africa/Casablanca', 'Europe/London'];

  it('round-trips every wall time the zone shows, taking the earlier of a repeated hour', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (instant, zone) => {
        const shown = wallInZone(instant.getTime(), zone);
        const parsed: ParsedDate = { wall: shown, approximate: false, ambiguousOrder: false, matched: '' };
        const iso = toIsoDate(parsed, zone)!.iso;
        const resolved = new Date(iso).getTime();
        // Same wall time, at or before the instant it was taken from (the first occurrence).
        expect(wallInZone(resolved, zone), iso).toEqual(shown);
        expect(resolved, iso).toBeLessThanOrEqual(instant.getTime() - instant.getUTCMilliseconds());
        expect(iso.slice(19), iso).toBe(offsetInZone(resolved, zone));
      }),
      RUNS,
    );
  });
});

function wallInZone(epochMs: number, zone: string): ParsedDate['wall'] {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(new Date(epochMs));
  const get = (type: string): number => Number(parts.find((part) => part.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

function offsetInZone(epochMs: number, zone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(epochMs))
    .find((part) => part.type === 'timeZoneName')!.value;
  return name === 'GMT' ? '+00:00' : name.slice(3);
}
