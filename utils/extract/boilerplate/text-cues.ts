/**
 * Short lines whose words tell what they are: a source line, a byline, a view counter, a weather reading,
 * an agency's end marker or a cookie notice. Each matcher takes the normalised text of one small block.
 */

import { toAsciiDigits } from '../../text/digits';

const SOURCE_LINE = /^(?:المصدر|مصدر الخبر|نقلا عن|نقلاً عن|Kaynak|Haber Kaynağı|Source)\s*[:：]\s*(.{2,80}?)\s*[.。]?$/i;

/** The outlet named by a source line ("المصدر: صدى البلد" → "صدى البلد"). */
export function sourceLineValue(text: string): string | null {
  if (text.length > 100) return null;
  const m = SOURCE_LINE.exec(text);
  return m ? m[1]!.trim() : null;
}

export type CreditRole = 'author' | 'editor' | 'photo' | 'translator';

const CREDIT_LABELS: Record<CreditRole, string> = {
  author: 'كتب|كتبت|كتبه|بقلم|إعداد|اعداد|تقرير|حوار|متابعة|Haber|Muhabir|Yazan|Yazar|Röportaj|Written by|By|Report by',
  editor: 'تحرير|مراجعة|Editör|Editor|Hazırlayan|Derleyen|Edited by',
  photo: 'تصوير|عدسة|صور|Fotoğraf|Foto|Fotoğraflar|Görüntü|Kamera|Photo|Photos|Photograph by',
  translator: 'ترجمة|Çeviri|Translated by',
};
const CREDIT_LINE = new RegExp(
  `^(?:${Object.values(CREDIT_LABELS).join('|')})\\s*[:：\\-–]?\\s+(.+)$`,
  'iu',
);

/** A credit line ("كتب: محمد علي", "Haber: Ayşe Kaya", "Fotoğraf: Emre Yücetaş / AA") and whose it is. */
export function creditLine(text: string): { name: string; role: CreditRole } | null {
  if (text.length > 90) return null;
  const m = CREDIT_LINE.exec(text);
  if (!m) return null;
  const name = m[1]!.replace(/\s*[|•·]\s*.*$/, '').replace(/[:：،,]+$/, '').trim();
  const words = name.split(/\s+/);
  if (!name || words.length > 7 || /[.!?؟]$/.test(name)) return null;
  const label = text.slice(0, text.length - m[1]!.length).replace(/[\s:：\-–]+$/, '');
  const role = (Object.keys(CREDIT_LABELS) as CreditRole[]).find((r) => new RegExp(`^(?:${CREDIT_LABELS[r]})$`, 'iu').test(label)) ?? 'author';
  return { name, role };
}

/** The author's name on a byline line ("كتب: محمد علي", "Haber: Ayşe Kaya", "By Jane Doe"). */
export function bylineLineValue(text: string): string | null {
  const credit = creditLine(text);
  return credit?.role === 'author' ? credit.name : null;
}

const VIEW_COUNTER =
  /^(?:(?:عدد المشاهدات|عدد القراءات|المشاهدات|مشاهدات|قراءات|Okunma|Okunma sayısı|Görüntülenme|Görüntüleme|Hit|Views?|Reads?)\s*[:：]?\s*[\d.,٬\s]+|[\d.,٬]+\s*(?:مشاهدة|مشاهدات|قراءة|قراءات|views?|reads?|okunma|kez okundu|görüntülenme|hit))$/i;

/** True for a view counter ("Okunma: 1.234", "3٬512 مشاهدة", "1,204 views"). */
export function isViewCounter(text: string): boolean {
  return text.length <= 40 && VIEW_COUNTER.test(toAsciiDigits(text).trim());
}

/** True for a weather reading ("İstanbul 12°C Parçalı Bulutlu", "7.9°", "القاهرة 24° صحو"). */
export function isWeatherReading(text: string): boolean {
  return text.length <= 60 && /-?\d+(?:[.,]\d+)?\s*°\s*[CF]?/.test(toAsciiDigits(text));
}

/** An agency's end-of-item marker and its time stamp ("//انتهى//", "11:20 ت م"). */
export function isEndMarker(text: string): boolean {
  return /^[/\s]*انتهى[/\s]*$/.test(text) || /^[/\s]*(?:son|end|ends)[/\s]*$/i.test(text);
}

const COOKIE_WORDS = /cookie|çerez|kvkk|ملفات تعريف الارتباط|الكوكيز|ملفات الارتباط|سياسة الخصوصية|gizlilik politikası|privacy policy/i;
const CONSENT_WORDS = /accept|agree|consent|kabul|onayla|anladım|tamam|موافق|أوافق|قبول|أقبل|فهمت/i;

/** True for a cookie or privacy consent notice. */
export function isConsentNotice(text: string): boolean {
  return text.length <= 700 && COOKIE_WORDS.test(text) && CONSENT_WORDS.test(text);
}

/** True for a bare number, as view and comment counters next to icons show. */
export function isBareCount(text: string): boolean {
  return /^[\d.,٬\s]{1,9}$/.test(toAsciiDigits(text));
}

const DISCLAIMER =
  /(لا تعبر عن رأي|لا تعبر بالضرورة عن|تعبر عن رأي (?:أصحابها|كاتبها)|مراجعة التعليقات|سياسة التعليقات|قواعد التعليق|yorumlardan .*sorumlu değildir|okuyucularımıza aittir|yorum kuralları|do not (?:necessarily )?reflect the views|views expressed .* are (?:those|solely)|comments? policy)/i;

/** True for a disclaimer about readers' comments or opinions ("الآراء الواردة أدناه لا تعبر عن رأي الموقع"). */
export function isOpinionDisclaimer(text: string): boolean {
  return text.length <= 400 && DISCLAIMER.test(text);
}
