/**
 * Small handcrafted pages for the pipeline and CLI tests: one Turkish and one Arabic article of realistic
 * length, and the ways to vary them. Every expected value the tests use is written here by hand.
 */

export const TR_TITLE = "Bakan Yılmaz, deprem bölgesindeki konutların yüzde 80'inin tamamlandığını açıkladı";
export const TR_SITE = 'Örnek Haber';
export const TR_PARAGRAPHS = [
  "Çevre, Şehircilik ve İklim Değişikliği Bakanlığı, deprem bölgesindeki kalıcı konut projelerinde son durumu açıkladı. Bakanlık tarafından yapılan yazılı açıklamaya göre, on bir ilde yürütülen çalışmalar kapsamında inşa edilen konutların yüzde 80'i tamamlanarak hak sahiplerine teslim edilmeye hazır hale getirildi.",
  "Açıklamada, Kahramanmaraş, Hatay ve Adıyaman'da yapımı süren konutların önümüzdeki üç ay içinde bitirilmesinin planlandığı belirtildi. Şantiyelerde günlük ortalama kırk bin işçinin çalıştığı, altyapı çalışmalarının ise yerel yönetimlerle eş güdüm içinde sürdürüldüğü ifade edildi.",
  "Bakan Yılmaz, Ankara'da düzenlenen basın toplantısında yaptığı konuşmada, hak sahiplerinin kura çekimlerinin noter huzurunda ve canlı yayınla gerçekleştirileceğini söyledi. Yılmaz, kura sonuçlarının e-Devlet üzerinden de ilan edileceğini, itirazların on beş gün içinde değerlendirileceğini vurguladı.",
  'Konutların depreme dayanıklılığı konusunda da bilgi veren Yılmaz, tüm yapıların güncel deprem yönetmeliğine uygun olarak projelendirildiğini ve bağımsız denetim firmaları tarafından denetlendiğini kaydetti. Zemin etütlerinin her parsel için ayrı ayrı yapıldığını belirten Yılmaz, vatandaşların içinin rahat olmasını istedi.',
  'Bakanlık, köy tipi konutlar için başvuruların yıl sonuna kadar süreceğini hatırlattı. Başvuruların valiliklere ve kaymakamlıklara şahsen ya da e-Devlet üzerinden yapılabileceği, eksik belgeyle yapılan başvuruların değerlendirmeye alınmayacağı bildirildi.',
];

export const AR_TITLE = 'وزير الري يتفقد أعمال تأهيل الترع في محافظة المنيا ويؤكد انتظام توزيع المياه';
export const AR_SITE = 'أخبار مصر';
export const AR_PARAGRAPHS = [
  'تفقد وزير الموارد المائية والري اليوم أعمال تأهيل الترع الجارية في عدد من قرى محافظة المنيا، وذلك في إطار المشروع القومي لتأهيل الترع الذي تنفذه الوزارة بهدف تحسين إدارة المياه وضمان وصولها إلى نهايات الترع في مواعيدها.',
  'وأكد الوزير خلال جولته أن الأعمال المنفذة حتى الآن تجاوزت نسبة خمسة وثمانين في المائة من المستهدف في المحافظة، مشيرا إلى أن الوزارة تتابع معدلات التنفيذ بشكل يومي من خلال غرفة عمليات مركزية تتلقى تقارير المهندسين في المواقع.',
  'واستمع الوزير إلى شرح مفصل من مسؤولي الإدارة العامة للري بالمنيا حول خطة توزيع المياه خلال موسم الزراعات الشتوية، حيث تم الاتفاق على تكثيف أعمال التطهير وإزالة الحشائش قبل بدء مناوبات الري الجديدة.',
  'كما التقى الوزير عددا من المزارعين في قرية بني مزار، واستمع إلى مطالبهم المتعلقة بتوفير المياه في نهايات الترع وتحسين حالة المساقي الخاصة، ووجه بدراسة هذه المطالب والرد عليها خلال أسبوعين.',
  'وشدد الوزير في ختام الجولة على ضرورة التزام جميع الجهات المعنية بالجدول الزمني المحدد للمشروع، مؤكدا أن الحفاظ على كل قطرة مياه مسؤولية مشتركة بين الدولة والمواطنين في ظل التحديات المائية التي تواجهها البلاد.',
];

export interface ArticlePage {
  lang: 'tr' | 'ar';
  title: string;
  siteName: string;
  /** Paragraph texts, inserted as written (they may carry markup). */
  paragraphs: string[];
  /** Extra markup for <head>. */
  head?: string;
  /** Markup between the headline and the body (a date line, a byline). */
  afterHeadline?: string;
  /** Markup right before </body>. */
  afterArticle?: string;
  /** Markup at the very start of <body>. */
  bodyStart?: string;
  /** Whether to write <meta charset="utf-8"> (default true). */
  metaCharset?: string | null;
}

/** A news article page with site chrome (header, navigation, footer) around it. */
export function articleHtml(page: ArticlePage): string {
  const rtl = page.lang === 'ar';
  const nav =
    page.lang === 'tr'
      ? ['Gündem', 'Ekonomi', 'Dünya', 'Spor', 'Yaşam'].map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('')
      : ['أخبار مصر', 'اقتصاد', 'عرب وعالم', 'رياضة', 'منوعات'].map((s, i) => `<li><a href="/section/${i + 1}">${s}</a></li>`).join('');
  const footer = page.lang === 'tr' ? `© 2025 ${page.siteName}. Tüm hakları saklıdır.` : `جميع الحقوق محفوظة © 2025 ${page.siteName}`;
  const charset = page.metaCharset === undefined ? 'utf-8' : page.metaCharset;
  return `<!DOCTYPE html>
<html lang="${page.lang}"${rtl ? ' dir="rtl"' : ''}>
<head>
${charset ? `<meta charset="${charset}">\n` : ''}<title>${page.title} - ${page.siteName}</title>
<meta property="og:site_name" content="${page.siteName}">
<meta property="og:type" content="article">
${page.head ?? ''}
</head>
<body>
${page.bodyStart ?? ''}
<header class="site-header"><a class="logo" href="/">${page.siteName}</a><nav><ul>${nav}</ul></nav></header>
<main>
<article>
<h1>${page.title}</h1>
${page.afterHeadline ?? ''}
<div class="article-body">
${page.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</div>
</article>
</main>
<footer class="site-footer"><p>${footer}</p></footer>
${page.afterArticle ?? ''}
</body>
</html>
`;
}

export const trArticle = (extra: Partial<ArticlePage> = {}): string =>
  articleHtml({ lang: 'tr', title: TR_TITLE, siteName: TR_SITE, paragraphs: TR_PARAGRAPHS, ...extra });

export const arArticle = (extra: Partial<ArticlePage> = {}): string =>
  articleHtml({ lang: 'ar', title: AR_TITLE, siteName: AR_SITE, paragraphs: AR_PARAGRAPHS, ...extra });

/** The record text expected for plain paragraphs: one block each, separated by a blank line. */
export const joinedText = (paragraphs: string[]): string => paragraphs.join('\n\n');

const TR_TEASERS = [
  "Merkez Bankası faiz kararını açıkladı",
  "İstanbul'da metro hattında arıza: seferler aksadı",
  'Meteoroloji uyardı: Karadeniz için sağanak alarmı',
  'Milli takımın aday kadrosu belli oldu',
  'Asgari ücret görüşmelerinde ilk toplantı tarihi netleşti',
  "Ankara'da trafik düzenlemesi: hangi yollar kapalı?",
  'Akaryakıta yeni zam geldi mi? İşte güncel fiyatlar',
  'Üniversite adaylarına tercih uyarısı',
  'Emekli maaşı zammı için hesaplama yapıldı',
  'Deprem bölgesinde yeni okul binaları hizmete açıldı',
  'Altın fiyatlarında son durum',
  'Süper Lig’de haftanın hakemleri açıklandı',
];

/** A news portal's home page: nothing but teasers, each a linked headline with a time and a category. */
export function trHomePage(): string {
  const teasers = TR_TEASERS.map(
    (t, i) =>
      `<div class="card"><a href="/haber/${1000 + i}"><img src="/img/${1000 + i}.jpg" alt=""><h3>${t}</h3></a><span class="cat"><a href="/gundem">Gündem</a></span></div>`,
  ).join('\n');
  return `<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8"><title>Örnek Haber - Son dakika haberleri</title></head>
<body><header><a href="/">Örnek Haber</a><nav><a href="/gundem">Gündem</a> <a href="/ekonomi">Ekonomi</a> <a href="/spor">Spor</a></nav></header>
<main><section class="manset"><h2>Manşet</h2>
${teasers}
</section></main>
<footer><p>© 2025 Örnek Haber</p></footer></body></html>`;
}

const AR_TEASERS = [
  'الحكومة توافق على مشروع قانون الإيجارات القديمة',
  'ارتفاع أسعار الذهب في منتصف تعاملات اليوم',
  'الأرصاد: طقس مائل للبرودة ليلا على أغلب الأنحاء',
  'وزير التعليم يعلن مواعيد امتحانات نصف العام',
  'البنك المركزي يثبت أسعار الفائدة للمرة الثالثة',
  'محافظ القاهرة يتفقد أعمال تطوير المناطق العشوائية',
  'الأهلي يستعد لمواجهة الزمالك في قمة الدوري',
  'افتتاح معرض القاهرة الدولي للكتاب بمشاركة واسعة',
  'وزارة الصحة: حملة قومية للتطعيم ضد شلل الأطفال',
  'انطلاق قطار الحجاز السياحي في رحلته الأولى',
  'تعرف على أسعار الخضروات في سوق العبور',
  'مجلس النواب يناقش تعديلات قانون المرور',
];

/** An Arabic section page: a list of linked headlines with relative times. */
export function arListingPage(): string {
  const items = AR_TEASERS.map(
    (t, i) => `<li class="news-item"><a href="/news/${2000 + i}"><img src="/img/${2000 + i}.jpg" alt="">${t}</a> <span class="time">منذ ${i + 1} ساعات</span></li>`,
  ).join('\n');
  return `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>أخبار مصر - آخر الأخبار</title></head>
<body><header><a href="/">أخبار مصر</a><nav><a href="/section/1">سياسة</a> <a href="/section/2">اقتصاد</a></nav></header>
<main><h1>آخر الأخبار</h1><ul class="news-list">
${items}
</ul><div class="pager"><a href="?page=2">التالي</a></div></main>
<footer><p>جميع الحقوق محفوظة © 2025 أخبار مصر</p></footer></body></html>`;
}

/** Deterministic pseudo-random bytes (a linear congruential generator), standing in for a binary file. */
export function garbageBytes(length: number, seed = 12345): Buffer {
  let state = seed >>> 0;
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}
