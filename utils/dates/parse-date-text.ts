import { type DateMatch, type DayMonthOrder, matchDateAt } from './absolute-date';
import { MS_PER_DAY, MS_PER_MINUTE, isValidWallTime, wallTimeAsUtcMs } from './calendar';
import { tokenizeDateText } from './date-tokens';
import { hijriToGregorian } from './hijri-to-gregorian';
import { normalizeDateText, sourceSlice } from './normalize-date-text';
import { type RelativeMatch, matchRelativeDate } from './relative-date';
import { type TimeMatch, matchTimeAfter, matchTimeBefore } from './time-of-day';
import { isValidTimeZone } from './zone-offset';

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

export interface ParsedDate {
  /** Gregorian calendar fields as written (month 1-12); a Hijri date is converted. */
  wall: WallTime;
  /** Offset written in the text: Z, +03:00, +0300, GMT, UTC, GMT+3. */
  offsetMinutes?: number;
  /** IANA zone named in the text: "TSİ", "بتوقيت مكة المكرمة", "بتوقيت غرينتش" (UTC). */
  zone?: string;
  /** Counted back from the clock ("2 saat önce", "أمس") rather than written out. */
  approximate: boolean;
  /** A numeric date whose day/month order had to be guessed. */
  ambiguousOrder: boolean;
  /** The part of the input that was read. */
  matched: string;
}

export interface ParseDateOptions {
  /** Clock for relative dates and the plausibility check. */
  now: Date;
  /** IANA zone of the site: "today" and relative days are taken in it (UTC when absent or unknown). */
  zone?: string | null;
  /** Day/month order for numeric dates where both parts are 12 or less. */
  order?: DayMonthOrder;
}

/** Years before this are OCR noise, Hijri years or something other than a publication date. */
const MIN_YEAR = 1900;
/** Publication dates can run ahead of the clock by time-zone skew and scheduled posts, not more. */
const MAX_FUTURE_MS = 2 * MS_PER_DAY;
/** An English AM/PM after a clock: with "/" dates it means the .NET en-US "12/10/2024 3:29:39 PM". */
const ENGLISH_MERIDIEM = /\d\s*[ap]\.?m\b\.?/i;

/**
 * Finds the first complete date in a line of page text and reads it: ISO 8601, numeric, Turkish,
 * Arabic (Egyptian, Maghreb, Levantine month names; Hijri dates) and English forms, with the time
 * next to it, and relative dates ("2 saat önce", "منذ ساعتين", "dün 14:30").
 *
 * A written Gregorian date wins over a Hijri one anywhere in the text, and both win over a relative
 * date, which might be a word of prose ("اليوم"). Returns null when the text holds no plausible date.
 */
export function parseDateText(text: string, options: ParseDateOptions): ParsedDate | null {
  const nowMs = options.now.getTime();
  if (Number.isNaN(nowMs)) return null;
  const normalized = normalizeDateText(text);
  const tokens = tokenizeDateText(normalized.text);
  const zone = options.zone && isValidTimeZone(options.zone) ? options.zone : 'UTC';
  const order = options.order ?? guessOrder(normalized.text);
  const matched = (first: number, next: number): string =>
    sourceSlice(text, normalized, tokens[first]!.start, tokens[next - 1]!.end);

  let hijri: ParsedDate | null = null;
  let relative: ParsedDate | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const date = matchDateAt(tokens, i, order);
    if (date) {
      const time = matchTimeAfter(tokens, date.next) ?? matchTimeBefore(tokens, date.first);
      const parsed = fromDateMatch(date, time, matched);
      if (parsed && isPlausible(parsed, nowMs)) {
        if (date.calendar === 'gregorian') return parsed;
        hijri ??= parsed;
      }
      // Parts of a date that was read (or rejected) are not the start of another one.
      i = date.next - 1;
      continue;
    }
    if (!relative) {
      const found = matchRelativeDate(tokens, i, { nowMs, zone });
      if (found) relative = fromRelativeMatch(found, matched);
    }
  }
  return hijri ?? relative;
}

function guessOrder(text: string): DayMonthOrder {
  return text.includes('/') && ENGLISH_MERIDIEM.test(text) ? 'mdy' : 'dmy';
}

function fromDateMatch(
  date: DateMatch,
  time: TimeMatch | null,
  matched: (first: number, next: number) => string,
): ParsedDate | null {
  const day = date.calendar === 'hijri' ? hijriToGregorian(date.year, date.month, date.day) : date;
  if (!day) return null;
  const wall: WallTime = { year: day.year, month: day.month, day: day.day };
  const parsed: ParsedDate = {
    wall,
    approximate: false,
    ambiguousOrder: date.ambiguousOrder,
    matched: time
      ? matched(Math.min(date.first, time.first), Math.max(date.next, time.next))
      : matched(date.first, date.next),
  };
  if (time) {
    const { hour, minute, second, millisecond, offsetMinutes, zone } = time.time;
    Object.assign(wall, { hour, minute }, second !== undefined && { second }, millisecond !== undefined && { millisecond });
    if (offsetMinutes !== undefined) parsed.offsetMinutes = offsetMinutes;
    if (zone !== undefined) parsed.zone = zone;
  }
  return isValidWallTime(wall) ? parsed : null;
}

function fromRelativeMatch(found: RelativeMatch, matched: (first: number, next: number) => string): ParsedDate {
  return {
    wall: found.wall,
    ...(found.offsetMinutes !== undefined && { offsetMinutes: found.offsetMinutes }),
    ...(found.zone !== undefined && { zone: found.zone }),
    approximate: true,
    ambiguousOrder: false,
    matched: matched(found.first, found.next),
  };
}

function isPlausible(parsed: ParsedDate, nowMs: number): boolean {
  if (parsed.wall.year < MIN_YEAR) return false;
  const epochMs = wallTimeAsUtcMs(parsed.wall) - (parsed.offsetMinutes ?? 0) * MS_PER_MINUTE;
  return epochMs <= nowMs + MAX_FUTURE_MS;
}
