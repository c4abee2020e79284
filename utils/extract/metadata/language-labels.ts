/**
 * What language switchers call languages: autonyms, English, Turkish and Arabic names, and the short
 * codes ministry sites print in their top bars ("EN", "TR", "ع"). Declared data, read by `languageOfLabel`.
 */

import { foldKey } from '../../text/fold-key';

/** Labels by primary language subtag; matched after folding case, diacritics and Arabic letter variants. */
const LABELS: Record<string, string[]> = {
  en: ['English', 'EN', 'ENG', 'İngilizce', 'Ingilizce', 'الإنجليزية', 'الانجليزية', 'الإنكليزية', 'إنجليزي', 'انجليزي', 'إنكليزي', 'Anglais'],
  tr: ['Türkçe', 'TR', 'TUR', 'Turkish', 'التركية', 'تركي', 'Turc', 'Türkisch'],
  ar: ['العربية', 'عربي', 'عربى', 'ع', 'AR', 'ARA', 'Arabic', 'Arapça', 'Arabe', 'Arabisch'],
  fr: ['Français', 'FR', 'FRA', 'French', 'Fransızca', 'الفرنسية', 'فرنسي', 'Französisch'],
  de: ['Deutsch', 'DE', 'DEU', 'German', 'Almanca', 'الألمانية', 'ألماني', 'Allemand'],
  ru: ['Русский', 'RU', 'RUS', 'Russian', 'Rusça', 'الروسية', 'روسي', 'Russe'],
  fa: ['فارسی', 'FA', 'Persian', 'Farsi', 'Farsça', 'الفارسية', 'Persan'],
  es: ['Español', 'ES', 'ESP', 'Spanish', 'İspanyolca', 'الإسبانية', 'Espagnol'],
  zh: ['中文', '简体中文', '繁體中文', 'ZH', 'Chinese', 'Çince', 'الصينية', 'Chinois'],
  ku: ['Kurdî', 'Kurdî (Kurmancî)', 'Kurdish', 'Kürtçe', 'الكردية'],
  ckb: ['کوردی', 'سۆرانی', 'Sorani'],
  ur: ['اردو', 'اُردُو', 'UR', 'Urdu', 'Urduca', 'الأردية'],
  az: ['Azərbaycan', 'Azərbaycanca', 'AZ', 'Azerbaijani', 'Azerice', 'الأذرية'],
  it: ['Italiano', 'IT', 'Italian', 'İtalyanca', 'الإيطالية'],
  pt: ['Português', 'PT', 'Portuguese', 'Portekizce', 'البرتغالية'],
  he: ['עברית', 'HE', 'Hebrew', 'İbranice', 'العبرية'],
  el: ['Ελληνικά', 'EL', 'Greek', 'Yunanca', 'اليونانية'],
  bs: ['Bosanski', 'BS', 'Bosnian', 'Boşnakça'],
  ka: ['ქართული', 'KA', 'Georgian', 'Gürcüce'],
  uz: ['Oʻzbekcha', 'Ozbekcha', 'UZ', 'Uzbek', 'Özbekçe'],
  kk: ['Қазақша', 'Qazaqsha', 'KK', 'Kazakh', 'Kazakça'],
  ja: ['日本語', 'JA', 'Japanese', 'Japonca', 'اليابانية'],
};

/** Codes ("EN", "ع") name a language only inside a language menu; full names ("中文" too) are clearer. */
const SHORT_LABEL = /^([a-z]{2,3}|\p{L})$/iu;

function labelKey(text: string): string {
  return foldKey(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
}

/** Words around a language name in a switcher label: "English version", "النسخة العربية", "Read in English". */
const FILLER_WORDS = new Set(
  ['version', 'site', 'website', 'page', 'in', 'read', 'sürümü', 'sürüm', 'sayfa', 'dil', 'language', 'langue', 'النسخة', 'نسخة', 'باللغة', 'اللغة', 'الموقع', 'موقع'].map(labelKey),
);

const BY_KEY = new Map<string, { lang: string; short: boolean }>();
for (const [lang, labels] of Object.entries(LABELS)) {
  for (const label of labels) BY_KEY.set(labelKey(label), { lang, short: SHORT_LABEL.test(label) });
}

/** The primary subtags the label table knows: the only ones a URL pattern may be read as. */
export const KNOWN_LANGUAGES: ReadonlySet<string> = new Set(Object.keys(LABELS));

export interface LabelLanguage {
  lang: string;
  /** True for a code like "EN" or "ع", which is a language name only inside a language menu. */
  short: boolean;
}

/** The language a switcher label names ("English", "Türkçe", "عربي", "EN", "English version"), or null. */
export function languageOfLabel(text: string): LabelLanguage | null {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed || trimmed.length > 40) return null;
  const key = labelKey(trimmed);
  const direct = BY_KEY.get(key);
  if (direct) return direct;
  const core = key.split(' ').filter((word) => !FILLER_WORDS.has(word)).join(' ');
  const named = core && core !== key ? BY_KEY.get(core) : undefined;
  // With filler words around it, only a full name counts: "EN site" is not a label anyone writes.
  return named && !named.short ? named : null;
}
