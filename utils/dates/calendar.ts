import type { WallTime } from './parse-date-text';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Days in a Gregorian month (`month` 1-12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True when the calendar fields (and the clock fields that are present) name a real Gregorian moment. */
export function isValidWallTime(wall: WallTime): boolean {
  const { year, month, day, hour, minute, second, millisecond } = wall;
  if (![year, month, day].every(Number.isInteger)) return false;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  return (
    inRange(hour, 0, 23) && inRange(minute, 0, 59) && inRange(second, 0, 59) && inRange(millisecond, 0, 999)
  );
}

function inRange(value: number | undefined, min: number, max: number): boolean {
  return value === undefined || (Number.isInteger(value) && value >= min && value <= max);
}

/** Epoch milliseconds of the wall time read as if it were UTC; the basis of all offset arithmetic here. */
export function wallTimeAsUtcMs(wall: WallTime): number {
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear keeps them literal.
  const date = new Date(
    Date.UTC(2000, wall.month - 1, wall.day, wall.hour ?? 0, wall.minute ?? 0, wall.second ?? 0, wall.millisecond ?? 0),
  );
  date.setUTCFullYear(wall.year);
  return date.getTime();
}

/** Calendar and clock fields of `epochMs` shifted by `offsetMinutes`: the wall clock at that offset. */
export function wallTimeAtOffset(epochMs: number, offsetMinutes: number): Required<WallTime> {
  const d = new Date(epochMs + offsetMinutes * MS_PER_MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** The calendar date `days` days before the given one (date fields only). */
export function subtractDays(wall: WallTime, days: number): WallTime {
  const d = new Date(wallTimeAsUtcMs({ year: wall.year, month: wall.month, day: wall.day }) - days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The calendar date `months` months before the given one. A day that the target month lacks is clamped
 * to its last day (31 March − 1 month = 28/29 February), as a reader counting months would.
 */
export function subtractMonths(wall: WallTime, months: number): WallTime {
  const index = wall.year * 12 + (wall.month - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(wall.day, daysInMonth(year, month)) };
}

export { MS_PER_DAY, MS_PER_MINUTE };
