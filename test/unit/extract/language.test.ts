import { describe, expect, it } from 'vitest';
import { decideLanguage, directionOf, languageFromText, primaryLanguage } from '../../../utils/extract/metadata/language';

const AR = 'أعلنت وزارة الصحة المصرية اليوم عن تسجيل حالات جديدة في عدد من المحافظات، وأكدت أن الوضع تحت السيطرة.';
const TR = 'Sağlık Bakanlığı bugün yaptığı açıklamada, yeni vakaların birçok ilde tespit edildiğini ve durumun kontrol altında olduğunu bildirdi.';
const EN = 'The ministry of health announced on Monday that new cases were recorded in several provinces and that the situation is under control.';
const FR = 'Le ministère de la Santé a annoncé lundi que de nouveaux cas ont été enregistrés dans plusieurs provinces et que la situation est sous contrôle.';
const ES = 'El ministerio de salud anunció el lunes que se registraron nuevos casos en varias provincias y que la situación está bajo control.';
const FA = 'وزارت بهداشت ایران امروز اعلام کرد که موارد جدید در چند استان ثبت شده است و این وضعیت تحت کنترل است برای مردم.';
const HE = 'משרד הבריאות הודיע היום כי נרשמו מקרים חדשים בכמה מחוזות וכי המצב בשליטה מלאה.';

describe('primaryLanguage', () => {
  it.each<[string | null | undefined, string | null]>([
    ['ar', 'ar'],
    ['ar_EG', 'ar'],
    ['ar-SA', 'ar'],
    ['tr-TR', 'tr'],
    ['EN-us', 'en'],
    [' fr ', 'fr'],
    ['Turkish', 'tr'],
    ['TÜRKÇE', 'tr'],
    ['Arabic', 'ar'],
    ['العربية', 'ar'],
    ['farsi', 'fa'],
    ['iw', 'he'],
    ['ckb', 'ckb'],
    ['und', null],
    ['mul', null],
    ['zxx', null],
    ['x-default', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });
});

describe('directionOf', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['he', 'rtl'],
    ['iw', 'rtl'],
    ['ckb', 'rtl'],
    ['tr', 'ltr'],
    ['en-US', 'ltr'],
    ['fr', 'ltr'],
    ['und', 'ltr'],
  ])('%s → %s', (lang, dir) => {
    expect(directionOf(lang)).toBe(dir);
  });

  it('gives rtl for Kurdish in Arabic script (ku-Arab)', () => {
    expect(directionOf('ku-Arab')).toBe('rtl');
  });
});

describe('languageFromText', () => {
  it.each([
    ['Arabic', AR, 'ar'],
    ['Turkish', TR, 'tr'],
    ['English', EN, 'en'],
    ['Persian', FA, 'fa'],
    ['Hebrew', HE, 'he'],
  ])('%s text → %s', (_name, text, expected) => {
    expect(languageFromText(text)).toBe(expected);
  });

  it('returns null for too little text', () => {
    expect(languageFromText('Merhaba')).toBeNull();
    expect(languageFromText('مرحبا بكم')).toBeNull();
    expect(languageFromText('2024 — 14.03 — 10:30 !!!')).toBeNull();
  });

  it('reads only the first 6,000 characters', () => {
    expect(languageFromText(AR.repeat(60) + EN.repeat(200))).toBe('ar');
  });

  it('does not take French prose for Turkish', () => {
    expect(languageFromText(FR)).not.toBe('tr');
  });
  it('does not take Spanish prose for Turkish', () => {
    expect(languageFromText(ES)).not.toBe('tr');
  });
});

describe('decideLanguage', () => {
  it.each<[string, Array<string | null | undefined>, string, string, 'ltr' | 'rtl']>([
    ['lang="en" on Arabic text', ['en'], AR, 'ar', 'rtl'],
    ['lang="en-US" (WordPress default) on Turkish text', ['en-US'], TR, 'tr', 'ltr'],
    ['lang="tr" on English text', ['tr'], EN, 'en', 'ltr'],
    ['no lang on Turkish text', [], TR, 'tr', 'ltr'],
    ['no lang on Arabic text', [], AR, 'ar', 'rtl'],
    ['no lang on English text', [], EN, 'en', 'ltr'],
    ['fr on French text', ['fr'], FR, 'fr', 'ltr'],
    ['ar-EG on Arabic text', ['ar-EG'], AR, 'ar', 'rtl'],
    ['first usable tag wins', [null, '', 'tr-TR'], TR, 'tr', 'ltr'],
    ['ar declared on Persian text (same script) stays ar', ['ar'], FA, 'ar', 'rtl'],
    ['no lang on Persian text', [], FA, 'fa', 'rtl'],
    ['tr declared on Arabic text', ['tr'], AR, 'ar', 'rtl'],
    ['too little text: declared tag', ['ar-EG'], 'قصير', 'ar', 'rtl'],
    ['too little text: declared Turkish', ['tr'], 'kısa', 'tr', 'ltr'],
    ['too little text, nothing declared', [], 'kısa', 'und', 'ltr'],
    ['too little text, und declared', ['und'], 'kısa', 'und', 'ltr'],
  ])('%s', (_name, declared, text, lang, dir) => {
    expect(decideLanguage(declared, text)).toEqual({ lang, dir });
  });

  it('never returns an empty language', () => {
    expect(decideLanguage([], '').lang).toBe('und');
  });
});
