/** Language and direction of an article: declared tags checked against the script of the text itself. */

import type { TextDirection } from '../../record/article-record';
import { scriptStats } from '../../text/script-stats';

const RTL_LANGS = new Set(['ar', 'fa', 'ur', 'he', 'iw', 'yi', 'ps', 'ckb', 'dv', 'sd', 'ug', 'ku-arab']);
const ARABIC_SCRIPT_LANGS = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug']);
const NAMES: Record<string, string> = { arabic: 'ar', turkish: 'tr', english: 'en', persian: 'fa', farsi: 'fa', 'türkçe': 'tr', 'عربي': 'ar', 'العربية': 'ar' };

/** Turkish function words that other Latin-script languages do not share (no "de", "en", "o"). */
const TURKISH_WORDS = new Set('ve bir bu ile için olarak olan çok daha gibi sonra ancak kadar ise göre tarafından yılında ayrıca olduğu değil şu her ilgili üzere yapılan'.split(' '));
const ENGLISH_WORDS = new Set('the and of to in is that for with on as was by at from it be are this an which have has were'.split(' '));
const PERSIAN_WORDS = new Set('در به از که این را با است برای های می آن شده'.split(' '));

/** The primary language subtag of a declared tag ("ar_EG" → "ar", "Turkish" → "tr"), or null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const t = tag.trim().toLowerCase().replace(/_/g, '-');
  if (NAMES[t]) return NAMES[t]!;
  const m = /^([a-z]{2,3})(?:-|$)/.exec(t);
  if (!m || m[1] === 'und' || m[1] === 'mul' || m[1] === 'zxx') return null;
  return m[1] === 'iw' ? 'he' : m[1]!;
}

/** Text direction of a language tag. */
export function directionOf(lang: string): TextDirection {
  // A script subtag decides for languages written in more than one script (ku-Arab, az-Arab).
  if (/-(arab|hebr|thaa|syrc|nkoo)\b/i.test(lang)) return 'rtl';
  if (/-(latn|cyrl)\b/i.test(lang)) return 'ltr';
  return RTL_LANGS.has(primaryLanguage(lang) ?? lang) ? 'rtl' : 'ltr';
}

function wordShare(words: string[], set: Set<string>): number {
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return words.length ? n / words.length : 0;
}

/** The language the text itself is written in, when its script and common words make that clear. */
export function languageFromText(text: string): string | null {
  const sample = text.length > 6000 ? text.slice(0, 6000) : text;
  const s = scriptStats(sample);
  const letters = s.arabic + s.hebrew + s.latin + s.other;
  if (letters < 20) return null;
  if (s.arabic > letters * 0.5) {
    const words = sample.split(/[\s\p{P}]+/u);
    return s.persianLetters > s.arabic * 0.01 && wordShare(words, PERSIAN_WORDS) > 0.04 ? 'fa' : 'ar';
  }
  if (s.hebrew > letters * 0.5) return 'he';
  if (s.latin > letters * 0.5) {
    const words = sample.toLocaleLowerCase('tr').split(/[\s\p{P}]+/u);
    const tr = wordShare(words, TURKISH_WORDS) + (s.turkishLetters / s.latin) * 2;
    const en = wordShare(words, ENGLISH_WORDS);
    if (tr > 0.05 && tr > en && s.turkishLetters > 0) return 'tr';
    if (en > 0.05 && en > tr) return 'en';
    return 'latin';
  }
  return null;
}

function sameScript(declared: string, detected: string): boolean {
  if (detected === 'latin') return !ARABIC_SCRIPT_LANGS.has(declared) && declared !== 'he';
  if (ARABIC_SCRIPT_LANGS.has(detected)) return ARABIC_SCRIPT_LANGS.has(declared);
  return declared === detected;
}

/**
 * Decides `lang` and `dir`. A declared tag is kept when the text is in that tag's script (so a page
 * tagged `fr` in Latin script stays French); a tag that contradicts the text (`lang="en"` on Arabic)
 * loses to the text. Never returns an empty language: `und` when nothing is known.
 */
export function decideLanguage(declared: Array<string | null | undefined>, text: string): { lang: string; dir: TextDirection } {
  const detected = languageFromText(text);
  const tags = declared.map(primaryLanguage).filter((t): t is string => !!t);
  let lang: string;
  if (!detected) lang = tags[0] ?? 'und';
  else if (detected === 'tr' || detected === 'en') lang = tags.find((t) => t === detected) ?? (tags[0] && sameScript(tags[0], 'latin') && tags[0] !== 'tr' && tags[0] !== 'en' ? tags[0] : detected);
  else lang = tags.find((t) => sameScript(t, detected)) ?? detected;
  if (lang === 'latin') lang = 'und';
  return { lang, dir: directionOf(lang) };
}
