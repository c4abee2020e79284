/**
 * What the fuzzed documents are made of: real tag names, class and id words that boilerplate rules and
 * body finders react to, URLs of every scheme a page can carry, and text from Turkish and Arabic news
 * pages mixed with the characters that break text handling (bidi controls, zero-width and control
 * characters, lone surrogates) and with the date forms the date readers parse.
 */

/** Elements that hold other nodes in the generated body. */
export const CONTAINER_TAGS = [
  'article', 'div', 'section', 'main', 'header', 'footer', 'nav', 'aside', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'table', 'tbody', 'tr', 'td', 'th', 'blockquote', 'figure', 'figcaption', 'a', 'span', 'b', 'i',
  'strong', 'em', 'time', 'form', 'noscript', 'template', 'svg', 'math', 'pre', 'dl', 'dt', 'dd', 'address', 'font',
  'center', 'details', 'summary', 'label', 'button', 'select', 'option', 'textarea', 'object', 'marquee', 'frameset',
] as const;

/** Elements written without children. */
export const VOID_TAGS = ['br', 'img', 'hr', 'input', 'iframe', 'embed', 'wbr', 'meta', 'link', 'base', 'source'] as const;

/** Class names and ids: boilerplate words, body container names, and neutral layout words. */
export const CLASS_WORDS = [
  'related', 'share', 'tags', 'article-body', 'content', 'haber-detay', 'comments', 'ilgili-haberler', 'paylas', 'etiketler',
  'yorumlar', 'news-detail', 'entry-content', 'post-content', 'read-also', 'sidebar', 'footer', 'header', 'menu', 'nav',
  'breadcrumb', 'advert', 'reklam', 'social', 'author', 'byline', 'date', 'tarih', 'title', 'headline', 'baslik', 'spot',
  'caption', 'wrapper', 'container', 'row', 'col-md-8', 'clearfix', 'main', 'story-body', 'articleBody', 'newsletter',
  'cookie', 'popup', 'modal', 'hidden', 'print', 'copyright', 'contact', 'iletisim', 'most-read', 'en-cok-okunanlar',
];

export const ITEMPROPS = ['articleBody', 'headline', 'author', 'datePublished', 'dateModified', 'name', 'keywords', 'description'];

/** Attribute values for href, src, action and friends: relative, absolute, and every dangerous scheme. */
export const URLS = [
  '/haber/123', 'haber/456', '../news/7?id=8', '#yorumlar', '?sayfa=2', '//cdn.example.com/a.jpg', 'https://www.aa.com.tr/tr/gundem/x',
  'http://www.youm7.com/story/2025/11/20/1', 'https://example.gov.eg/ar/news?id=1&amp;lang=ar', 'mailto:basin@example.gov.tr',
  'tel:+902125550000', 'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:text/html,<script>alert(1)</script>', 'data:image/png;base64,iVBORw0KGgo=', 'data:image/svg+xml,<svg onload=alert(1)>',
  'file:///etc/passwd', 'about:blank', 'chrome://settings', 'ftp://example.com/x', 'https://xn--mgbh0fb.xn--kgbechtv/خبر',
  'https://example.com/%E0%A4%A', 'http://[::1]:80/', 'https://ex ample.com/', '', ' ', 'http://', 'https://example.com/\u202Egnp.exe',
];

export const EVENT_HANDLERS = ['onclick', 'onerror', 'onload', 'onmouseover', 'onfocus', 'onanimationstart', 'ontoggle', 'onbegin', 'OnClIcK'];

export const STYLES = [
  'display:none', 'visibility:hidden', 'color:red', 'background:url(javascript:alert(1))', 'width:expression(alert(1))',
  'background-image:url("data:text/html,x")', 'font-size:0', 'position:absolute;left:-9999px', '-moz-binding:url(x.xml#y)',
];

export const LANGS = ['tr', 'ar', 'en', 'ar-EG', 'tr-TR', 'fa', 'he', 'ku-Arab', 'und', 'xx-yy', '', '123', 'ar_SA', 'Turkish', 'العربية', 'zh-Hant-TW'];
export const DIRS = ['rtl', 'ltr', 'auto', 'RTL', '', 'sideways'];

export const TURKISH = [
  'Bakanlık, deprem bölgesindeki kalıcı konutların yüzde 80’inin tamamlandığını açıkladı.',
  'Açıklamada, İzmir’deki ağaçlandırma çalışmalarının önümüzdeki hafta süreceği belirtildi.',
  'Çiftçilere yönelik destek ödemeleri bugün hesaplara yatırılmaya başlandı.',
  'Vali, ilçedeki okul inşaatlarını yerinde inceledi ve yetkililerden bilgi aldı.',
  'İLGİLİ HABERLER', 'Etiketler:', 'Paylaş', 'Yorumlar (3)', 'Kaynak: AA', 'ANKARA (AA) -', 'Ayşe Yılmaz', 'Son dakika',
  'Haberin devamı için tıklayın', 'Bu habere henüz yorum yapılmamış.', 'ığüşöçİĞÜŞÖÇ', 'I ı İ i',
];

export const ARABIC = [
  'أعلنت وزارة الصحة اليوم إطلاق حملة وطنية للتطعيم ضد الحصبة في جميع المحافظات.',
  'وأكد الوزير خلال جولته أن الأعمال المنفذة تجاوزت خمسة وثمانين في المائة من المستهدف.',
  'وشدد المتحدث الرسمي على ضرورة الالتزام بالجدول الزمني المحدد للمشروع.',
  'تفقد المحافظ أعمال تطوير الطرق واستمع إلى شرح مفصل من المسؤولين.',
  'اقرأ أيضا', 'كلمات دلالية', 'شارك', 'التعليقات', 'المصدر: وكالة الأنباء', 'القاهرة - أ ش أ', 'كتب: محمد حسن',
  'عاجل', 'إقرأ أيضاً:', 'الْعَرَبِيَّةُ', 'ـــــــ', 'ی ک ە', 'لا إله', 'ﻻ ﷲ',
];

export const MIXED = [
  'قال Recep Tayyip Erdoğan إن الاتفاق سيوقع في Ankara يوم 20 Kasım.',
  'Mısır Dışişleri Bakanı سامح شكري ile görüştü.',
  'وزير الخارجية يلتقي نظيره التركي Hakan Fidan في القاهرة',
  'NATO zirvesi قمة الناتو 2025', '«الأهرام» gazetesine göre', 'COVID-19 لقاح', 'iPhone 16 Pro Max الجديد',
];

export const DIGITS_AND_DATES = [
  '٢٠٢٥/١١/٢٠', '۱۴۰۳/۰۸/۲۹', '١٢:٣٠ م', '20 Kasım 2025 Perşembe 14:30', '20.11.2025 - 09:15', 'الخميس 20 نوفمبر 2025 - 10:30 ص',
  'منذ 3 ساعات', 'منذ ساعتين', '2 saat önce', 'dün', 'Güncelleme: 21.11.2025', '12/10/2024 3:29:39 PM', '2025-11-20T09:15:00+03:00',
  '1447-05-29 هـ', '29 جمادى الأولى 1447 هـ الموافق 20 نوفمبر 2025 م', '31.02.2025', '2025-13-45', '0000-00-00', '9999-12-31T23:59:59Z',
  '١٩٧٠', '24 كانون الثاني 2025', '5 أيلول 2024', 'Yayınlanma: 5 Ocak 2025, 10:00', '12345678901234567890',
];

/** Characters that must never reach the record's text as they are. */
export const HOSTILE_CHARS = [
  '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C',
  '\u000D', '\u001B', '\u001F', '\u007F', '\u0080', '\u0085', '\u009B', '\u009F', '\uD800', '\uDBFF', '\uDC00', '\uDFFF',
  '\uDC00\uD800', '\u00A0', '\u2028', '\u2029', '\u3000', '\t', '\n', '\r\n', '\uFFFD', '\uFFFE', '\uFFFF', '\u0301', '\u0651',
  '😀', '👍🏽', '\u{1F1F9}\u{1F1F7}', '\u{E0001}', 'A\u030A', '\u0640',
];

/** Entity forms written raw into the markup: numeric escapes of the same characters, and some oddities. */
export const ENTITIES = [
  '&#x202E;', '&#8206;', '&#x200B;', '&#0;', '&#x0;', '&#xD800;', '&#xDFFF;', '&#x110000;', '&#128;', '&#x9B;', '&#1;', '&#x7F;',
  '&nbsp;', '&amp;', '&lt;script&gt;alert(1)&lt;/script&gt;', '&shy;', '&zwj;', '&rlm;', '&lrm;', '&notanentity;', '&#', '&#x;',
  '&amp;#x202E;', '&AElig', '&copy', '&#65533;', '&#xFEFF;',
];

/** Broken markup written raw into the body. */
export const RAW_MARKUP = [
  '<p>', '</p>', '</div></div></div>', '<div', '<a href="/x"', '<!-- yorum -->', '<!-- unclosed', '<![CDATA[ x ]]>', '<?php echo 1; ?>',
  '</body>', '</html><p>after html</p>', '<body onload="alert(1)">', '<html lang="ar" dir="rtl">', '<head><title>ikinci</title></head>',
  '<table><tr><td>a<td>b</table>', '<b><i>x</b></i>', '<p><div>in p</div></p>', '<li>stray', '<option>x', '<select><script>alert(1)</script></select>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<template><script>alert(1)</script></template>', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', '<script>document.write("<p>x")</script>',
  '<style>@import "javascript:alert(1)"; body{background:url(javascript:alert(1))}</style>', '<xmp><p>raw</p></xmp>', '<plaintext>',
  '<frameset><frame src="a.html"></frameset>', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<base href="javascript:alert(1)//">',
  '<a href="javascript:alert(1)">tıkla</a>', '<img src=x onerror=alert(1)>', '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', '<img srcset="javascript:alert(1) 1x, /a.jpg 2x">', '<button formaction="javascript:alert(1)">x</button>',
];
