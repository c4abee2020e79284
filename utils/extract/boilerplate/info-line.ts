/**
 * Reads the small "info lines" around a headline: dates with their labels, bylines and counters, as in
 * "Güncel 9.06.2023 13:46:39 0" or "كتب: محمد علي - الإثنين، ٢٤ أغسطس ٢٠٢٠ ٠١:١٥ م".
 */

import { parseDateText, type ParsedDate } from '../../dates/parse-date-text';
import { creditLine } from './text-cues';

export type DateRole = 'published' | 'modified';

export interface InfoLine {
  dates: Array<{ parsed: ParsedDate; role: DateRole; text: string }>;
  byline: string | null;
}

/**
 * Every date form has a numeric date or time, a four-digit year, or a relative-date word; anything else is
 * rejected before parsing ("5 yorum", "12 fotoğraf" never reach the parser).
 */
const MAY_HOLD_DATE =
  /[0-9\u0660-\u0669\u06F0-\u06F9]{1,4}\s*[./\-:]\s*[0-9\u0660-\u0669\u06F0-\u06F9]|(?:19|20|١٩|٢٠|۱۹|۲۰)[0-9\u0660-\u0669\u06F0-\u06F9]{2}|منذ|قبل|أمس|امس|اليوم|önce|dün|bugün|ago|yesterday|today|now|şimdi/i;

const MODIFIED_LABEL = /(güncelle|son güncel|düzenlen|تحديث|حدث في|عدل في|updated|modified|last edit)/i;
const LABEL_WORDS =
  /(güncel(leme|lenme)?|son güncelleme|yayın(lanma)?( tarihi)?|oluşturulma|eklenme( tarihi)?|yayımlanma|kayıt tarihi|tarih|giriş|saat|haber tarihi|نشر في|نشر بتاريخ|تاريخ النشر|تاريخ الخبر|نشر|آخر تحديث|تحديث|بتاريخ|الساعة|التاريخ|published|updated|posted|last updated|modified|date|on|at|في|الموافق)/giu;

const WEEKDAYS =
  /(?:^|\s|[,،])(?:الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=$|\s|[,،])/giu;
const SEPARATORS = /^[\s|/\\\-–—•·,،:]+|[\s|/\\\-–—•·,،:]+$/g;

/** What is left of a line once dates, weekdays, date labels and counters are taken out. */
function leftovers(text: string): string {
  return text
    .replace(WEEKDAYS, ' ')
    .replace(LABEL_WORDS, ' ')
    .replace(/[\d\u0660-\u0669\u06F0-\u06F9.,:;|/\\\-–—•·()[\]'"«»]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function letterCount(text: string): number {
  return text.replace(/[^\p{L}]/gu, '').length;
}

const UPDATE_TIME = /(?:آخر تحديث|تم التحديث|تحديث|Güncelleme|Son güncelleme|Updated|Last updated)\s*[:：]?\s*(?:في|saat|at)?\s*([\d\u0660-\u0669]{1,2}[:.][\d\u0660-\u0669]{2}[^|]{0,24})/i;

/** "…28 آب 2013، آخر تحديث 15:40 (GMT+0400)": an update time that leans on the date written before it. */
function updateTimeOnSameDay(rest: string, date: ParsedDate, options: { now: Date; zone: string | null }): InfoLine['dates'][number] | null {
  const m = UPDATE_TIME.exec(rest);
  if (!m) return null;
  const { year, month, day } = date.wall;
  const onDay = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${m[1]}`;
  const parsed = parseDateText(onDay, { now: options.now, zone: options.zone });
  return parsed && parsed.wall.hour !== undefined ? { parsed: { ...parsed, matched: m[0] }, role: 'modified', text: m[0] } : null;
}

/**
 * Classifies one short line. Returns null when it is prose rather than an info line: a line is an info line
 * when, after its dates, date labels, counters and byline are taken out, almost nothing is left.
 */
export function readInfoLine(text: string, options: { now: Date; zone: string | null }): InfoLine | null {
  if (text.length > 160 || !MAY_HOLD_DATE.test(text)) return null;
  const dates: InfoLine['dates'] = [];
  let rest = text;
  for (let i = 0; i < 3; i++) {
    const parsed = parseDateText(rest, { now: options.now, zone: options.zone });
    if (!parsed) break;
    const at = rest.indexOf(parsed.matched);
    const before = at >= 0 ? rest.slice(Math.max(0, at - 30), at) : '';
    dates.push({ parsed, role: MODIFIED_LABEL.test(before) ? 'modified' : 'published', text: parsed.matched });
    rest = at >= 0 ? `${rest.slice(0, at)} | ${rest.slice(at + parsed.matched.length)}` : rest.replace(parsed.matched, ' | ');
  }
  if (!dates.length) return null;
  const update = updateTimeOnSameDay(rest, dates[0]!.parsed, options);
  if (update) {
    dates.push(update);
    rest = rest.replace(update.text, ' | ');
  }
  // "كتب: محمد علي - 24 أغسطس 2020", "كتب - أحمد الشامي: منذ ساعتين": what is left may be a credit line,
  // and a short name must not be mistaken for leftover noise.
  const withoutWeekdays = rest.replace(WEEKDAYS, ' ');
  const candidates = [withoutWeekdays.replace(/\s*\|\s*/g, ' ').replace(SEPARATORS, ''), ...withoutWeekdays.split(/\s*[|•·]\s*/)];
  for (const candidate of candidates) {
    const part = candidate.replace(SEPARATORS, '').trim();
    const credit = creditLine(part);
    if (!credit) continue;
    const others = leftovers(withoutWeekdays.replace(candidate, ' '));
    if (letterCount(others) <= 12) return { dates, byline: credit.role === 'author' ? credit.name : null };
  }
  return letterCount(leftovers(rest)) <= 12 ? { dates, byline: null } : null;
}
