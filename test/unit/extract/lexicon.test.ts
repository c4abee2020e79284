import { describe, expect, it } from 'vitest';
import { isShareLine, labelKind, leadingLabel, type BoilerplateKind } from '../../../utils/extract/boilerplate/lexicon';

describe('labelKind: labels in Arabic, Turkish and English', () => {
  it.each<[string, BoilerplateKind]>([
    // read-also, with the usual spelling variants
    ['إقرأ أيضاً', 'read-also'],
    ['اقرأ أيضا', 'read-also'],
    ['اقرأ أيضًا:', 'read-also'],
    ['اقرأ ايضاً', 'read-also'],
    ['إقرأ أيضـــاً', 'read-also'],
    ['» İlgili Haber', 'read-also'],
    ['KAÇIRMAYIN', 'read-also'],
    ['Read more', 'read-also'],
    // related
    ['İLGİLİ HABERLER', 'related'],
    ['İlgili Haberler', 'related'],
    ['ILGILI HABERLER', 'related'],
    ['BUNLAR DA İLGİNİZİ ÇEKEBİLİR', 'related'],
    ['مواضيع ذات صلة', 'related'],
    ['أخبار ذات صلة', 'related'],
    ['Related articles', 'related'],
    ['You may also like', 'related'],
    // more-news
    ['En Çok Okunanlar', 'more-news'],
    ['EN ÇOK OKUNANLAR', 'more-news'],
    ['الأكثر قراءة', 'more-news'],
    ['Son Dakika', 'more-news'],
    ['Most read', 'more-news'],
    // tags
    ['Etiketler:', 'tags'],
    ['ETİKETLER', 'tags'],
    ['الكلمات الدلالية:', 'tags'],
    ['كلمات دلالية', 'tags'],
    ['Tags', 'tags'],
    // share
    ['Paylaş', 'share'],
    ['PAYLAŞ', 'share'],
    ['Share this article', 'share'],
    ['شارك الخبر', 'share'],
    // comments, with counts
    ['Yorumlar (12)', 'comments'],
    ['YORUMLAR (٣)', 'comments'],
    ['التعليقات (5)', 'comments'],
    ['Okur Yorumları (3)', 'comments'],
    ['Leave a comment', 'comments'],
    ['أضف تعليق', 'comments'],
    // newsletter
    ['E-Bülten', 'newsletter'],
    ['اشترك في النشرة البريدية', 'newsletter'],
    ['Subscribe to our newsletter', 'newsletter'],
    // table of contents
    ['İçindekiler', 'toc'],
    ['جدول المحتويات', 'toc'],
    ['Table of contents', 'toc'],
    // ads
    ['- Reklam -', 'ad'],
    ['REKLAM', 'ad'],
    ['Sponsorlu İçerik', 'ad'],
    ['إعلان', 'ad'],
    ['مساحة إعلانية', 'ad'],
    ['Advertisement', 'ad'],
  ])('%s → %s', (text, kind) => {
    expect(labelKind(text)).toBe(kind);
  });

  it.each([
    ['Paylaşım ekonomisi büyüyor'],
    ['Yorumcular maçı değerlendirdi'],
    ['Reklamcılar Derneği açıklama yaptı'],
    ['Etiket fiyatları yükseldi'],
    ['Gündemdeki gelişmeler'],
    ['Share prices fell sharply on Monday'],
    ['Related parties must disclose'],
    ['Advertisements were banned by the government'],
    ['Printing press'],
    ['اقرأ المقال كاملا على موقعنا'],
    ['التعليقات السياسية تصاعدت'],
    ['وزير الخارجية يلتقي نظيره'],
    [''],
  ])('prose is not a label: %j', (text) => {
    expect(labelKind(text)).toBeNull();
  });

  it('rejects anything longer than a label could be', () => {
    expect(labelKind(`İlgili Haberler ${' '.repeat(60)}`)).toBeNull();
  });

  it('reads an upper-case Turkish label with a count (OKUR YORUMLARI (3))', () => {
    expect(labelKind('OKUR YORUMLARI (3)')).toBe('comments');
  });
});

describe('leadingLabel: a label and the text after it', () => {
  it.each<[string, BoilerplateKind, string]>([
    ['اقرأ أيضا: وزير الري يتفقد مشروعات الصرف', 'read-also', 'وزير الري يتفقد مشروعات الصرف'],
    ['إقرأ أيضاً: وزير الري', 'read-also', 'وزير الري'],
    ['اقرأ أيضا وزير الري يتفقد', 'read-also', 'وزير الري يتفقد'],
    ['İlgili Haber: Bakan Fidan Kahire’de', 'read-also', 'Bakan Fidan Kahire’de'],
    ['Etiketler: Ankara, ekonomi', 'tags', 'Ankara, ekonomi'],
    ['ETİKETLER: Ankara, ekonomi', 'tags', 'Ankara, ekonomi'],
    ['Read also - Markets rally', 'read-also', 'Markets rally'],
    ['الكلمات الدلالية | مصر، السيسي', 'tags', 'مصر، السيسي'],
    ['Son Dakika » Deprem', 'more-news', 'Deprem'],
  ])('%s → %s + %j', (text, kind, rest) => {
    expect(leadingLabel(text)).toEqual({ kind, rest });
  });

  it.each([
    ['Paylaşım ekonomisi büyüyor'],
    ['Yorumcular maçı değerlendirdi'],
    ['Reklamcılar Derneği açıklama yaptı'],
    ['Etiketleme zorunlu hale geldi'],
    ['Popülerlik kazandı'],
    ['Kaçırılan çocuk bulundu'],
    ['الأخباريون يجتمعون'],
    ['وزير الخارجية: لا تراجع'],
    ['Bakan açıkladı: Yeni dönem başlıyor'],
  ])('a sentence starting with a look-alike word has no label: %j', (text) => {
    expect(leadingLabel(text)).toBeNull();
  });
});

describe('isShareLine', () => {
  it.each([
    ['Whatsapp Facebook Pint'],
    ['فيسبوك تويتر واتساب'],
    ['Facebook Twitter'],
    ['Paylaş Facebook Twitter WhatsApp'],
    ['Facebook Twitter Kopyala Yazdır'],
    ['فيس بوك تويتر'],
    ['طباعة شارك'],
    ['Telegram X Linkedin'],
  ])('%s is a share bar', (text) => {
    expect(isShareLine(text)).toBe(true);
  });

  it.each([
    ['Facebook'], // one word is not a bar
    ['Facebook Twitter haberi'],
    ['Facebook ve Twitter hesaplarında paylaştı'],
    ['Bakan Twitter hesabından paylaştı'],
    ['Facebook Twitter Whatsapp Telegram Linkedin Pinterest Reddit Email Print Copy Link Share Tweet'], // > 12 words
    [''],
  ])('%s is not a share bar', (text) => {
    expect(isShareLine(text)).toBe(false);
  });

  it('knows E-posta and E-mail as share buttons', () => {
    expect(isShareLine('Facebook Twitter E-posta')).toBe(true);
    expect(isShareLine('Facebook Twitter E-mail')).toBe(true);
  });

  it('reads upper-case English button names (TWITTER FACEBOOK LINKEDIN)', () => {
    expect(isShareLine('TWITTER FACEBOOK LINKEDIN')).toBe(true);
  });
});
