/**
 * Broken, huge and oddly encoded pages, as bytes a server would send. The Node tests run each one through
 * `decodeHtml`, `parseHtmlDocument` and `extractArticle` and through the batch command; browser tests
 * serve the same bytes on 127.0.0.1 (with `contentType` as the Content-Type header, which never names a
 * charset, so the page's own declaration decides as it would on a legacy site) and clip them.
 * The article texts are written for these pages; every expected snippet is one of their sentences.
 */

import { encodeWindows1254, encodeWindows1256 } from '../cli/code-pages';

export interface BrokenPage {
  /** Unique, URL-safe: usable as a file name and a path segment. */
  slug: string;
  description: string;
  /** The Content-Type header to serve the page with. */
  contentType: string;
  /** The page's bytes, built on each call (some are megabytes; call once per use). */
  body: () => Uint8Array;
  /** What clipping the page must give: a record, the no-article outcome, or either (never a crash). */
  expect: 'article' | 'no-article' | 'either';
  /** A sentence fragment the record's `text` must contain when `expect` is `article`. */
  expectedTextSnippet?: string;
}

export const TR_TITLE = "Milli Ağaçlandırma Günü'nde 81 ilde 21 milyon fidan toprakla buluştu";
export const TR_PARAGRAPHS = [
  'Tarım ve Orman Bakanlığı, 11 Kasım Milli Ağaçlandırma Günü kapsamında 81 ilde eş zamanlı olarak düzenlenen etkinliklerde 21 milyon fidanın toprakla buluşturulduğunu açıkladı. Bakanlıktan yapılan yazılı açıklamada, etkinliklere kamu kurumları, belediyeler, üniversiteler ve sivil toplum kuruluşlarından yaklaşık 2 milyon gönüllünün katıldığı belirtildi.',
  "İzmir'deki ağaçlandırma törenine katılan öğrenciler, güneşli bir sabahta kızılçam ve fıstıkçamı fidanlarını yangından etkilenen yamaçlara dikti. Törende konuşan Orman Genel Müdürü, yangın sonrası rehabilitasyon çalışmalarının bilimsel esaslara göre yürütüldüğünü, doğal gençleşmenin yetersiz kaldığı alanlarda dikim yapıldığını söyledi.",
  "Açıklamada, bu yıl dikilen fidanların yüzde 60'ının orman fidanlıklarında yerli tohumdan yetiştirildiği, türlerin ise her bölgenin iklim ve toprak özelliklerine göre seçildiği vurgulandı. Kuraklığa dayanıklı türlerin payının son üç yılda iki katına çıktığı kaydedildi.",
  'Bakanlık, dikim sonrasında fidanların bakımının da planlandığını bildirdi. Buna göre ilk iki yıl boyunca sulama, ot alma ve çapalama işlemlerinin orman işletme müdürlükleri tarafından yapılacağı, tutma oranlarının ise uydu görüntüleri ve arazi ölçümleriyle izleneceği ifade edildi.',
  'Vatandaşların da fidan bağışı kampanyasına katılabileceği hatırlatılan açıklamada, bağışların e-Devlet üzerinden ya da orman işletme şefliklerine başvurularak yapılabileceği belirtildi. Bağışçıların adına dikilen fidanların konumu, kampanyanın internet sayfasından harita üzerinde görülebilecek.',
  'Bakanlık yetkilileri, önümüzdeki bahar döneminde Doğu Anadolu ve Güneydoğu Anadolu bölgelerinde erozyonla mücadele kapsamında yeni ağaçlandırma sahalarının açılacağını, bu sahalarda yöre halkına geçici istihdam sağlanacağını duyurdu.',
];
/** Every Turkish letter a wrong code page would garble: İ ğ ç ı ö ü ş. */
export const TR_SNIPPET = "İzmir'deki ağaçlandırma törenine katılan öğrenciler, güneşli bir sabahta";

export const AR_TITLE = 'وزارة الصحة تطلق حملة وطنية للتطعيم ضد الحصبة تستهدف ثلاثة ملايين طفل';
export const AR_PARAGRAPHS = [
  'أعلنت وزارة الصحة والسكان اليوم إطلاق حملة وطنية للتطعيم ضد الحصبة والحصبة الألمانية، تستهدف نحو ثلاثة ملايين طفل تتراوح أعمارهم بين تسعة أشهر وخمس سنوات في جميع المحافظات، وذلك على مدى أسبوعين كاملين.',
  'وقال المتحدث الرسمي باسم الوزارة إن فرق التطعيم ستعمل من خلال أكثر من خمسة آلاف وحدة صحية ثابتة، إلى جانب فرق متنقلة تزور المدارس والحضانات والمناطق النائية، مؤكدا أن اللقاح آمن ومجاني ومعتمد من منظمة الصحة العالمية.',
  'وأوضح أن الحملة تأتي في إطار خطة الوزارة للحفاظ على خلو البلاد من الأمراض التي يمكن الوقاية منها باللقاحات، بعد رصد حالات متفرقة في عدد من الدول المجاورة خلال الأشهر الماضية.',
  'ودعت الوزارة أولياء الأمور إلى اصطحاب أطفالهم إلى أقرب وحدة صحية مع بطاقة التطعيم، حتى لو كان الطفل قد تلقى جرعات سابقة، مشيرة إلى أن الجرعة الإضافية تعزز المناعة ولا تسبب أي ضرر.',
  'وأضاف المتحدث أن الوزارة خصصت خطا ساخنا للرد على استفسارات المواطنين طوال فترة الحملة، كما ستنشر مواقع فرق التطعيم المتنقلة يوميا عبر صفحاتها الرسمية.',
  'واختتمت الوزارة بيانها بالتأكيد على أن نسب التغطية بالتطعيمات الأساسية تجاوزت خمسة وتسعين في المائة خلال العام الماضي، وأن الهدف هو الوصول إلى كل طفل في كل قرية ونجع.',
];
export const AR_SNIPPET = 'حملة وطنية للتطعيم ضد الحصبة والحصبة الألمانية';

/** Words of the comment section on the 10 MB page; none of them may reach the article text. */
export const TR_COMMENT_MARKER = 'Yorumcu görüşü';

const HTML = 'text/html';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

interface Skeleton {
  lang: 'tr' | 'ar';
  /** `<meta charset>` value; null writes none. */
  charset?: string | null;
  head?: string;
  /** Markup wrapped around the whole page content: [opening, closing]. */
  wrap?: [string, string];
  /** Markup after the article's last paragraph, inside the body container. */
  inBody?: string;
  /** Markup after the article, before the footer. */
  afterArticle?: string;
  /** Markup inside the footer. */
  footer?: string;
}

const SITE = { tr: 'Tarım ve Orman Bakanlığı', ar: 'وزارة الصحة والسكان' };
const MENU = {
  tr: ['Ana Sayfa', 'Kurumsal', 'Haberler', 'Duyurular', 'Mevzuat', 'İletişim'],
  ar: ['الرئيسية', 'عن الوزارة', 'الأخبار', 'الخدمات', 'القرارات', 'اتصل بنا'],
};

/** A ministry news page: header and menu, the article with its date line, a footer. */
function ministryArticle(s: Skeleton): string {
  const tr = s.lang === 'tr';
  const title = tr ? TR_TITLE : AR_TITLE;
  const paragraphs = tr ? TR_PARAGRAPHS : AR_PARAGRAPHS;
  const charset = s.charset === undefined ? 'utf-8' : s.charset;
  const menu = MENU[s.lang].map((m, i) => `<li><a href="/${tr ? 'sayfa' : 'page'}/${i + 1}">${m}</a></li>`).join('');
  const dateLine = tr ? '<span class="tarih">11.11.2025 14:30</span>' : '<span class="date">الثلاثاء 11 نوفمبر 2025</span>';
  const [open, close] = s.wrap ?? ['', ''];
  return `<!DOCTYPE html>
<html lang="${s.lang}"${tr ? '' : ' dir="rtl"'}>
<head>
${charset ? `<meta charset="${charset}">\n` : ''}<title>${title} - ${SITE[s.lang]}</title>
<meta property="og:site_name" content="${SITE[s.lang]}">
<meta property="og:type" content="article">
${s.head ?? ''}
</head>
<body>
${open}<header class="site-header"><a class="logo" href="/">${SITE[s.lang]}</a><nav class="main-menu"><ul>${menu}</ul></nav></header>
<main>
<article>
<h1>${title}</h1>
<div class="${tr ? 'haber-bilgi' : 'news-meta'}">${dateLine}</div>
<div class="${tr ? 'haber-detay' : 'article-body'}">
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
${s.inBody ?? ''}
</div>
</article>
${s.afterArticle ?? ''}
</main>
<footer class="site-footer">${s.footer ?? ''}<p>${tr ? '© 2025 T.C. Tarım ve Orman Bakanlığı. Tüm hakları saklıdır.' : 'جميع الحقوق محفوظة © 2025 وزارة الصحة والسكان'}</p></footer>
${close}</body>
</html>
`;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMENT_SENTENCES = [
  'Emeği geçen herkese teşekkürler, fidanların bakımı da unutulmasın.',
  'Bizim köyde geçen yıl dikilenlerin yarısı kurudu, sulama yapılmadı.',
  'Çocuklarımızla birlikte katıldık, çok güzel bir organizasyondu.',
  'Yangın bölgesine ne zaman dikim yapılacak, bilgi verilmedi.',
  'Bağış sertifikası e-Devlet üzerinden gelmedi, nereye başvurmalıyız?',
  'Her yıl aynı haber, sonuçları da açıklansın lütfen.',
];
const NICKS = ['ahmet_k', 'Ayşe Yıldız', 'doğasever61', 'Mehmet Ç.', 'orman_dostu', 'Zeynep Öztürk', 'kuzey_rüzgarı'];

/** One reader comment; every fifth carries a reply and a like counter. */
function comment(n: number, next: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const text = `${TR_COMMENT_MARKER} ${n}: ${pick(COMMENT_SENTENCES)} ${pick(COMMENT_SENTENCES)}`;
  const reply = n % 5 === 0 ? `<ul class="yanitlar"><li class="yorum yanit"><b>${pick(NICKS)}</b> <p>${pick(COMMENT_SENTENCES)}</p></li></ul>` : '';
  return `<li class="yorum" id="yorum-${n}"><div class="yorum-ust"><b class="yorum-yazar">${pick(NICKS)}</b> <time datetime="2025-11-1${n % 9}T1${n % 10}:0${n % 6}:00+03:00">${n % 23} saat önce</time></div><p class="yorum-metni">${text}</p><span class="begeni">👍 ${n % 97}</span> <a href="#yanitla-${n}" class="yanitla">Yanıtla</a>${reply}</li>\n`;
}

const RELATED_TITLES = [
  'Orman yangınlarıyla mücadelede yeni dönem başlıyor',
  'Fidan bağışı kampanyasına rekor katılım',
  'Kuraklığa dayanıklı türler için tohum bankası kuruldu',
  'Erozyonla mücadele seferberliğinde ikinci etap',
  'Orman köylülerine yönelik hibe başvuruları başladı',
];

/** A 10 MB page: the article, then a state blob in a script, a related-news grid and a sea of comments. */
function hugePage(): Uint8Array {
  const next = random(20251111);
  const state = JSON.stringify({
    page: 'haber',
    items: Array.from({ length: 12_000 }, (_, i) => ({ id: i, baslik: RELATED_TITLES[i % RELATED_TITLES.length], url: `/haber/${i}`, okunma: i * 7 })),
  });
  const related = Array.from(
    { length: 4000 },
    (_, i) => `<div class="kart"><a href="/haber/${5000 + i}"><img src="/img/k${i}.jpg" alt=""><span class="kart-baslik">${RELATED_TITLES[i % RELATED_TITLES.length]}</span></a></div>`,
  ).join('\n');
  const target = 10 * 1024 * 1024;
  const head = ministryArticle({
    lang: 'tr',
    head: `<script>window.__STATE__ = ${state};</script>`,
    afterArticle: `<section class="ilgili-haberler"><h3>İlgili Haberler</h3>\n${related}\n</section>\n<section class="yorumlar" id="comments"><h3>Yorumlar</h3><ol class="yorum-listesi">\n`,
  });
  const [before, after] = head.split('<footer');
  const parts = [before!];
  let size = utf8(head).length;
  for (let n = 1; size < target; n++) {
    const c = comment(n, next);
    parts.push(c);
    size += utf8(c).length;
  }
  parts.push(`</ol></section>\n<footer${after}`);
  return utf8(parts.join(''));
}

/** An Arabic article above a footer site map: 100,000 elements in all. */
function manyElementsPage(): Uint8Array {
  const sections = ['الأخبار', 'القرارات', 'الخدمات', 'المستشفيات', 'الحملات'];
  const items: string[] = [];
  // Each entry is four elements (li, a, i, span); the page's own chrome brings the rest.
  for (let i = 0; i < 25_000; i++) {
    items.push(`<li><a href="/archive/${i}"><i class="icon"></i><span>${sections[i % sections.length]} ${i}</span></a></li>`);
  }
  return utf8(ministryArticle({ lang: 'ar', footer: `<nav class="sitemap"><h4>خريطة الموقع</h4><ul>${items.join('')}</ul></nav>` }));
}

/** A Turkish article inside 5,000 nested wrappers (a template that never closes its layout divs). */
function deepPage(): Uint8Array {
  const depth = 5000;
  return utf8(ministryArticle({ lang: 'tr', wrap: ['<div class="sarmal">'.repeat(depth), '</div>'.repeat(depth)] }));
}

/** A Turkish article followed by 5,000 comments whose template never closes its <div>: each nests in the last. */
function unclosedCommentsPage(): Uint8Array {
  const next = random(5000);
  const comments: string[] = [];
  for (let n = 1; n <= 5000; n++) {
    comments.push(`<div class="yorum"><b class="yorum-yazar">${NICKS[n % NICKS.length]}</b><p class="yorum-metni">${TR_COMMENT_MARKER} ${n}: ${COMMENT_SENTENCES[Math.floor(next() * COMMENT_SENTENCES.length)]}</p>\n`);
  }
  return utf8(ministryArticle({ lang: 'tr', afterArticle: `<section class="yorumlar"><h3>Yorumlar</h3>${comments.join('')}</section>` }));
}

/** An Arabic article whose body ends with a 1 MB text node: a decree pasted as one run of text. */
function hugeTextNodePage(): Uint8Array {
  const clauses = [
    'المادة الأولى يعمل بأحكام هذا القرار في شأن تنظيم حملات التطعيم الوطنية في جميع المحافظات',
    'وتلتزم مديريات الصحة بتوفير اللقاحات وسلاسل التبريد اللازمة لحفظها وفق المعايير المعتمدة',
    'ويحظر تقديم أي لقاح خارج الوحدات الصحية المرخصة أو الفرق المتنقلة المعتمدة من الوزارة',
    'وتعد بطاقة التطعيم مستندا رسميا يقدم عند الالتحاق بالحضانات والمدارس',
  ];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < 1024 * 1024; i++) {
    const clause = `${clauses[i % clauses.length]} (${i + 1})، `;
    parts.push(clause);
    length += clause.length;
  }
  return utf8(ministryArticle({ lang: 'ar', inBody: `<p class="decree">${parts.join('')}</p>` }));
}

/** Random bytes, the same on every call. */
function garbage(length: number, seed: number): Uint8Array {
  const next = random(seed);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(next() * 256);
  return bytes;
}

const FRAMESET = `<!DOCTYPE html>
<html lang="tr"><head><meta charset="utf-8"><title>T.C. Tarım ve Orman Bakanlığı</title></head>
<frameset rows="90,*"><frame src="/ust.html" name="ust" scrolling="no"><frameset cols="220,*"><frame src="/menu.html" name="menu"><frame src="/anasayfa.html" name="icerik"></frameset>
<noframes><body><p>Bu sayfayı görüntülemek için çerçeveleri destekleyen bir tarayıcı kullanınız.</p></body></noframes></frameset></html>
`;

/** A ministry's home page: slider, announcements, quick links, a short welcome text. */
function trHomePage(): string {
  const slider = [
    'Bakan, hasat bayramında üreticilerle bir araya geldi',
    'Hayvancılık desteklerinde ödemeler hesaplara yatırıldı',
    'Orman yangınlarına karşı yeni hava araçları filoya katıldı',
    'Su verimliliği seferberliğinde ikinci dönem başladı',
    'Gıda denetimlerinde taklit ve tağşiş listesi güncellendi',
  ];
  const notices = [
    'Çiftçi Kayıt Sistemi güncelleme süresi uzatıldı',
    '2026 yılı fidan dağıtım takvimi yayımlandı',
    'Su ürünleri av yasağı hakkında genelge',
    'Personel alımı sözlü sınav sonuçları',
    'Tarımsal destek başvurularında son tarih',
    'Hayvan hastalıkları ile mücadele duyurusu',
    'Kırsal kalkınma hibe programı kesin listesi',
    'Orman köylüsü kredisi başvuru rehberi',
  ];
  return `<!DOCTYPE html>
<html lang="tr"><head><meta charset="utf-8"><title>T.C. Tarım ve Orman Bakanlığı</title>
<meta name="description" content="Tarım ve Orman Bakanlığı resmi internet sitesi"></head>
<body>
<header><a href="/" class="logo">T.C. Tarım ve Orman Bakanlığı</a><nav><ul>${MENU.tr.map((m, i) => `<li><a href="/sayfa/${i + 1}">${m}</a></li>`).join('')}</ul></nav></header>
<main>
<section class="slider">${slider.map((t, i) => `<div class="slide"><a href="/haber/${900 + i}"><img src="/slider/${i}.jpg" alt=""><h2>${t}</h2></a><span class="tarih">${10 - i}.11.2025</span></div>`).join('\n')}</section>
<section class="hosgeldiniz"><h2>Hoş Geldiniz</h2><p>Bakanlığımız, tarım ve orman varlıklarının korunması ve geliştirilmesi için çalışmaktadır.</p></section>
<section class="duyurular"><h2>Duyurular</h2><ul>${notices.map((t, i) => `<li><a href="/duyuru/${300 + i}">${t}</a> <span class="tarih">0${(i % 9) + 1}.11.2025</span></li>`).join('\n')}</ul><a href="/duyurular" class="tumu">Tüm Duyurular</a></section>
<section class="hizli-erisim"><h2>Hızlı Erişim</h2><a href="/e-hizmetler">e-Hizmetler</a> <a href="/mevzuat">Mevzuat</a> <a href="/istatistik">İstatistikler</a> <a href="/ihale">İhale İlanları</a></section>
</main>
<footer><p>Üniversiteler Mahallesi Dumlupınar Bulvarı No: 161 Çankaya / Ankara</p><p>© 2025 T.C. Tarım ve Orman Bakanlığı</p></footer>
</body></html>
`;
}

/** A ministry's news section: headlines, each with its date and a one-sentence summary. */
function arListingPage(): string {
  const items: Array<[string, string]> = [
    ['وزير الصحة يتفقد مستشفى الصدر ويوجه بتطوير قسم الطوارئ', 'تفقد الوزير أقسام المستشفى واطمأن على انتظام العمل وتوافر الأدوية.'],
    ['إطلاق المرحلة الثانية من مبادرة الكشف المبكر عن الأمراض المزمنة', 'تستهدف المرحلة الجديدة المواطنين فوق الأربعين في خمس محافظات.'],
    ['الصحة تعلن خطة التأمين الطبي لموسم الأعياد', 'رفع درجة الاستعداد في المستشفيات ونقاط الإسعاف على الطرق السريعة.'],
    ['افتتاح وحدة جديدة لزراعة القوقعة للأطفال', 'الوحدة تخدم محافظات الصعيد وتجري العمليات بالمجان.'],
    ['الوزارة تحذر من تداول أدوية مجهولة المصدر', 'دعت الوزارة المواطنين إلى شراء الأدوية من الصيدليات المرخصة فقط.'],
    ['توقيع بروتوكول تعاون لتدريب الأطباء المقيمين', 'البروتوكول يتيح برامج تدريب معتمدة في المستشفيات الجامعية.'],
    ['بدء تلقي طلبات التكليف لخريجي كليات التمريض', 'يستمر تلقي الطلبات عبر البوابة الإلكترونية حتى نهاية الشهر.'],
    ['وصول شحنة جديدة من ألبان الأطفال المدعمة', 'الشحنة توزع على منافذ الصرف في جميع المحافظات ابتداء من الأسبوع المقبل.'],
    ['الصحة: لا إصابات جديدة بالكوليرا في المحافظات الحدودية', 'فرق الترصد تواصل أعمالها على مدار الساعة في المنافذ.'],
    ['تطوير منظومة الإسعاف بإضافة مائة سيارة مجهزة', 'السيارات الجديدة مجهزة لنقل حالات العناية المركزة وحديثي الولادة.'],
    ['ندوة توعوية عن صحة الأم والطفل في المدارس', 'تنظم الندوات بالتعاون مع وزارة التربية والتعليم طوال العام الدراسي.'],
    ['الوزير يستقبل وفد منظمة الصحة العالمية', 'بحث الجانبان دعم برامج التطعيم وتعزيز الرعاية الصحية الأولية.'],
  ];
  const list = items
    .map(
      ([title, summary], i) =>
        `<div class="news-item"><a href="/news/${4100 + i}"><img src="/thumb/${4100 + i}.jpg" alt=""></a><h3><a href="/news/${4100 + i}">${title}</a></h3><span class="date">${12 - i} نوفمبر 2025</span><p class="summary">${summary}</p></div>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الأخبار - وزارة الصحة والسكان</title></head>
<body>
<header><a href="/" class="logo">وزارة الصحة والسكان</a><nav><ul>${MENU.ar.map((m, i) => `<li><a href="/page/${i + 1}">${m}</a></li>`).join('')}</ul></nav></header>
<main><h1>الأخبار</h1>
<div class="news-list">
${list}
</div>
<div class="pagination"><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">التالي</a></div>
</main>
<footer><p>جميع الحقوق محفوظة © 2025 وزارة الصحة والسكان</p></footer>
</body></html>
`;
}

/** A Turkish article cut off in the middle of a tag, as a dropped connection leaves it. */
function truncatedPage(): Uint8Array {
  const html = ministryArticle({ lang: 'tr' });
  const cut = html.indexOf('<p>', html.indexOf(TR_PARAGRAPHS[4]!.slice(0, 30)));
  return utf8(`${html.slice(0, cut)}<p class="devam" data-x="yarı`);
}

/** UTF-16 little-endian with its byte order mark. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + i * 2] = unit & 0xff;
    bytes[3 + i * 2] = unit >> 8;
  }
  return bytes;
}

/** Every broken page, in a fixed order. */
export function brokenPages(): BrokenPage[] {
  return [
    {
      slug: 'huge-10mb',
      description: 'a 10 MB Turkish page: the article, a 1 MB state script, a related-news grid and tens of thousands of comments',
      contentType: HTML,
      body: hugePage,
      expect: 'article',
      expectedTextSnippet: TR_SNIPPET,
    },
    {
      slug: 'elements-100k',
      description: 'an Arabic article above a footer site map of 100,000 elements',
      contentType: HTML,
      body: manyElementsPage,
      expect: 'article',
      expectedTextSnippet: AR_SNIPPET,
    },
    {
      slug: 'depth-5000',
      description: 'a Turkish article inside 5,000 nested layout divs',
      contentType: HTML,
      body: deepPage,
      expect: 'article',
      expectedTextSnippet: TR_SNIPPET,
    },
    {
      slug: 'unclosed-divs-5000',
      description: 'a Turkish article followed by 5,000 comments that never close their div, each nested in the one before',
      contentType: HTML,
      body: unclosedCommentsPage,
      expect: 'article',
      expectedTextSnippet: TR_SNIPPET,
    },
    {
      slug: 'text-node-1mb',
      description: 'an Arabic article with a 1 MB text node (a decree pasted as one run of text)',
      contentType: HTML,
      body: hugeTextNodePage,
      expect: 'article',
      expectedTextSnippet: AR_SNIPPET,
    },
    {
      slug: 'binary-garbage',
      description: '512 kB of random bytes (fixed seed) served as HTML',
      contentType: HTML,
      body: () => garbage(512 * 1024, 0x5eed),
      expect: 'no-article',
    },
    { slug: 'empty', description: 'an empty file', contentType: HTML, body: () => new Uint8Array(0), expect: 'no-article' },
    { slug: 'frameset-only', description: 'a frameset page with no body of its own', contentType: HTML, body: () => utf8(FRAMESET), expect: 'no-article' },
    {
      slug: 'tr-windows-1254-meta-charset',
      description: 'a Turkish article in windows-1254, declared with <meta charset>',
      contentType: HTML,
      body: () => encodeWindows1254(ministryArticle({ lang: 'tr', charset: 'windows-1254' })),
      expect: 'article',
      expectedTextSnippet: TR_SNIPPET,
    },
    {
      slug: 'tr-windows-1254-http-equiv',
      description: 'a Turkish article in windows-1254, declared with http-equiv Content-Type',
      contentType: HTML,
      body: () =>
        encodeWindows1254(ministryArticle({ lang: 'tr', charset: null, head: '<meta http-equiv="Content-Type" content="text/html; charset=windows-1254">' })),
      expect: 'article',
      expectedTextSnippet: TR_SNIPPET,
    },
    {
      slug: 'ar-windows-1256-meta-charset',
      description: 'an Arabic article in windows-1256, declared with <meta charset>',
      contentType: HTML,
      body: () => encodeWindows1256(ministryArticle({ lang: 'ar', charset: 'windows-1256' })),
      expect: 'article',
      expectedTextSnippet: AR_SNIPPET,
    },
    {
      slug: 'utf8-bom',
      description: 'a Turkish article in UTF-8 with a byte order mark and no declared charset',
      contentType: HTML,
      body: () => utf8(`\uFEFF${ministryArticle({ lang: 'tr', charset: null })}`),
      expect: 'article',
      expectedTextSnippet: TR_SNIPPET,
    },
    {
      slug: 'utf16le-bom',
      description: 'an Arabic article in UTF-16LE with a byte order mark',
      contentType: HTML,
      body: () => utf16le(ministryArticle({ lang: 'ar', charset: null })),
      expect: 'article',
      expectedTextSnippet: AR_SNIPPET,
    },
    {
      slug: 'truncated-mid-tag',
      description: 'a Turkish article cut off inside a tag after its fourth paragraph',
      contentType: HTML,
      body: truncatedPage,
      expect: 'article',
      expectedTextSnippet: TR_SNIPPET,
    },
    { slug: 'tr-ministry-home', description: "a Turkish ministry's home page", contentType: HTML, body: () => utf8(trHomePage()), expect: 'no-article' },
    {
      slug: 'ar-news-listing',
      description: "an Arabic ministry's news section: headlines with dates and one-line summaries",
      contentType: HTML,
      body: () => utf8(arListingPage()),
      expect: 'no-article',
    },
  ];
}
