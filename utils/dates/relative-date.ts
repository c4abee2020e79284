import { MS_PER_MINUTE, subtractDays, subtractMonths, wallTimeAtOffset } from './calendar';
import { type DateToken, isNumber } from './date-tokens';
import type { WallTime } from './parse-date-text';
import {
  AGO_WORDS,
  ARABIC_MOMENTS,
  ARABIC_SINCE,
  ARABIC_UNITS,
  DAY_WORDS,
  ONE_WORDS,
  type RelativeUnit,
  UNIT_WORDS,
} from './relative-words';
import { type TimeMatch, matchTimeAfter, matchTimeBefore } from './time-of-day';
import { zoneOffsetMinutes } from './zone-offset';

/** A resolved relative date at tokens `first`..`next`. */
export interface RelativeMatch {
  wall: WallTime;
  /** 0 for amount-based dates, which name an instant; absent for calendar-day ones. */
  offsetMinutes?: number;
  /** Zone named after a time ("dün 14:30 TSİ"). */
  zone?: string;
  first: number;
  next: number;
}

/** The clock and zone a relative date is counted back from. */
export interface RelativeClock {
  nowMs: number;
  /** A valid IANA zone: the calendar day "today" is taken in it. */
  zone: string;
}

interface Amount {
  unit: RelativeUnit;
  amount: number;
  first: number;
  next: number;
}

const UNIT_MS: Partial<Record<RelativeUnit, number>> = { second: 1_000, minute: MS_PER_MINUTE, hour: 60 * MS_PER_MINUTE };
const MAX_AMOUNT_DIGITS = 4;

/** A relative date starting at token `index`: "2 saat önce", "منذ ساعتين", "dün 14:30", "yesterday". */
export function matchRelativeDate(tokens: readonly DateToken[], index: number, clock: RelativeClock): RelativeMatch | null {
  const dayWord = DAY_WORDS.match(tokens, index);
  if (dayWord) {
    if (dayWord.value === 'now') return momentsAgo(clock, 0, index, dayWord.next);
    return calendarDaysAgo(tokens, clock, dayWord.value.daysAgo, index, dayWord.next);
  }
  const amount = matchAgo(tokens, index) ?? matchArabicSince(tokens, index);
  if (!amount) return null;
  const unitMs = UNIT_MS[amount.unit];
  if (unitMs !== undefined) return momentsAgo(clock, amount.amount * unitMs, amount.first, amount.next);
  if (amount.unit === 'day' || amount.unit === 'week') {
    const days = amount.amount * (amount.unit === 'week' ? 7 : 1);
    return calendarDaysAgo(tokens, clock, days, amount.first, amount.next);
  }
  const months = amount.amount * (amount.unit === 'year' ? 12 : 1);
  return { wall: subtractMonths(todayIn(clock), months), first: amount.first, next: amount.next };
}

/** "<n|bir|an> <unit> önce|ago". */
function matchAgo(tokens: readonly DateToken[], index: number): Amount | null {
  const amountToken = tokens[index];
  const one = ONE_WORDS.match(tokens, index);
  const amount = isNumber(amountToken, 1, MAX_AMOUNT_DIGITS) ? { value: amountToken.value, next: index + 1 } : one;
  if (!amount) return null;
  const unit = UNIT_WORDS.match(tokens, amount.next);
  if (!unit) return null;
  const ago = AGO_WORDS.match(tokens, unit.next);
  if (!ago) return null;
  return { unit: unit.value, amount: amount.value, first: index, next: ago.next };
}

/** "منذ|قبل [n] <unit>", where the unit's singular or dual form may be the amount itself. */
function matchArabicSince(tokens: readonly DateToken[], index: number): Amount | null {
  const since = ARABIC_SINCE.match(tokens, index);
  if (!since) return null;
  const moments = ARABIC_MOMENTS.match(tokens, since.next);
  if (moments) return { unit: 'second', amount: 0, first: index, next: moments.next };
  const numberToken = tokens[since.next];
  const written = isNumber(numberToken, 1, MAX_AMOUNT_DIGITS) ? numberToken.value : null;
  const unit = ARABIC_UNITS.match(tokens, written === null ? since.next : since.next + 1);
  if (!unit) return null;
  const amount = written ?? unit.value.implied;
  // A bare plural ("منذ ساعات", hours ago) gives no amount to count back.
  if (amount === null) return null;
  return { unit: unit.value.unit, amount, first: index, next: unit.next };
}

/** An instant: now minus the amount, to the minute, written as UTC so it needs no zone to resolve. */
function momentsAgo(clock: RelativeClock, ms: number, first: number, next: number): RelativeMatch {
  const epochMs = Math.floor((clock.nowMs - ms) / MS_PER_MINUTE) * MS_PER_MINUTE;
  const { year, month, day, hour, minute } = wallTimeAtOffset(epochMs, 0);
  return { wall: { year, month, day, hour, minute, second: 0, millisecond: 0 }, offsetMinutes: 0, first, next };
}

/**
 * A calendar day counted back from today in the site's zone, at the wall time written next to it if
 * any ("dün 14:30"); that wall time is left for the caller to resolve in the site's zone.
 */
function calendarDaysAgo(
  tokens: readonly DateToken[],
  clock: RelativeClock,
  days: number,
  first: number,
  next: number,
): RelativeMatch {
  const date = subtractDays(todayIn(clock), days);
  const time: TimeMatch | null = matchTimeAfter(tokens, next) ?? matchTimeBefore(tokens, first);
  if (!time) return { wall: date, first, next };
  const { hour, minute, second, millisecond } = time.time;
  return {
    wall: { ...date, hour, minute, ...(second !== undefined && { second }), ...(millisecond !== undefined && { millisecond }) },
    ...(time.time.offsetMinutes !== undefined && { offsetMinutes: time.time.offsetMinutes }),
    ...(time.time.zone !== undefined && { zone: time.time.zone }),
    first: Math.min(first, time.first),
    next: Math.max(next, time.next),
  };
}

function todayIn(clock: RelativeClock): WallTime {
  const { year, month, day } = wallTimeAtOffset(clock.nowMs, zoneOffsetMinutes(clock.zone, clock.nowMs));
  return { year, month, day };
}
