import { PhraseTable, spellings } from './phrase-table';

/** Day names carry no information once the date is known; they are skipped between a date and its time. */
export const WEEKDAYS = new PhraseTable<true>(
  [
    'Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar',
    'Pzt', 'Sal', 'Çar', 'Per', 'Cum', 'Cts', 'Paz',
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
    'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
  ].map((word) => [word, true] as const),
);

/** Words that join a date to its time: "14 Mart 2024 saat 10:30", "١٤ مارس ٢٠٢٤ في ٩:٣٠", "March 14 at 9:30". */
export const TIME_CONNECTORS = new PhraseTable<true>(
  ['saat', 'saati', 'at', 'في', 'الساعة', 'ساعة', 'على الساعة'].map((word) => [word, true] as const),
);

/** Punctuation that may stand between a date and its time. */
export const GAP_PUNCTUATION = ',-–—|•·@(';

export type Meridiem = 'am' | 'pm' | 'night';

/**
 * Twelve-hour clock markers. Arabic sites name the part of the day instead of AM/PM; "ليلاً" (at
 * night) covers both late evening (11 ليلاً = 23h) and the small hours (2 ليلاً = 02h).
 */
export const MERIDIEMS = new PhraseTable<Meridiem>(
  spellings<Meridiem>([
    ['am', ['AM', 'ص', 'صباحا', 'صباحاً', 'صباح', 'فجرا', 'فجراً', 'ÖÖ']],
    ['pm', ['PM', 'م', 'مساء', 'مساءً', 'مساءا', 'ظهرا', 'ظهراً', 'عصرا', 'عصراً', 'بعد الظهر', 'ÖS']],
    ['night', ['ليلا', 'ليلاً']],
  ]),
);

/** Converts a 12-hour clock hour to 24 hours; hours already past 12 were written on a 24-hour clock. */
export function applyMeridiem(hour: number, meridiem: Meridiem): number {
  if (hour < 1 || hour > 12) return hour;
  if (meridiem === 'am') return hour % 12;
  if (meridiem === 'pm') return hour === 12 ? 12 : hour + 12;
  if (hour === 12) return 0;
  return hour >= 6 ? hour + 12 : hour;
}

export type CalendarEra = 'gregorian' | 'hijri';

/** Era markers written after a year: "2024 م" (ميلادي) and "1445 هـ" (هجري). */
export const ERAS = new PhraseTable<CalendarEra>(
  spellings<CalendarEra>([
    ['gregorian', ['م', 'ميلادي', 'ميلادية', 'ميلاديا']],
    ['hijri', ['هـ', 'ه', 'هجري', 'هجرية']],
  ]),
);

/** Words that name UTC itself; a signed offset may follow ("GMT+3", "UTC -05:00"). */
export const UTC_WORDS = new PhraseTable<true>(['GMT', 'UTC', 'UT'].map((word) => [word, true] as const));
