import { MS_PER_DAY } from './calendar';
import type { WallTime } from './parse-date-text';

/** 1 Muharram 1 AH in the proleptic Gregorian calendar that Date.UTC uses. */
const HIJRI_EPOCH_MS = Date.UTC(622, 6, 19);
const MEAN_HIJRI_YEAR_DAYS = 354.36667;
const MEAN_HIJRI_MONTH_DAYS = 29.530589;
/** Umm al-Qura months drift at most a couple of days from the mean lunar arithmetic. */
const SEARCH_RADIUS_DAYS = 5;

let ummAlQura: Intl.DateTimeFormat | undefined;

function hijriFieldsOf(epochMs: number): { year: number; month: number; day: number } {
  // Latin digits and UTC keep the parts independent of the machine's locale and time zone.
  ummAlQura ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = ummAlQura.formatToParts(new Date(epochMs));
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value ?? Number.NaN);
  return { year: field('year'), month: field('month'), day: field('day') };
}

/**
 * The Gregorian date of a Hijri date in the Umm al-Qura calendar (the one Saudi Arabia and most Arab
 * sites print), found by asking the runtime's ICU calendar about days around an arithmetic estimate.
 * Returns null for a day the month does not have (30 in a 29-day month).
 */
export function hijriToGregorian(year: number, month: number, day: number): WallTime | null {
  if (!Number.isInteger(year) || year < 1 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const estimateDays = (year - 1) * MEAN_HIJRI_YEAR_DAYS + (month - 1) * MEAN_HIJRI_MONTH_DAYS + (day - 1);
  const estimate = HIJRI_EPOCH_MS + Math.round(estimateDays) * MS_PER_DAY;
  for (let distance = 0; distance <= SEARCH_RADIUS_DAYS; distance++) {
    for (const candidate of distance === 0 ? [estimate] : [estimate - distance * MS_PER_DAY, estimate + distance * MS_PER_DAY]) {
      const hijri = hijriFieldsOf(candidate);
      if (hijri.year === year && hijri.month === month && hijri.day === day) {
        const gregorian = new Date(candidate);
        return { year: gregorian.getUTCFullYear(), month: gregorian.getUTCMonth() + 1, day: gregorian.getUTCDate() };
      }
    }
  }
  return null;
}
