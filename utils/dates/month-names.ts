import { PhraseTable, spellings } from './phrase-table';

export type CalendarName = 'gregorian' | 'hijri';

export interface MonthName {
  calendar: CalendarName;
  month: number;
}

/**
 * Gregorian month names as Turkish, English and Arabic sites write them. Arabic has four naming
 * traditions (Egypt/Gulf, Algeria/Tunisia, Morocco, Levant/Iraq); hamza and alef spelling variants
 * need no entry of their own because lookups go through `foldKey`.
 */
const GREGORIAN: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['Ocak', 'Oca', 'January', 'Jan', 'يناير', 'جانفي', 'كانون الثاني', 'كانون ثاني']],
  [2, ['Şubat', 'Şub', 'February', 'Feb', 'فبراير', 'فيفري', 'شباط']],
  [3, ['Mart', 'Mar', 'March', 'مارس', 'آذار']],
  [4, ['Nisan', 'Nis', 'April', 'Apr', 'أبريل', 'أفريل', 'نيسان']],
  [5, ['Mayıs', 'May', 'مايو', 'ماي', 'أيار', 'مايس']],
  [6, ['Haziran', 'Haz', 'June', 'Jun', 'يونيو', 'يونيه', 'جوان', 'حزيران']],
  [7, ['Temmuz', 'Tem', 'July', 'Jul', 'يوليو', 'يوليه', 'يوليوز', 'جويلية', 'تموز']],
  [8, ['Ağustos', 'Ağu', 'August', 'Aug', 'أغسطس', 'أوت', 'غشت', 'آب']],
  [9, ['Eylül', 'Eyl', 'September', 'Sept', 'Sep', 'سبتمبر', 'شتنبر', 'أيلول']],
  [10, ['Ekim', 'Eki', 'October', 'Oct', 'أكتوبر', 'تشرين الأول', 'تشرين أول']],
  [11, ['Kasım', 'Kas', 'November', 'Nov', 'نوفمبر', 'نونبر', 'تشرين الثاني', 'تشرين ثاني']],
  [12, ['Aralık', 'Ara', 'December', 'Dec', 'ديسمبر', 'دجنبر', 'دسمبر', 'كانون الأول', 'كانون أول']],
];

/** Months of the Hijri calendar, including the alternative names of the 4th and 6th months. */
const HIJRI: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['محرم', 'المحرم']],
  [2, ['صفر']],
  [3, ['ربيع الأول', 'ربيع أول']],
  [4, ['ربيع الآخر', 'ربيع الثاني', 'ربيع آخر', 'ربيع ثاني']],
  [5, ['جمادى الأولى', 'جمادى الأول', 'جمادى أولى']],
  [6, ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى الثاني', 'جمادى آخرة']],
  [7, ['رجب']],
  [8, ['شعبان']],
  [9, ['رمضان']],
  [10, ['شوال']],
  [11, ['ذو القعدة', 'ذي القعدة']],
  [12, ['ذو الحجة', 'ذي الحجة']],
];

/** Gregorian and Hijri month names; the two sets share no spelling, so a name tells its calendar. */
export const MONTH_NAMES = new PhraseTable<MonthName>([
  ...spellings(GREGORIAN.map(([month, words]) => [{ calendar: 'gregorian', month }, words] as const)),
  ...spellings(HIJRI.map(([month, words]) => [{ calendar: 'hijri', month }, words] as const)),
]);
