/**
 * Words and phrases that label boilerplate on Arabic, Turkish and English pages. Each label names the kind
 * of block it introduces; matching goes through `foldKey`, so spelling variants (اقرأ/إقرأ, أيضا/أيضاً)
 * and case do not matter.
 */

import { foldKey } from '../../text/fold-key';

export type BoilerplateKind =
  | 'read-also'
  | 'related'
  | 'more-news'
  | 'tags'
  | 'share'
  | 'comments'
  | 'newsletter'
  | 'toc'
  | 'ad';

const LABELS: Record<BoilerplateKind, string[]> = {
  // A "read also" label may head a single link, a list, or a whole second article pasted below it.
  'read-also': [
    'اقرأ أيضا', 'إقرأ أيضاً', 'اقرأ ايضا', 'اقرأ كذلك', 'اقرأ ايضاً', 'إقرأ ايضا', 'اقرا ايضا', 'شاهد أيضا', 'شاهد ايضا',
    'طالع أيضا', 'اقرأ أيضا في', 'للمزيد اقرأ', 'ننشر لكم أيضا',
    'İlgili Haber', 'İlgili haberi oku', 'Bunu da okuyun', 'Ayrıca okuyun', 'Okumaya devam et', 'Haberin devamı',
    'Read also', 'Also read', 'See also', 'Read more', 'See more', 'Also see', 'More on this', 'Must read',
    'Bunları da okuyun', 'Bunu da okuyun', 'Kaçırmayın', 'Gözden kaçmasın', 'ننصحك بقراءة', 'لا تفوتك', 'لا يفوتك',
  ],
  related: [
    'موضوعات متعلقة', 'مواضيع متعلقة', 'مواضيع ذات صلة', 'موضوعات ذات صلة', 'أخبار ذات صلة', 'أخبار متعلقة',
    'مقالات ذات صلة', 'مقالات مشابهة', 'أخبار مشابهة', 'مقالات قد تهمك', 'أخبار قد تهمك', 'قد يهمك أيضا', 'قد يهمك',
    'قد يعجبك أيضا', 'قد يعجبك', 'ذات صلة', 'اقرأ المزيد', 'المزيد من الأخبار', 'أخبار أخرى', 'مقالات أخرى',
    'İlgili Haberler', 'İlgili Yazılar', 'İlgili İçerikler', 'Benzer Haberler', 'Benzer Yazılar', 'Benzer İçerikler',
    'Bunlar da ilginizi çekebilir', 'İlginizi çekebilir', 'Bu haberler de ilginizi çekebilir', 'İlgini çekebilir',
    'Related', 'Related links', 'Related articles', 'Related stories', 'Related news', 'Related posts', 'Related content', 'Related coverage',
    'Related topics', 'Recommended', 'Recommended for you', 'You may also like', 'You might also like',
    'More on this story', 'More stories', 'Read next', 'Up next', 'Further reading', "Don't miss", 'Don\u2019t miss',
    'Recommended stories', 'Sponsored stories', 'Around the web', 'From the web', 'More from this section',
  ],
  'more-news': [
    'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولا', 'الأكثر تعليقا', 'الأكثر شعبية', 'آخر الأخبار', 'أحدث الأخبار',
    'أخبار عاجلة', 'عاجل', 'الأخبار', 'آخر الأخبار المحلية', 'المزيد', 'أهم الأخبار', 'اخترنا لك', 'روابط هامة',
    'En Çok Okunanlar', 'En Çok Okunan Haberler', 'En Çok Okunan', 'Çok Okunanlar', 'Çok Okunan Haberler', 'Diğer Haberler',
    'Son Haberler', 'Son Dakika', 'Son Duyurular', 'Duyurular', 'Popüler Haberler', 'Popüler', 'Editörün Seçtikleri',
    'Gündem', 'Öne Çıkanlar', 'Manşet', 'Tüm Haberler', 'Bakanlık Duyuruları', 'Haberler',
    'Most read', 'Most popular', 'Most viewed', 'Most shared', 'Latest news', 'Latest', 'Trending', 'Top stories',
    'Popular', 'Editor\u2019s picks', "Editor's picks", 'More news', 'Also in the news',
  ],
  tags: [
    'كلمات دلالية', 'الكلمات الدلالية', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'الوسوم', 'وسوم', 'تاجز', 'التاجات',
    'العلامات', 'مواضيع', 'موضوعات',
    'Etiketler', 'Etiket', 'Anahtar Kelimeler', 'Anahtar kelime', 'Konular', 'İlgili Konular',
    'Tags', 'Tagged', 'Topics', 'Keywords', 'Filed under',
  ],
  share: [
    'شارك', 'شارك الخبر', 'شارك المقال', 'مشاركة', 'شارك على', 'طباعة', 'اطبع', 'أرسل لصديق', 'أرسل', 'نسخ الرابط',
    'Paylaş', 'Haberi paylaş', 'Bu yazıyı paylaş', 'Sayfayı paylaş', 'Yazdır', 'Paylaşın', 'Linki kopyala',
    'Share', 'Share this', 'Share this article', 'Share on', 'Print', 'Email', 'Tweet', 'Copy link',
  ],
  comments: [
    'التعليقات', 'تعليقات', 'تعليقات القراء', 'أضف تعليق', 'أضف تعليقك', 'اترك تعليقا', 'اكتب تعليقك', 'التعليق',
    'Yorumlar', 'Yorum', 'Yorum Yap', 'Yorum yazın', 'Yorum Yazın', 'Yorumunuzu yazın', 'Okur Yorumları',
    'Comments', 'Comment', 'Leave a comment', 'Leave a reply', 'Add a comment', 'Join the conversation', 'Discussion',
  ],
  newsletter: [
    'النشرة البريدية', 'اشترك في النشرة البريدية', 'اشترك في نشرتنا', 'اشترك الآن', 'النشرة الإخبارية',
    'E-Bülten', 'Bülten', 'E-Bültene Abone Olun', 'Abone Ol', 'Bültenimize abone olun',
    'Newsletter', 'Subscribe', 'Sign up for our newsletter', 'Subscribe to our newsletter', 'Want more stories like this?',
  ],
  toc: [
    'المحتويات', 'محتويات المقال', 'جدول المحتويات', 'فهرس المقال', 'فهرس المحتويات', 'محتوى المقال',
    'İçindekiler', 'İçerik', 'Table of contents', 'Contents', 'In this article', 'Jump to',
  ],
  ad: [
    'إعلان', 'اعلان', 'مساحة إعلانية', 'إعلانات', 'محتوى مدفوع',
    'REKLAM', 'Reklam', 'Reklamlar', 'Sponsorlu', 'Sponsorlu İçerik', 'Reklamı geç',
    'Advertisement', 'Sponsored', 'Sponsored content', 'Ad', 'Advertising', 'Promoted',
  ],
};

/** Strips counts, bullets and the colon that often follow a label: "Yorumlar (12)", "إقرأ أيضاً:". */
function labelKey(text: string, lang?: string): string {
  return foldKey(text.replace(/[\d\u0660-\u0669\u06F0-\u06F9]+/g, ' '), lang).trim();
}

const LABEL_KINDS = new Map<string, BoilerplateKind>();
for (const [kind, labels] of Object.entries(LABELS) as [BoilerplateKind, string[]][]) {
  for (const label of labels) {
    const key = labelKey(label);
    if (!LABEL_KINDS.has(key)) LABEL_KINDS.set(key, kind);
    // Turkish labels are also typed without Turkish casing rules ("İLGİLİ HABERLER").
    const trKey = labelKey(label, 'tr');
    if (!LABEL_KINDS.has(trKey)) LABEL_KINDS.set(trKey, kind);
  }
}
/** First words of all labels: most text starts with none of them and is rejected at once. */
const FIRST_WORDS = new Set([...LABEL_KINDS.keys()].map((k) => k.split(' ')[0]!));

/** Cheap first test: does the text's first word begin any label? */
function startsLikeLabel(text: string): boolean {
  const firstWord = text.replace(/^[\s\p{P}\p{S}]+/u, '').split(/[\s:：\-–—|»(]/, 1)[0] ?? '';
  if (FIRST_WORDS.has(foldKey(firstWord))) return true;
  // Turkish casing differs from the root locale only on I and İ.
  return /[Iİı]/.test(firstWord) && FIRST_WORDS.has(foldKey(firstWord, 'tr'));
}

const LONGEST_LABEL_WORDS = Math.max(...[...LABEL_KINDS.keys()].map((k) => k.split(' ').length));

/** The kind of boilerplate a short text labels, when the whole text is one label. */
export function labelKind(text: string): BoilerplateKind | null {
  if (text.length > 60 || !startsLikeLabel(text)) return null;
  return LABEL_KINDS.get(labelKey(text)) ?? (/[Iİı]/.test(text) ? LABEL_KINDS.get(labelKey(text, 'tr')) : undefined) ?? null;
}

/**
 * The label a text starts with, and the text after it: "اقرأ أيضا: وزير الري يتفقد…" → read-also.
 * Only the first few words are tried, so this is cheap on long paragraphs.
 */
export function leadingLabel(text: string): { kind: BoilerplateKind; rest: string } | null {
  const head = text.slice(0, 80);
  if (!startsLikeLabel(head)) return null;
  const sep = head.search(/[:：\-–—|»]/);
  if (sep > 0) {
    const kind = labelKind(head.slice(0, sep));
    if (kind) return { kind, rest: text.slice(sep + 1).trim() };
  }
  const words = head.split(/\s+/);
  for (let n = Math.min(LONGEST_LABEL_WORDS, words.length - 1); n >= 1; n--) {
    const kind = labelKind(words.slice(0, n).join(' '));
    if (kind) return { kind, rest: text.split(/\s+/).slice(n).join(' ').trim() };
  }
  return null;
}

/** Names of share targets and actions; a line made of nothing else is a share bar. */
const SHARE_WORDS = new Set(
  [
    'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'pint', 'reddit', 'email', 'e', 'mail',
    'posta', 'print', 'share', 'tweet', 'messenger', 'copy', 'link', 'baixar', 'paylaş', 'yazdır', 'gönder', 'kopyala',
    'فيسبوك', 'فيس', 'بوك', 'تويتر', 'واتساب', 'واتس', 'اب', 'تيليجرام', 'تلغرام', 'لينكدإن', 'طباعة', 'شارك', 'مشاركة', 'أرسل',
    'ارسل', 'نسخ', 'الرابط', 'إكس',
  ].flatMap((w) => [foldKey(w), foldKey(w, 'tr')]),
);

/** True for a line of share-button labels only ("Whatsapp Facebook Pint", "فيسبوك تويتر واتساب"). */
export function isShareLine(text: string): boolean {
  const words = foldKey(text).split(' ').filter(Boolean);
  return words.length >= 2 && words.length <= 12 && words.every((w) => SHARE_WORDS.has(w));
}
