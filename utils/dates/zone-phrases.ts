import { PhraseTable } from './phrase-table';

/** Places that Arabic sites name in "بتوقيت …" ("at … time"), with the IANA zone they mean. */
const ARABIC_TIME_OF: ReadonlyArray<readonly [string, string]> = [
  ['مكة المكرمة', 'Asia/Riyadh'],
  ['مكة', 'Asia/Riyadh'],
  ['الرياض', 'Asia/Riyadh'],
  ['السعودية', 'Asia/Riyadh'],
  ['القاهرة', 'Africa/Cairo'],
  ['مصر', 'Africa/Cairo'],
  ['غرينتش', 'UTC'],
  ['جرينتش', 'UTC'],
  ['غرينيتش', 'UTC'],
  ['جرينيتش', 'UTC'],
  ['دبي', 'Asia/Dubai'],
  ['أبوظبي', 'Asia/Dubai'],
  ['أبو ظبي', 'Asia/Dubai'],
  ['الإمارات', 'Asia/Dubai'],
  ['الدوحة', 'Asia/Qatar'],
  ['قطر', 'Asia/Qatar'],
  ['بيروت', 'Asia/Beirut'],
  ['لبنان', 'Asia/Beirut'],
  ['دمشق', 'Asia/Damascus'],
  ['سوريا', 'Asia/Damascus'],
  ['بغداد', 'Asia/Baghdad'],
  ['العراق', 'Asia/Baghdad'],
  ['الكويت', 'Asia/Kuwait'],
  ['المنامة', 'Asia/Bahrain'],
  ['البحرين', 'Asia/Bahrain'],
  ['مسقط', 'Asia/Muscat'],
  ['الأردن', 'Asia/Amman'],
  ['أنقرة', 'Europe/Istanbul'],
  ['إسطنبول', 'Europe/Istanbul'],
  ['اسطنبول', 'Europe/Istanbul'],
  ['تركيا', 'Europe/Istanbul'],
  ['الجزائر', 'Africa/Algiers'],
  ['تونس', 'Africa/Tunis'],
  ['المغرب', 'Africa/Casablanca'],
  ['الرباط', 'Africa/Casablanca'],
  ['الخرطوم', 'Africa/Khartoum'],
  ['موسكو', 'Europe/Moscow'],
  // "عمان" is left out on purpose: unvocalised it is both Amman and Oman.
];

/** Phrases after a time that name the zone it is given in. */
export const ZONE_PHRASES = new PhraseTable<string>([
  ['TSİ', 'Europe/Istanbul'],
  ['Türkiye saati', 'Europe/Istanbul'],
  ['Türkiye saatiyle', 'Europe/Istanbul'],
  ...ARABIC_TIME_OF.flatMap(([place, zone]) => [
    [`بتوقيت ${place}`, zone] as const,
    [`توقيت ${place}`, zone] as const,
  ]),
]);
