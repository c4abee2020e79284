import { PhraseTable, spellings } from './phrase-table';

export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Turkish and English unit words used as "<n> <unit> önce" / "<n> <unit> ago". */
export const UNIT_WORDS = new PhraseTable<RelativeUnit>(
  spellings<RelativeUnit>([
    ['second', ['saniye', 'sn', 'second', 'seconds', 'sec', 'secs']],
    ['minute', ['dakika', 'dk', 'minute', 'minutes', 'min', 'mins']],
    ['hour', ['saat', 'hour', 'hours', 'hr', 'hrs']],
    ['day', ['gün', 'day', 'days']],
    ['week', ['hafta', 'week', 'weeks']],
    ['month', ['ay', 'month', 'months']],
    ['year', ['yıl', 'sene', 'year', 'years']],
  ]),
);

export const AGO_WORDS = new PhraseTable<true>(['önce', 'evvel', 'ago'].map((word) => [word, true] as const));

/** Number words that stand for "1" before a unit: "bir saat önce", "an hour ago". */
export const ONE_WORDS = new PhraseTable<1>(['bir', 'a', 'an', 'one'].map((word) => [word, 1] as const));

/** "منذ" / "قبل" open an Arabic relative date: "منذ 3 ساعات", "قبل ساعتين". */
export const ARABIC_SINCE = new PhraseTable<true>(['منذ', 'قبل'].map((word) => [word, true] as const));

/** An Arabic unit word and the amount its own form implies: singular 1, dual 2, plural needs a number. */
export interface ArabicUnit {
  unit: RelativeUnit;
  implied: 1 | 2 | null;
}

const ARABIC_UNIT_FORMS: ReadonlyArray<readonly [RelativeUnit, readonly string[], readonly string[], readonly string[]]> = [
  ['second', ['ثانية'], ['ثانيتين', 'ثانيتان'], ['ثوان', 'ثواني', 'ثوانٍ']],
  ['minute', ['دقيقة'], ['دقيقتين', 'دقيقتان'], ['دقائق']],
  ['hour', ['ساعة'], ['ساعتين', 'ساعتان'], ['ساعات']],
  ['day', ['يوم'], ['يومين', 'يومان'], ['أيام']],
  ['week', ['أسبوع'], ['أسبوعين', 'أسبوعان'], ['أسابيع']],
  ['month', ['شهر'], ['شهرين', 'شهران'], ['أشهر', 'شهور']],
  ['year', ['سنة', 'عام'], ['سنتين', 'سنتان', 'عامين', 'عامان'], ['سنوات', 'أعوام', 'سنين']],
];

/** Arabic unit words in singular, dual and plural. */
export const ARABIC_UNITS = new PhraseTable<ArabicUnit>(
  ARABIC_UNIT_FORMS.flatMap(([unit, singular, dual, plural]) => [
    ...singular.map((word) => [word, { unit, implied: 1 }] as const),
    ...dual.map((word) => [word, { unit, implied: 2 }] as const),
    ...plural.map((word) => [word, { unit, implied: null }] as const),
  ]),
);

/** "منذ لحظات", "منذ قليل": a moment ago. */
export const ARABIC_MOMENTS = new PhraseTable<true>(['لحظات', 'لحظة', 'قليل'].map((word) => [word, true] as const));

/** Words naming a day relative to today (days back), or the present moment. */
export type DayWord = { daysAgo: number } | 'now';

export const DAY_WORDS = new PhraseTable<DayWord>([
  ['az önce', 'now'],
  ['biraz önce', 'now'],
  ['şimdi', 'now'],
  ['just now', 'now'],
  ['bugün', { daysAgo: 0 }],
  ['today', { daysAgo: 0 }],
  ['اليوم', { daysAgo: 0 }],
  ['dün', { daysAgo: 1 }],
  ['yesterday', { daysAgo: 1 }],
  ['أمس', { daysAgo: 1 }],
  ['الأمس', { daysAgo: 1 }],
  ['بالأمس', { daysAgo: 1 }],
  ['البارحة', { daysAgo: 1 }],
  ['evvelsi gün', { daysAgo: 2 }],
  ['evvelki gün', { daysAgo: 2 }],
  ['önceki gün', { daysAgo: 2 }],
  ['أول أمس', { daysAgo: 2 }],
  ['أول من أمس', { daysAgo: 2 }],
]);
