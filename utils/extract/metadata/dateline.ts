/** Datelines: the city an item was filed from, at the head of the body or on a line of its own. */

import { leadingCity } from './city-gazetteer';

/** News agencies that sign datelines without parentheses ("… م واس", "القاهرة - أ ش أ"). */
const AGENCY_WORDS = 'واس|بترا|سانا|أ ش أ|أ.ش.أ|قنا|كونا|وام|بنا|العمانية|الأناضول|رويترز|أ ف ب|د ب أ|AA|DHA|İHA|ANKA|AFP|Reuters|AP';
/**
 * After the city: an optional country ("دمشق، سوريا"), an optional date ("14 آذار",
 * "15 شوال 1444 هـ الموافق 05 مايو 2023 م"), then the agency and/or a dash: "(CNN) --", "(AA) -",
 * "واس", "- أ ش أ:", "-سانا".
 */
const AFTER_CITY = new RegExp(
  `^(?:\\s*[،,]\\s*[^\\d\\s(،,\\-–—:]{2,20}(?:\\s[^\\d\\s(،,\\-–—:]{2,20})?)?(?:\\s+[\\d\\u0660-\\u0669][^\\-–—:()\\n]{0,70}?)?\\s*` +
    `(?:\\(([^)]{1,25})\\)\\s*[-–—:]+|(${AGENCY_WORDS})(?=\\s|$|[-–—:])|[-–—:]+\\s*(?:(${AGENCY_WORDS})\\s*(?:[:：\\-–—]+|(?=\\s)))?(?=\\s|$|[\\p{L}]))`,
  'u',
);
/** The separators that end a city name at the head of a paragraph. */
const CITY_END = /[\s,،(\-–—:]/u;

const ALL_CAPS_AGENCY = /^\s*([\p{Lu}İĞŞÇÖÜ]{3,}(?:\s[\p{Lu}İĞŞÇÖÜ]{3,})?)\s*\(([^)]{1,20})\)\s*[-–—]/u;

export interface DatelineOpening {
  city: string;
  /** The agency that signs the dateline ("AA", "بترا", "واس"), if any. */
  agency: string | null;
}

function displayCity(city: string, written: string): string {
  // An all-caps Latin dateline is shown in the gazetteer's casing ("ANKARA" → "Ankara").
  return /^[\p{Lu}\s]+$/u.test(written) && /\p{Script=Latin}/u.test(written) ? city : written;
}

/** The page's own spelling of the city's words at the head of `text` ("ANKARA", "دمشق" in "دمشق-سانا"). */
function writtenPrefix(text: string, city: string): string {
  const trimmed = text.trim();
  let words = city.split(/\s+/).length;
  let end = 0;
  while (words > 0 && end < trimmed.length) {
    while (end < trimmed.length && !CITY_END.test(trimmed[end]!)) end++;
    words--;
    if (words > 0) while (end < trimmed.length && /\s/.test(trimmed[end]!)) end++;
  }
  return trimmed.slice(0, end);
}

/** The dateline a paragraph opens with ("ANKARA (AA) - …", "عمان 14 آذار (بترا) - …", "الرياض … م واس"). */
export function datelineAtStart(paragraph: string): DatelineOpening | null {
  const head = paragraph.trim().slice(0, 200);
  const city = leadingCity(head);
  if (city) {
    const written = writtenPrefix(head, city);
    const m = AFTER_CITY.exec(head.slice(head.indexOf(written) + written.length));
    if (m) return { city: displayCity(city, written), agency: (m[1] ?? m[2] ?? m[3])?.trim() ?? null };
    return null;
  }
  const caps = ALL_CAPS_AGENCY.exec(head);
  if (!caps) return null;
  const word = caps[1]!;
  return { city: word.charAt(0) + word.slice(1).toLocaleLowerCase('tr'), agency: caps[2]!.trim() };
}

/**
 * A short line that is only a dateline: "Ankara", or "Ankara,Aile ve Sosyal Hizmetler Bakanlığı" (city and
 * issuing institution). Returns the city and the institution, or null for anything else.
 */
export function datelineLine(text: string): { city: string; institution: string | null } | null {
  if (text.length > 80) return null;
  const city = leadingCity(text);
  if (!city) return null;
  const written = writtenPrefix(text, city);
  const rest = text.trim().slice(written.length).replace(/^[\s,،\-–—:]+/, '').trim();
  if (!rest) return { city: displayCity(city, written), institution: null };
  const institution = /^(?:T\.?C\.?\s)?[\p{L}\s.'’]{0,70}(Bakanlığı|Valiliği|Belediyesi|Müdürlüğü|Başkanlığı|Ajansı|Kurumu|Vakfı)$|^(?:وزارة|محافظة|هيئة|وكالة|مجلس|سفارة)\s[\p{L}\s]{2,60}$/u;
  return institution.test(rest) ? { city: displayCity(city, written), institution: rest } : null;
}
