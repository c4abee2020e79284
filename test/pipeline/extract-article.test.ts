/**
 * The extraction pipeline on small handcrafted Turkish and Arabic pages: purity (the live document is never
 * changed, the same input gives the same record), clean failures on pages that hold no article, resistance
 * to DOM clobbering, and the record fields whose contract is easy to state by hand (`extractedAt`,
 * `contentHash`, `canonicalUrl`, relative dates, control characters, tag de-duplication).
 * Every expected value below is written by hand; none is computed by the code under test.
 */

import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract/extract-article';
import { nodeSanitizer, parseHtmlDocument } from '../../utils/node/node-dom';
import type { ArticleRecord, ExtractionResult } from '../../utils/record/article-record';
import {
  AR_PARAGRAPHS,
  AR_TITLE,
  TR_PARAGRAPHS,
  TR_TITLE,
  arArticle,
  arListingPage,
  garbageBytes,
  joinedText,
  trArticle,
  trHomePage,
} from './pages';

const NOW = new Date('2025-11-20T10:00:00Z');
const TR_URL = 'https://www.ornekhaber.com.tr/gundem/deprem-konutlari-1234';
const AR_URL = 'https://www.akhbar-misr.com.eg/news/2025/11/20/12345';
const sanitizer = nodeSanitizer();

type DomKind = 'linkedom' | 'jsdom';
const DOMS: DomKind[] = ['linkedom', 'jsdom'];

interface Parsed {
  doc: Document;
  /** The live document's markup, read without going through anything a page could clobber. */
  markup: () => string;
}

/** Parses `html` with linkedom (what the CLI uses) or jsdom (a spec-compliant DOM, `window` option unset). */
function parse(kind: DomKind, html: string): Parsed {
  if (kind === 'jsdom') {
    const dom = new JSDOM(html);
    return { doc: dom.window.document, markup: () => dom.serialize() };
  }
  const doc = parseHtmlDocument(html);
  return { doc, markup: () => doc.documentElement?.outerHTML ?? '' };
}

function extract(doc: Document, url: string, options: { now?: Date; consumeDocument?: boolean } = {}): ExtractionResult {
  return extractArticle(doc, url, { now: options.now ?? NOW, sanitizer, consumeDocument: options.consumeDocument });
}

function recordOf(result: ExtractionResult): ArticleRecord {
  if (!result.ok) throw new Error(`expected a record, got ${result.reason}${result.detail ? `: ${result.detail}` : ''}`);
  return result.record;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A Turkish page with everything the pipeline strips or rewrites: scripts, handlers, chrome, related links, lazy images. */
const busyTrPage = trArticle({
  head: `<script>window.dataLayer = [{ page: 'haber' }];</script>
<link rel="canonical" href="${TR_URL}?utm_source=anasayfa">
<meta name="description" content="Bakanlık, deprem bölgesindeki kalıcı konutların yüzde 80'inin tamamlandığını açıkladı.">
<style>.reklam { display: none }</style>`,
  bodyStart: '<div class="reklam" id="ust-reklam"><iframe src="https://ads.example.com/x"></iframe></div>',
  afterHeadline: `<div class="haber-bilgi"><span class="yazar">Ayşe Demir</span> <time datetime="2025-11-20T09:15:00+03:00">20.11.2025 09:15</time></div>
<div class="paylas"><a href="javascript:void(0)" onclick="share('x')">Paylaş</a> <a href="https://twitter.com/intent/tweet?url=x">Twitter</a></div>
<figure><img src="/img/placeholder.gif" data-src="/img/konut.jpg" class="lazy" alt="Konutlar"><figcaption>Hatay'da tamamlanan konutlar</figcaption></figure>`,
  afterArticle: `<aside class="ilgili-haberler"><h3>İlgili Haberler</h3><ul>
<li><a href="/gundem/kura-cekimi-1200">Deprem konutlarında kura çekimi tarihi belli oldu</a></li>
<li><a href="/gundem/koy-evleri-1201">Köy tipi konut başvurularında son gün uzatıldı</a></li></ul></aside>
<div hidden>gizli içerik</div><noscript>JavaScript gerekli</noscript>
<script src="/js/app.js"></script><script>document.querySelectorAll('.lazy').forEach(function (i) { i.src = i.dataset.src; });</script>`,
});

/** An Arabic page with a relative date, a "read also" box, a tags box and a comments section. */
const busyArPage = arArticle({
  head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${AR_TITLE}"}</script>`,
  afterHeadline: `<div class="meta"><span class="author">كتب: محمد حسن</span> <span class="date">منذ 3 ساعات</span></div>
<div class="read-also"><span>اقرأ أيضا</span><a href="/news/12300">وزير الري يتابع موقف المحطات الكبرى</a></div>`,
  afterArticle: `<div class="tags"><span class="tagsTitle">الوسوم</span><a href="/tags/1">وزارة الري</a><a href="/tags/2">المنيا</a></div>
<section class="comments"><h3>التعليقات</h3><div class="comment">مقال رائع، شكرا</div></section>
<script>var x = 1;</script>`,
});

describe('the live document is never changed', () => {
  const pages = [
    ['Turkish', busyTrPage, TR_URL, TR_TITLE],
    ['Arabic', busyArPage, AR_URL, AR_TITLE],
  ] as const;
  for (const dom of DOMS) {
    for (const [name, html, url, title] of pages) {
      it(`${name} page, ${dom} document`, () => {
        const { doc, markup } = parse(dom, html);
        const before = doc.documentElement.outerHTML;
        const serialized = markup();
        const docTitle = doc.title;
        const record = recordOf(extract(doc, url));
        expect(record.title).toBe(title);
        expect(doc.documentElement.outerHTML).toBe(before);
        expect(markup()).toBe(serialized);
        expect(doc.title).toBe(docTitle);
        // The page still has what the clean copy drops, so the comparison above has something to catch.
        expect(before).toMatch(/<script/);
        expect(before).toMatch(/<header/);
      });
    }
  }

  it('a jsdom document (no window option, Node sanitiser) gives the same text as linkedom', () => {
    const viaJsdom = recordOf(extract(parse('jsdom', trArticle()).doc, TR_URL));
    const viaLinkedom = recordOf(extract(parse('linkedom', trArticle()).doc, TR_URL));
    expect(viaJsdom.text).toBe(joinedText(TR_PARAGRAPHS));
    expect(viaLinkedom.text).toBe(joinedText(TR_PARAGRAPHS));
  });

  it('consumeDocument: true may work on the document itself, and still gives the same record', () => {
    for (const dom of DOMS) {
      const expected = recordOf(extract(parse(dom, busyTrPage).doc, TR_URL));
      const consumed = recordOf(extract(parse(dom, busyTrPage).doc, TR_URL, { consumeDocument: true }));
      expect(consumed).toEqual(expected);
    }
  });
});

describe('determinism', () => {
  for (const dom of DOMS) {
    it(`the same input gives deep-equal records twice (${dom})`, () => {
      for (const [html, url] of [
        [busyTrPage, TR_URL],
        [busyArPage, AR_URL],
      ] as const) {
        const first = extract(parse(dom, html).doc, url);
        const second = extract(parse(dom, html).doc, url);
        expect(first.ok).toBe(true);
        expect(second).toEqual(first);
        // The same (unchanged) document extracted again gives the same record too.
        const { doc } = parse(dom, html);
        expect(extract(doc, url)).toEqual(extract(doc, url));
      }
    });
  }
});

describe('pages without an article', () => {
  for (const dom of DOMS) {
    it(`a Turkish home page of link teasers is no-article (${dom})`, () => {
      expect(extract(parse(dom, trHomePage()).doc, 'https://www.ornekhaber.com.tr/')).toMatchObject({ ok: false, reason: 'no-article' });
    });
    it(`an Arabic listing page of linked headlines is no-article (${dom})`, () => {
      expect(extract(parse(dom, arListingPage()).doc, 'https://www.akhbar-misr.com.eg/section/1')).toMatchObject({ ok: false, reason: 'no-article' });
    });
  }

  const frameset =
    '<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8"><title>Örnek Bakanlık</title></head><frameset cols="25%,75%"><frame src="menu.html" name="menu"><frame src="anasayfa.html" name="icerik"><noframes>Tarayıcınız çerçeveleri desteklemiyor.</noframes></frameset></html>';
  const garbage = garbageBytes(6000);
  const degenerate: Array<{ name: string; html: string }> = [
    { name: 'an empty document', html: '' },
    { name: 'a whitespace-only document', html: ' \n\t ' },
    { name: 'a frameset-only page', html: frameset },
    { name: 'binary garbage read as Latin-1', html: garbage.toString('latin1') },
    { name: 'binary garbage read as UTF-8', html: garbage.toString('utf8') },
  ];
  for (const dom of DOMS) {
    for (const { name, html } of degenerate) {
      it(`${name} (${dom}) gives ok:false without throwing`, () => {
        let result: ExtractionResult | undefined;
        expect(() => {
          result = extract(parse(dom, html).doc, TR_URL);
        }).not.toThrow();
        expect(result!.ok).toBe(false);
      });
      it(`${name} (${dom}) fails as no-article or not-html, not as an internal error`, () => {
        const result = extract(parse(dom, html).doc, TR_URL);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(['no-article', 'not-html']).toContain(result.reason);
      });
    }
  }
});

describe('DOM clobbering', () => {
  const clobbered = trArticle({
    bodyStart: `<form name="documentElement" action="/ara" class="arama"><input type="search" name="q" placeholder="Haber ara"></form>
<img name="body" src="/img/logo.png" alt="Örnek Haber">
<a id="location" href="/iletisim">İletişim</a>`,
    afterHeadline: '<figure><img id="title" src="/img/konut.jpg" alt="Konutlar"><figcaption>Hatay\'da tamamlanan konutlar</figcaption></figure>',
    afterArticle: '<form class="bulten" action="/bulten"><input type="email" name="attributes" placeholder="E-posta"><button>Gönder</button></form>',
  });

  for (const dom of DOMS) {
    it(`clobbering names in the page do not break extraction or change the title (${dom})`, () => {
      const { doc, markup } = parse(dom, clobbered);
      const before = markup();
      let result: ExtractionResult | undefined;
      expect(() => {
        result = extract(doc, TR_URL);
      }).not.toThrow();
      const record = recordOf(result!);
      expect(record.title).toBe(TR_TITLE);
      for (const p of TR_PARAGRAPHS) expect(record.text).toContain(p);
      expect(markup()).toBe(before);
    });
  }

  // jsdom does not expose named elements as document or form properties; browsers do ([LegacyOverrideBuiltIns]
  // on Document and HTMLFormElement). Own properties on the live objects reproduce what a browser page sees.
  it('browser-style clobbered properties on the live document and forms do not break extraction', () => {
    const dom = new JSDOM(clobbered);
    const doc = dom.window.document;
    const before = dom.serialize();
    const form = doc.querySelector('form[name="documentElement"]')!;
    const logo = doc.querySelector('img[name="body"]')!;
    Object.defineProperty(doc, 'documentElement', { value: form, configurable: true });
    Object.defineProperty(doc, 'body', { value: logo, configurable: true });
    for (const f of Array.from(doc.querySelectorAll('form'))) {
      const input = f.querySelector('input[name="attributes"]');
      if (input) Object.defineProperty(f, 'attributes', { value: input, configurable: true });
    }
    expect(doc.documentElement).toBe(form);
    let result: ExtractionResult | undefined;
    expect(() => {
      result = extract(doc, TR_URL);
    }).not.toThrow();
    const record = recordOf(result!);
    expect(record.title).toBe(TR_TITLE);
    for (const p of TR_PARAGRAPHS) expect(record.text).toContain(p);
    expect(dom.serialize()).toBe(before);
  });
});

describe('record fields', () => {
  it('extractedAt is the given now', () => {
    expect(recordOf(extract(parse('linkedom', trArticle()).doc, TR_URL)).extractedAt).toBe('2025-11-20T10:00:00.000Z');
    const later = new Date('2026-03-01T08:30:15.250Z');
    expect(recordOf(extract(parse('linkedom', arArticle()).doc, AR_URL, { now: later })).extractedAt).toBe('2026-03-01T08:30:15.250Z');
  });

  it.each([
    ['Turkish', () => trArticle(), TR_URL, TR_PARAGRAPHS],
    ['Arabic', () => arArticle(), AR_URL, AR_PARAGRAPHS],
  ] as const)('%s: text is one block per paragraph and contentHash is SHA-256 of the whitespace-collapsed text', (_name, html, url, paragraphs) => {
    const record = recordOf(extract(parse('linkedom', html()).doc, url));
    const expectedText = joinedText(paragraphs);
    expect(record.text).toBe(expectedText);
    expect(record.contentHash).toBe(sha256(collapse(expectedText)));
    expect(record.contentHash).toBe(sha256(collapse(record.text)));
  });

  it('contentHash ignores how whitespace is laid out in the page', () => {
    const spaced = TR_PARAGRAPHS.map((p) => p.replace(/ /g, '  \n\t '));
    const a = recordOf(extract(parse('linkedom', trArticle()).doc, TR_URL));
    const b = recordOf(extract(parse('linkedom', trArticle({ paragraphs: spaced })).doc, TR_URL));
    expect(b.contentHash).toBe(sha256(collapse(b.text)));
    expect(b.contentHash).toBe(a.contentHash);
  });

  it('canonicalUrl and url drop utm_*, fbclid, gclid and the fragment', () => {
    const page = trArticle({ head: `<link rel="canonical" href="https://www.ornekhaber.com.tr/gundem/deprem-konutlari-1234?id=7&amp;utm_campaign=kasim&amp;gclid=Cj0KCQiA#ust">` });
    const record = recordOf(
      extract(parse('linkedom', page).doc, 'https://www.ornekhaber.com.tr/gundem/deprem-konutlari-1234?utm_source=twitter&utm_medium=social&fbclid=IwAR0xyz&id=7#yorumlar'),
    );
    expect(record.url).toBe('https://www.ornekhaber.com.tr/gundem/deprem-konutlari-1234?id=7');
    expect(record.canonicalUrl).toBe('https://www.ornekhaber.com.tr/gundem/deprem-konutlari-1234?id=7');
  });

  it('canonicalUrl follows a canonical on the same site (another host name of it)', () => {
    const page = arArticle({ head: '<link rel="canonical" href="https://akhbar-misr.com.eg/news/12345?utm_source=fb">' });
    const record = recordOf(extract(parse('linkedom', page).doc, 'https://m.akhbar-misr.com.eg/news/12345?fbclid=abc'));
    expect(record.canonicalUrl).toBe('https://akhbar-misr.com.eg/news/12345');
  });

  it('canonicalUrl ignores a canonical on another site', () => {
    const page = arArticle({ head: '<link rel="canonical" href="https://www.partner-news.com/ar/story/98765">' });
    const record = recordOf(extract(parse('linkedom', page).doc, `${AR_URL}?utm_source=whatsapp#comments`));
    expect(record.url).toBe(AR_URL);
    expect(record.canonicalUrl).toBe(AR_URL);
  });

  it.each([
    // Cairo is UTC+2 in winter and, since 2023, UTC+3 from the last Friday of April to the last Thursday of October.
    ['winter', '2025-11-20T10:00:00Z', '2025-11-20T09:00:00+02:00'],
    ['summer', '2025-07-15T12:00:00Z', '2025-07-15T12:00:00+03:00'],
  ])('"منذ 3 ساعات" on a .eg site is now − 3 h in Cairo time, marked approximate (%s)', (_season, now, expected) => {
    const page = arArticle({ afterHeadline: '<div class="meta"><span class="date">منذ 3 ساعات</span></div>' });
    const record = recordOf(extract(parse('linkedom', page).doc, AR_URL, { now: new Date(now) }));
    expect(record.dateApproximate).toBe(true);
    expect(record.publishedAt).toBe(expected);
    expect(Date.parse(record.publishedAt!)).toBe(Date.parse(now) - 3 * 3600_000);
    expect(record.timeZone).toBe('Africa/Cairo');
    expect(record.text).not.toContain('منذ 3 ساعات');
  });

  it('an absolute date is not approximate', () => {
    const page = trArticle({ head: '<meta property="article:published_time" content="2025-11-20T09:15:00+03:00">' });
    const record = recordOf(extract(parse('linkedom', page).doc, TR_URL));
    expect(record.dateApproximate).toBe(false);
    expect(record.publishedAt).toBe('2025-11-20T09:15:00+03:00');
  });

  it('text, title and excerpt hold no control characters other than \\n', () => {
    const controls = ['\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\u0085', '\u009B', '\t', '\r'];
    const paragraphs = TR_PARAGRAPHS.map((p, i) => {
      const words = p.split(' ');
      return words.map((w, j) => (j % 4 === 3 ? `${w}${controls[(i * 7 + j) % controls.length]}` : w)).join(' ');
    });
    paragraphs.push('Açıklamanın tam metni&#7; bakanlığın internet sitesinde&#27; yayımlandı ve&#127; basın mensuplarıyla paylaşıldı; sorular için&#1; iletişim birimine başvurulabileceği bildirildi.');
    const page = trArticle({ paragraphs, title: `${TR_TITLE}\u0007` });
    for (const dom of DOMS) {
      const record = recordOf(extract(parse(dom, page).doc, TR_URL));
      const control = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
      expect(record.text, `${dom}: text`).not.toMatch(control);
      expect(record.title, `${dom}: title`).not.toMatch(control);
      expect(record.excerpt ?? '', `${dom}: excerpt`).not.toMatch(control);
      // The words around the control characters are kept.
      expect(record.text).toContain('yayımlandı');
      expect(record.text).toContain('Kahramanmaraş');
      expect(record.wordCount).toBeGreaterThan(150);
    }
  });

  it('Arabic tags are de-duplicated across hamza, taa marbuta, alif maqsura and Persian yeh spellings', () => {
    const page = arArticle({
      head: `<meta property="article:tag" content="وزاره الري">
<meta property="article:tag" content="المياه">
<meta property="article:tag" content="الانتاج الزراعي">
<meta property="article:tag" content="أسعار الأسمدة">
<meta property="article:tag" content="آبار المياه">
<meta name="keywords" content="اسعار الاسمدة، محافظه المنيا، ابار المياه، مستشفى المنيا، مستشفي المنيا، إدارة المياه، ادارة المياه">`,
      afterArticle: `<div class="tags"><span class="tagsTitle">الوسوم</span>
<a href="/tags/1">وزارة الري</a><a href="/tags/2">محافظة المنيا</a><a href="/tags/3">المیاه</a><a href="/tags/4">الإنتاج الزراعي</a></div>`,
    });
    const record = recordOf(extract(parse('linkedom', page).doc, AR_URL));
    // First spelling wins, shown with Arabic yeh (ي) where the page typed Persian yeh (ی).
    expect(record.tags).toEqual(['وزارة الري', 'محافظة المنيا', 'المياه', 'الإنتاج الزراعي', 'أسعار الأسمدة', 'آبار المياه', 'مستشفى المنيا', 'إدارة المياه']);
  });

  it('Turkish tags are de-duplicated across letter case, with Turkish casing rules', () => {
    const page = trArticle({
      head: ['Deprem', 'DEPREM', 'deprem', 'İklim değişikliği', 'iklim değişikliği', 'İKLİM DEĞİŞİKLİĞİ', 'Kahramanmaraş']
        .map((t) => `<meta property="article:tag" content="${t}">`)
        .join('\n'),
    });
    const record = recordOf(extract(parse('linkedom', page).doc, TR_URL));
    expect(record.tags).toEqual(['Deprem', 'İklim değişikliği', 'Kahramanmaraş']);
  });
});

describe('markup written into declared metadata', () => {
  it('is taken out of meta tags and JSON-LD: the record holds the words only', () => {
    const head = [
      `<meta property="og:site_name" content="&lt;b onmouseover=&quot;alert(1)&quot;&gt;Gündem&lt;/b&gt; Hattı">`,
      `<meta name="author" content="&lt;img src=x onerror=alert(1)&gt;Ayşe Yılmaz">`,
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"<i>${TR_TITLE}</i>","keywords":"<b>deprem</b>, konut"}</script>`,
    ].join('');
    const result = extractArticle(parseHtmlDocument(trArticle({ head, siteName: '' })), TR_URL, { now: NOW, sanitizer });
    if (!result.ok) throw new Error(result.reason);
    expect(result.record.title).toBe(TR_TITLE);
    expect(result.record.siteName).toBe('Gündem Hattı');
    expect(result.record.byline).toBe('Ayşe Yılmaz');
    expect(result.record.tags).toEqual(expect.arrayContaining(['deprem', 'konut']));
    expect(JSON.stringify([result.record.title, result.record.siteName, result.record.byline, result.record.tags])).not.toMatch(/[<>]/);
  });
});
