import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract-article';
import { languageOfLabel } from '../../../utils/extract/metadata/language-labels';
import { readLanguageSwitchers, withSwitcherAlternates } from '../../../utils/extract/metadata/language-switcher';
import { isLanguageHome, languageOfUrl } from '../../../utils/extract/metadata/language-url';
import { indexPage } from '../../../utils/extract/page-index';
import type { AlternateVersion } from '../../../utils/record/article-record';
import { nodeSanitizer, parseHtmlDocument } from '../../../utils/node/node-dom';

const PAGE = 'https://www.ornek.gov.tr/haber/45-istisareler';

function switchers(body: string, pageUrl = PAGE): AlternateVersion[] {
  const doc = parseHtmlDocument(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
  return readLanguageSwitchers(indexPage(doc).order, pageUrl);
}

describe('languageOfLabel', () => {
  it.each<[string, string | null, boolean?]>([
    ['English', 'en', false],
    ['ENGLISH', 'en', false],
    ['  English  Version ', 'en', false],
    ['Read in English', 'en', false],
    ['EN', 'en', true],
    ['en', 'en', true],
    ['İngilizce', 'en', false],
    ['الإنجليزية', 'en', false],
    ['النسخة الإنجليزية', 'en', false],
    ['Türkçe', 'tr', false],
    ['TÜRKÇE', 'tr', false],
    ['TR', 'tr', true],
    ['العربية', 'ar', false],
    ['عربي', 'ar', false],
    ['عربى', 'ar', false],
    ['ع', 'ar', true],
    ['Arapça', 'ar', false],
    ['Français', 'fr', false],
    ['Francais', 'fr', false],
    ['Deutsch', 'de', false],
    ['Русский', 'ru', false],
    ['فارسی', 'fa', false],
    ['فارسي', 'fa', false],
    ['Español', 'es', false],
    ['中文', 'zh', false],
    // Not labels: words, sentences, a code with filler around it.
    ['Haberler', null],
    ['İletişim', null],
    ['الرئيسية', null],
    ['The English text of the statement is attached', null],
    ['EN site', null],
    ['', null],
  ])('%j → %s', (label, lang, short) => {
    const found = languageOfLabel(label);
    expect(found?.lang ?? null).toBe(lang);
    if (found && short !== undefined) expect(found.short).toBe(short);
  });
});

describe('languageOfUrl', () => {
  it.each<[string, string | null]>([
    ['https://www.mfa.gov.tr/no_-45_-consular-consultations.en.mfa', 'en'],
    ['https://www.mfa.gov.tr/no_-45_-istisareler.tr.mfa', 'tr'],
    ['https://petra.gov.jo/Include/InnerPage.jsp?ID=62821&lang=en&name=en_news', 'en'],
    ['https://www.ornek.gov.tr/en/news/45', 'en'],
    ['https://www.ornek.gov.tr/portal/ar/akhbar/45', 'ar'],
    ['https://www.ornek.gov.tr/news/45?Culture=en-US', 'en'],
    ['https://en.mofa.gov.example/news/45', 'en'],
    ['https://www.ornek.gov.tr/en/news/45?lang=ar', null],
    ['https://www.ornek.gov.tr/haber/45', null],
    ['https://www.ornek.gov.tr/id/45', null],
    ['https://www.ornek.gov.tr/xx/45', null],
    ['not a url', null],
  ])('%s → %s', (url, lang) => {
    expect(languageOfUrl(url)).toBe(lang);
  });
});

describe('isLanguageHome', () => {
  it.each<[string, boolean]>([
    ['https://www.ornek.gov.tr/en', true],
    ['https://www.ornek.gov.tr/en/', true],
    ['https://www.ornek.gov.tr/?lang=en', true],
    ['https://www.ornek.gov.tr/Default.aspx?lang=en', true],
    ['https://petra.gov.jo/Include/Main.jsp?lang=en', true],
    ['https://www.ornek.gov.tr/blog/es', true],
    ['https://arabic.cnn.com/?hpt=header_edition-picker', true],
    ['https://www.ornek.gov.tr/en/news/45', false],
    ['https://www.ornek.gov.tr/?p=123&lang=en', false],
    ['https://www.ornek.gov.tr/Default.aspx?id=45&lang=en', false],
    ['https://www.mfa.gov.tr/no_-45_-consular-consultations.en.mfa', false],
  ])('%s → %s', (url, home) => {
    expect(isLanguageHome(url)).toBe(home);
  });
});

describe('readLanguageSwitchers', () => {
  it.each<[string, string, AlternateVersion[]]>([
    [
      'a gov.tr top-bar menu of codes, the current one marked',
      `<div class="ust-bar"><ul class="dil-secimi"><li class="active"><a href="/haber/45-istisareler">TR</a></li>
       <li><a href="/en/news/45-consultations">EN</a></li><li><a href="/ar/akhbar/45">AR</a></li></ul></div>`,
      [
        { lang: 'en', url: 'https://www.ornek.gov.tr/en/news/45-consultations' },
        { lang: 'ar', url: 'https://www.ornek.gov.tr/ar/akhbar/45' },
      ],
    ],
    [
      'full names in a header, with lang attributes',
      `<header><div class="box"><a href="/haber/45-istisareler">Türkçe</a> | <a href="/en/news/45" lang="en">English</a> |
       <a href="/ar/news/45" lang="ar" dir="rtl">عربي</a></div><nav><a href="/">Anasayfa</a></nav></header>`,
      [
        { lang: 'en', url: 'https://www.ornek.gov.tr/en/news/45' },
        { lang: 'ar', url: 'https://www.ornek.gov.tr/ar/news/45' },
      ],
    ],
    [
      'a single full name in the header',
      `<header id="masthead"><a href="/">Logo</a><a href="/en/news/45">English</a></header><main><p>Metin</p></main>`,
      [{ lang: 'en', url: 'https://www.ornek.gov.tr/en/news/45' }],
    ],
    [
      'a cluster of codes with no telling class, outside any header',
      `<div class="c1"><span><a href="?lang=en">EN</a></span><span><a href="?lang=fr">FR</a></span><span><a href="?lang=ar">ع</a></span></div>`,
      [
        { lang: 'en', url: 'https://www.ornek.gov.tr/haber/45-istisareler?lang=en' },
        { lang: 'fr', url: 'https://www.ornek.gov.tr/haber/45-istisareler?lang=fr' },
        { lang: 'ar', url: 'https://www.ornek.gov.tr/haber/45-istisareler?lang=ar' },
      ],
    ],
    [
      'flags named only by their addresses, inside a language menu',
      `<ul class="languages"><li><a href="/en/news/45"><img src="/flags/gb.png"></a></li><li><a href="/fr/news/45"><img src="/flags/fr.png" alt=""></a></li></ul>`,
      [
        { lang: 'en', url: 'https://www.ornek.gov.tr/en/news/45' },
        { lang: 'fr', url: 'https://www.ornek.gov.tr/fr/news/45' },
      ],
    ],
    [
      'a flag named by its alt text',
      `<nav><a href="/news/45?Culture=en-US"><img src="/img/uk.gif" alt="English"></a></nav>`,
      [{ lang: 'en', url: 'https://www.ornek.gov.tr/news/45?Culture=en-US' }],
    ],
    [
      'hreflang on the link in a language menu keeps its region',
      `<div id="langSwitcher"><a href="/en-gb/news/45" hreflang="en-GB">UK</a></div>`,
      [{ lang: 'en-GB', url: 'https://www.ornek.gov.tr/en-gb/news/45' }],
    ],
    [
      'a select picker with addresses as values',
      `<form><select name="dil" onchange="location=this.value"><option value="/haber/45-istisareler" selected>Türkçe</option>
       <option value="/en/news/45">English</option><option value="https://www.ornek.gov.tr/ar/news/45">العربية</option></select></form>`,
      [
        { lang: 'en', url: 'https://www.ornek.gov.tr/en/news/45' },
        { lang: 'ar', url: 'https://www.ornek.gov.tr/ar/news/45' },
      ],
    ],
    [
      'the same language twice: the first link wins, a link to a language home page never counts',
      `<div class="lang"><a href="/en/">EN</a><a href="/en/news/45">English</a></div><footer><a href="/en/news/45-old">English</a></footer>`,
      [{ lang: 'en', url: 'https://www.ornek.gov.tr/en/news/45' }],
    ],
  ])('%s', (_name, body, expected) => {
    expect(switchers(body)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a language name linked in an article paragraph', `<article><p>Açıklamanın metni <a href="/en/news/45">English</a> olarak da yayımlandı.</p></article>`],
    ['a language menu inside the article body', `<div itemprop="articleBody"><ul><li><a href="/en/news/45">English</a></li><li><a href="/fr/news/45">Français</a></li></ul></div>`],
    ['a language link to another site', `<header><a href="https://www.example.com/en/news/45">English</a></header>`],
    ['a code alone in a header, with no other language beside it', `<header><a href="/en/news/45">EN</a><a href="/iletisim">İletişim</a><a href="/haberler">Haberler</a></header>`],
    ['navigation links carrying hreflang', `<nav><ul><li><a href="/code/" hreflang="en">Code</a></li><li><a href="/carnet/" hreflang="fr">Carnet</a></li></ul></nav>`],
    ['a label that contradicts its address', `<header><a href="/ar/news/45">English</a></header>`],
    ['javascript and fragment links', `<div class="lang"><a href="javascript:setLang('en')">EN</a><a href="#">FR</a></div>`],
    ['a select of language codes handled by a script', `<select id="lang"><option value="tr">Türkçe</option><option value="en">English</option></select>`],
    ['an address that looks like a language in plain navigation', `<nav><a href="/en/news/45">Latest news</a></nav>`],
  ])('ignores %s', (_name, body) => {
    expect(switchers(body)).toEqual([]);
  });
});

describe('withSwitcherAlternates', () => {
  const page = { lang: 'tr', urls: [PAGE] };
  it('keeps hreflang alternates as declared and adds only new languages at new addresses', () => {
    const declared = [
      { lang: 'tr', url: PAGE },
      { lang: 'en', url: 'https://www.ornek.gov.tr/en/news/45' },
    ];
    const found = [
      { lang: 'en', url: 'https://www.ornek.gov.tr/en/news/45-other' },
      { lang: 'ar', url: 'https://www.ornek.gov.tr/en/news/45' },
      { lang: 'fr', url: 'https://www.ornek.gov.tr/fr/news/45' },
    ];
    expect(withSwitcherAlternates(declared, found, page)).toEqual([...declared, { lang: 'fr', url: 'https://www.ornek.gov.tr/fr/news/45' }]);
  });
  it("skips the page's own language and address", () => {
    const found = [
      { lang: 'tr-TR', url: 'https://www.ornek.gov.tr/tr/haber/45' },
      { lang: 'en', url: PAGE },
      { lang: 'ar', url: 'https://www.ornek.gov.tr/ar/news/45' },
    ];
    expect(withSwitcherAlternates([], found, page)).toEqual([{ lang: 'ar', url: 'https://www.ornek.gov.tr/ar/news/45' }]);
  });
});

describe('extractArticle with a language switcher', () => {
  const paragraphs = [
    'Türkiye ile Azerbaycan arasında konsolosluk istişarelerinin dördüncü turu 2 Nisan 2025 tarihinde Ankara’da gerçekleştirilmiştir.',
    'Toplantıda iki ülke vatandaşlarının seyahatlerini kolaylaştıracak adımlar ile konsolosluk hizmetlerinin dijitalleştirilmesi ele alınmıştır.',
    'Taraflar, bir sonraki istişarelerin 2026 yılında Bakü’de yapılması konusunda mutabık kalmıştır.',
  ];
  const html = (lang: string) => `<!doctype html><html lang="${lang}"><head><title>İstişareler</title></head><body>
    <div class="top-links"><a href="/haber/45-istisareler">Türkçe</a> <a href="/en/news/45-consultations">English</a> <a href="/ar/akhbar/45">عربي</a></div>
    <div class="content"><h1>Konsolosluk İstişareleri</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;

  it('puts the switcher links other than the page’s own language into the record’s alternates', () => {
    const result = extractArticle(parseHtmlDocument(html('tr')), PAGE, { now: new Date('2025-04-03T00:00:00Z'), sanitizer: nodeSanitizer() });
    if (!result.ok) throw new Error(result.reason);
    expect(result.record.lang).toBe('tr');
    expect(result.record.alternates).toEqual([
      { lang: 'en', url: 'https://www.ornek.gov.tr/en/news/45-consultations' },
      { lang: 'ar', url: 'https://www.ornek.gov.tr/ar/akhbar/45' },
    ]);
    expect(result.record.text).not.toContain('English');
  });
});
