import { daysInMonth } from './calendar';
import { type DateToken, isAdjacent, isNumber, isPunct } from './date-tokens';
import { type CalendarEra, ERAS } from './date-words';
import { MONTH_NAMES, type MonthName } from './month-names';

export type DayMonthOrder = 'dmy' | 'mdy';

/** Calendar fields of a written date, in the calendar it was written in, at tokens `first`..`next`. */
export interface DateMatch {
  calendar: CalendarEra;
  year: number;
  month: number;
  day: number;
  ambiguousOrder: boolean;
  first: number;
  next: number;
}

const NUMERIC_SEPARATORS = './-';
/** Between the parts of "14 Mart, 2024", "14-Mar-2024", "Nov. 15, 2023", "13/فبراير/2025". */
const NAMED_DATE_SEPARATORS = ',.-/';
const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/i;

/** A date at token `index`: numeric ("14.03.2024", "2024-03-14", "3/14/2024") or with a month name. */
export function matchDateAt(tokens: readonly DateToken[], index: number, order: DayMonthOrder): DateMatch | null {
  return matchNumericDate(tokens, index, order) ?? matchDayMonthYear(tokens, index) ?? matchMonthDayYear(tokens, index);
}

function matchNumericDate(tokens: readonly DateToken[], index: number, order: DayMonthOrder): DateMatch | null {
  const [a, sep1, b, sep2, c] = tokens.slice(index, index + 5);
  if (!a || !b || !c || a.kind !== 'num' || b.kind !== 'num' || c.kind !== 'num') return null;
  if (!isPunct(sep1, NUMERIC_SEPARATORS) || sep2?.text !== sep1.text) return null;
  if (!isGlued(tokens, index, index + 4)) return null;
  if (isPartOfLongerNumber(tokens, index, index + 4)) return null;
  if (b.text.length > 2) return null;

  const era = ERAS.match(tokens, index + 5);
  const next = era?.next ?? index + 5;
  const calendar = era?.value ?? 'gregorian';
  if (a.text.length === 4 && c.text.length <= 2) {
    return checked({ calendar, year: a.value, month: b.value, day: c.value, ambiguousOrder: false, first: index, next });
  }
  if (a.text.length > 2) return null;
  // A two-digit year is only trusted in the Turkish dd.mm.yy form; "3/4/24" could mean anything.
  const year = c.text.length === 4 ? c.value : c.text.length === 2 && sep1.text === '.' ? 2000 + c.value : null;
  if (year === null) return null;
  const [day, month] = resolveDayMonth(a.value, b.value, order);
  const ambiguousOrder = a.value <= 12 && b.value <= 12 && a.value !== b.value;
  return checked({ calendar, year, month, day, ambiguousOrder, first: index, next });
}

/** True when the three numbers are a piece of a longer chain such as a version or an IP address. */
function isPartOfLongerNumber(tokens: readonly DateToken[], first: number, last: number): boolean {
  const numberGluedBefore =
    isPunct(tokens[first - 1], NUMERIC_SEPARATORS) && tokens[first - 2]?.kind === 'num' && isGlued(tokens, first - 2, first);
  const numberGluedAfter =
    isPunct(tokens[last + 1], NUMERIC_SEPARATORS) && tokens[last + 2]?.kind === 'num' && isGlued(tokens, last, last + 2);
  return numberGluedBefore || numberGluedAfter;
}

/** True when tokens `from`..`to` (inclusive) follow each other without any space. */
function isGlued(tokens: readonly DateToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isAdjacent(tokens[i], tokens[i + 1])) return false;
  return true;
}

function resolveDayMonth(first: number, second: number, order: DayMonthOrder): [day: number, month: number] {
  if (first > 12) return [first, second];
  if (second > 12) return [second, first];
  return order === 'mdy' ? [second, first] : [first, second];
}

/** "14 Mart 2024", "15th, November 2023", "14 آذار/مارس 2024", "4 رمضان 1445 هـ". */
function matchDayMonthYear(tokens: readonly DateToken[], index: number): DateMatch | null {
  const day = readDay(tokens, index);
  if (!day) return null;
  const month = readMonth(tokens, skipSeparator(tokens, day.next));
  if (!month) return null;
  const yearIndex = skipSeparator(tokens, month.next);
  return finishNamedDate(tokens, index, day.value, month.value, yearIndex);
}

/** "November 15, 2023", "Kasım 06, 2025". */
function matchMonthDayYear(tokens: readonly DateToken[], index: number): DateMatch | null {
  const month = readMonth(tokens, index);
  if (!month) return null;
  const day = readDay(tokens, skipSeparator(tokens, month.next));
  if (!day) return null;
  return finishNamedDate(tokens, index, day.value, month.value, skipSeparator(tokens, day.next));
}

function finishNamedDate(
  tokens: readonly DateToken[],
  first: number,
  day: number,
  month: MonthName,
  yearIndex: number,
): DateMatch | null {
  const year = tokens[yearIndex];
  if (!isNumber(year, 4, 4)) return null;
  if (isAdjacent(year, tokens[yearIndex + 1]) && tokens[yearIndex + 1]?.kind === 'num') return null;
  const era = ERAS.match(tokens, yearIndex + 1);
  // A Gregorian month name with a Hijri year ("14 مارس 1445 هـ") is nonsense, and so is the reverse.
  if (era && era.value !== month.calendar) return null;
  return checked({
    calendar: month.calendar,
    year: year.value,
    month: month.month,
    day,
    ambiguousOrder: false,
    first,
    next: era?.next ?? yearIndex + 1,
  });
}

function readDay(tokens: readonly DateToken[], index: number): { value: number; next: number } | null {
  const day = tokens[index];
  if (!isNumber(day, 1, 2) || day.value < 1 || day.value > 31) return null;
  const before = tokens[index - 1];
  // "1.234 Mart" or "12/14 Mart": the number belongs to something else.
  if (isAdjacent(before, day) && (before!.kind === 'num' || isPunct(before, './:'))) return null;
  const suffix = tokens[index + 1];
  const hasSuffix = suffix?.kind === 'word' && ORDINAL_SUFFIX.test(suffix.text) && isAdjacent(day, suffix);
  return { value: day.value, next: hasSuffix ? index + 2 : index + 1 };
}

/** A month name, with a second name for the same month after it: "آذار/مارس", "مارس (آذار)". */
function readMonth(tokens: readonly DateToken[], index: number): { value: MonthName; next: number } | null {
  const month = MONTH_NAMES.match(tokens, index);
  if (!month) return null;
  const opener = tokens[month.next];
  if (isPunct(opener, '/(')) {
    const alternative = MONTH_NAMES.match(tokens, month.next + 1);
    if (alternative) {
      if (alternative.value.month !== month.value.month || alternative.value.calendar !== month.value.calendar) {
        return null;
      }
      const closes = opener.text === '(' && isPunct(tokens[alternative.next], ')');
      if (opener.text === '/' || closes) return { value: month.value, next: alternative.next + (closes ? 1 : 0) };
    }
  }
  return month;
}

function skipSeparator(tokens: readonly DateToken[], index: number): number {
  return isPunct(tokens[index], NAMED_DATE_SEPARATORS) ? index + 1 : index;
}

function checked(match: DateMatch): DateMatch | null {
  if (match.month < 1 || match.month > 12 || match.day < 1) return null;
  const maxDay = match.calendar === 'hijri' ? 30 : daysInMonth(match.year, match.month);
  return match.day <= maxDay ? match : null;
}
