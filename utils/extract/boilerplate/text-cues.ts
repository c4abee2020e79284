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
  `^(${Object.values(CREDIT_LABELS).join('|')})\\s*([:：\\-–]?)\\s+(.+)$`,
  'iu',
);
/**
 * Arabic labels that are also ordinary words starting a headline ("تقرير أممي …", "حوار خاص"): they need a
 * colon or dash. Latin-script prose is told from names by capitals instead.
 */
const AMBIGUOUS_LABELS = /^(تقرير|حوار|متابعة|إعداد|اعداد|صور)$/u;
/** Words that never stand in a person's name: prepositions, articles, common verbs. */
const NOT_IN_NAMES = new Set(
  'في من على إلى الى عن أن إن التي الذي مع بعد قبل حول يحذر يؤكد قال تقول the a an of to in on at for had has have was were is are with from that this bir ve ile için bu olayı doğruladı'.split(' '),
);

/** True when `name` reads as one or more people's names rather than a phrase of prose. */
function looksLikeName(name: string): boolean {
  if (/[.!?؟;]$/.test(name) || /\d/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 6) return false;
  if (words.some((w) => NOT_IN_NAMES.has(w.toLocaleLowerCase('tr')))) return false;
  // Latin-script names are capitalised ("Ayşe Kaya", "Jane Doe", "Jean-Luc de la Croix").
  return words.every((w) => !/^\p{Script=Latin}/u.test(w) || /^\p{Lu}/u.test(w) || /^(de|la|van|von|der|bin|al|el|da|di|du|le)$/i.test(w));
}

/** A credit line ("كتب: محمد علي", "Haber: Ayşe Kaya", "Fotoğraf: Emre Yücetaş / AA") and whose it is. */
export function creditLine(text: string): { name: string; role: CreditRole } | null {
  if (text.length > 90) return null;
  // Labels are matched in Turkish lower case too, so "HAZIRLAYAN:" finds "Hazırlayan".
  const m = CREDIT_LINE.exec(text) ?? CREDIT_LINE.exec(text.toLocaleLowerCase('tr'));
  if (!m) return null;
  const label = m[1]!;
  if (!m[2] && AMBIGUOUS_LABELS.test(label.toLocaleLowerCase('tr'))) return null;
  const start = text.length - m[3]!.length;
  const name = text.slice(start).replace(/\s*[|•·]\s*.*$/, '').replace(/[:：،,]+$/, '').trim();
  if (!name || !looksLikeName(name.replace(/\s*\/\s*[\p{Lu}]{2,5}$/u, ''))) return null;
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
  const ascii = toAsciiDigits(text);
  const reading = /-?\d+(?:[.,]\d+)?\s*°\s*[CF]?/.exec(ascii);
  // A city and a sky condition around the reading, not a sentence that mentions a temperature.
  return !!reading && text.length <= 60 && ascii.replace(reading[0], ' ').trim().split(/\s+/).filter(Boolean).length <= 4;
}

/** An agency's end-of-item marker and its time stamp ("//انتهى//", "11:20 ت م"). */
export function isEndMarker(text: string): boolean {
  return /^[/\s]*انتهى[/\s]*(?:[\d\u0660-\u0669]{1,2}:[\d\u0660-\u0669]{2}\s*(?:ت\s*م|[صم]|GMT)?)?\s*$/.test(text) || /^[/\s]*(?:son|end|ends)[/\s]*$/i.test(text);
}

const COOKIE_WORDS = /cookie|çerez|kvkk|ملفات تعريف الارتباط|الكوكيز|ملفات الارتباط|سياسة الخصوصية|gizlilik politikası|privacy policy/i;
const CONSENT_WORDS = /(?<!\p{L})(accept|agree|consent|kabul|onayla|anladım|tamam|موافق|أوافق|قبول|أقبل|فهمت)(?!\p{L})/iu;

/** True for a cookie or privacy consent notice. */
export function isConsentNotice(text: string): boolean {
  return text.length <= 700 && COOKIE_WORDS.test(text) && CONSENT_WORDS.test(text);
}

/** True for a bare number, as view and comment counters next to icons show. */
export function isBareCount(text: string): boolean {
  return /^[\d.,٬\s]{1,9}$/.test(toAsciiDigits(text)) && /\d/.test(toAsciiDigits(text));
}

const DISCLAIMER =
  /(لا تعبر عن رأي|لا تعبر بالضرورة عن|تعبر عن رأي (?:أصحابها|كاتبها)|مراجعة التعليقات|سياسة التعليقات|قواعد التعليق|yorumlardan .*sorumlu değildir|okuyucularımıza aittir|yorum kuralları|do not (?:necessarily )?reflect the views|views expressed .* are (?:those|solely)|comments? policy)/i;

/** True for a disclaimer about readers' comments or opinions ("الآراء الواردة أدناه لا تعبر عن رأي الموقع"). */
export function isOpinionDisclaimer(text: string): boolean {
  return text.length <= 400 && DISCLAIMER.test(text);
}
