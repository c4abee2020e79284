/**
 * Hostile article pages: each news item of `articles.ts` laid out as a real Turkish or Arabic news site
 * would (head metadata, JSON-LD, Open Graph, header and navigation, byline, dateline, spot, figure, body
 * with a list and a quote, tag cloud, related items, footer), with a share of the payload corpus put in
 * its body and in every metadata channel. Every payload lands on exactly one page.
 */

import { ARTICLES, type Article } from './articles';
import { SINGLE_VALUE_CHANNELS, xssPayloads, type Payload, type PayloadChannel } from './payloads';
import { withSentinel } from './sentinel';

export interface HostilePage {
  slug: string;
  /** The page, with the sentinel origin filled in. */
  html: string;
  payloadIds: string[];
  /** The address the page declares for itself (what Node tests extract it as). */
  url: string;
  lang: 'tr' | 'ar';
  headline: string;
  /** Sentences of the article that any extraction of the page must keep. */
  keySentences: string[];
}

const SINGLE = new Set<PayloadChannel>(SINGLE_VALUE_CHANNELS);

/**
 * Deals the payloads out over the articles: each goes to the page with the fewest payloads so far that
 * still has its channel free (a page has one title, one JSON-LD headline, one end of page…).
 */
export function dealPayloads(payloads: Payload[], pageCount: number): Payload[][] {
  const pages: Payload[][] = Array.from({ length: pageCount }, () => []);
  for (const payload of payloads) {
    const free = pages.filter((page) => !SINGLE.has(payload.where) || !page.some((p) => p.where === payload.where));
    if (!free.length) throw new Error(`no page left for another ${payload.where} payload (${payload.id})`);
    const target = free.reduce((best, page) => (page.length < best.length ? page : best));
    target.push(payload);
  }
  return pages;
}

const TEXTS = {
  tr: {
    nav: ['Gündem', 'Ekonomi', 'Dünya', 'Spor', 'Sağlık', 'Eğitim'],
    byline: 'Muhabir',
    tagsLabel: 'Etiketler',
    relatedLabel: 'İlgili Haberler',
    photo: 'Fotoğraf',
    footer: 'Tüm hakları saklıdır. İçeriklerin izinsiz kopyalanması yasaktır.',
  },
  ar: {
    nav: ['الرئيسية', 'محليات', 'اقتصاد', 'عربي ودولي', 'رياضة', 'ثقافة'],
    byline: 'كتب',
    tagsLabel: 'الكلمات الدالة',
    relatedLabel: 'اقرأ أيضا',
    photo: 'صورة أرشيفية',
    footer: 'جميع الحقوق محفوظة. يحظر النسخ دون إذن.',
  },
} as const;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Payload values of one channel, in corpus order. */
function valuesOf(payloads: Payload[], where: PayloadChannel): string[] {
  return payloads.filter((p) => p.where === where).map((p) => p.html);
}

/** `texts` with `extras` spread between them, in turn after each one. */
function interleave(texts: string[], extras: string[]): string[] {
  const out: string[] = [];
  const perGap = Math.ceil(extras.length / texts.length);
  texts.forEach((text, i) => {
    out.push(text);
    out.push(...extras.slice(i * perGap, (i + 1) * perGap));
  });
  return out;
}

function jsonLd(article: Article, payloads: Payload[]): string {
  const one = (where: PayloadChannel) => valuesOf(payloads, where)[0];
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    headline: one('jsonld:headline') !== undefined ? `${article.headline} ${one('jsonld:headline')}` : article.headline,
    description: article.spot,
    url: one('jsonld:url') ?? article.url,
    image: { '@type': 'ImageObject', url: one('jsonld:image') ?? article.url.replace(/[^/]+$/, 'kapak.jpg'), width: 1200, height: 675 },
    datePublished: one('jsonld:datePublished') ?? article.published,
    dateModified: article.published,
    inLanguage: article.lang,
    articleSection: one('jsonld:articleSection') ?? article.section,
    keywords: [...article.tags, ...valuesOf(payloads, 'jsonld:keywords')],
    author: { '@type': 'Person', name: one('jsonld:author.name') ?? article.author },
    publisher: { '@type': 'NewsMediaOrganization', name: one('jsonld:publisher.name') ?? article.siteName, logo: { '@type': 'ImageObject', url: new URL('/logo.png', article.url).href } },
  };
  // Written as a CMS would: JSON as is, so a value holding "</script>" ends the element (as it does on real sites).
  return JSON.stringify(data, null, 1);
}

/** The page for `article` with `payloads` in it, the sentinel placeholder still in place. */
function pageMarkup(article: Article, payloads: Payload[]): string {
  const t = TEXTS[article.lang];
  const dir = article.lang === 'ar' ? 'rtl' : 'ltr';
  const one = (where: PayloadChannel) => valuesOf(payloads, where)[0];
  const meta = (attr: 'name' | 'property', key: string, value: string) => `<meta ${attr}="${key}" content="${value}">`;
  const metaValue = (where: PayloadChannel, fallback: string) => one(where) ?? escapeAttribute(fallback);
  const site = new URL(article.url).origin;

  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(article.headline)} - ${escapeText(article.siteName)}${one('title') !== undefined ? ` ${one('title')}` : ''}</title>`,
    meta('name', 'description', escapeAttribute(article.spot)),
    meta('name', 'keywords', [...article.tags.map(escapeAttribute), ...valuesOf(payloads, 'meta:keywords')].join(', ')),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', one('meta:og:title') !== undefined ? `${escapeAttribute(article.headline)} ${one('meta:og:title')}` : escapeAttribute(article.headline)),
    meta('property', 'og:site_name', metaValue('meta:og:site_name', article.siteName)),
    meta('property', 'og:description', metaValue('meta:og:description', article.spot)),
    meta('property', 'og:url', metaValue('meta:og:url', article.url)),
    meta('property', 'og:locale', article.lang === 'ar' ? 'ar_AR' : 'tr_TR'),
    meta('property', 'article:published_time', article.published),
    meta('property', 'article:section', escapeAttribute(article.section)),
    meta('property', 'article:author', metaValue('meta:article:author', article.author)),
    ...[...article.tags.map(escapeAttribute), ...valuesOf(payloads, 'meta:article:tag')].map((tag) => meta('property', 'article:tag', tag)),
    `<link rel="canonical" href="${one('canonical') ?? article.url}">`,
    `<link rel="alternate" hreflang="${article.lang}" href="${article.url}">`,
    ...valuesOf(payloads, 'hreflang').map((href) => `<link rel="alternate" hreflang="en" href="${href}">`),
    `<script type="application/ld+json">${jsonLd(article, payloads)}</script>`,
    `<style>body{margin:0;font:17px/1.6 ${article.lang === 'ar' ? 'Tahoma,' : ''}system-ui,sans-serif;color:#222}header,main,footer{max-width:60rem;margin:auto;padding:0 1rem}nav a{margin-inline-end:1rem}figure img{max-width:100%}.etiketler a,.tags a{margin-inline-end:.5rem}</style>`,
    ...valuesOf(payloads, 'head'),
  ];

  const chrome = valuesOf(payloads, 'chrome');
  const half = Math.ceil(chrome.length / 2);
  const byline = `<span class="yazar author">${t.byline}: ${escapeText(article.author)}${one('byline') ?? ''}</span>`;
  const dateline = `<strong class="dateline">${one('dateline') ?? ''}${escapeText(article.dateline)} (${escapeText(article.agency)})</strong> - `;
  const blocks = [
    `<p>${dateline}${escapeText(article.paragraphs[0])}</p>`,
    `<p>${escapeText(article.paragraphs[1])}</p>`,
    `<p>${escapeText(article.listIntro)}</p>\n<ul>${article.list.map((item) => `<li>${escapeText(item)}</li>`).join('')}</ul>`,
    `<blockquote><p>«${escapeText(article.quote)}»</p><footer>— ${escapeText(article.quoteBy)}</footer></blockquote>`,
    `<p>${escapeText(article.paragraphs[2])}</p>`,
    `<p>${escapeText(article.paragraphs[3])}</p>`,
  ];
  const tagLinks = [
    ...article.tags.map((tag, i) => `<a href="/etiket/${i + 1}">${escapeText(tag)}</a>`),
    ...valuesOf(payloads, 'tag-cloud').map((inner, i) => `<a href="/etiket/${article.tags.length + i + 1}">${inner}</a>`),
  ];
  const related = [
    ...article.related.map((r) => `<li><a href="${r.path}">${escapeText(r.title)}</a></li>`),
    ...valuesOf(payloads, 'related-title').map((inner, i) => `<li><a href="${article.related[0]!.path.replace(/\d+$/, (n) => String(Number(n) - 1 - i))}">${inner}</a></li>`),
    ...valuesOf(payloads, 'related-href').map((href, i) => `<li><a href="${href}">${escapeText(article.related[i % article.related.length]!.title)} (2)</a></li>`),
  ];

  return `<!doctype html>
<html lang="${article.lang}" dir="${dir}">
<head>
${head.join('\n')}
</head>
<body>
<header class="site-header">
<a class="logo" href="${site}/">${escapeText(article.siteName)}</a>
<nav class="main-menu">${t.nav.map((item, i) => `<a href="/kategori/${i + 1}">${escapeText(item)}</a>`).join(' ')}</nav>
${chrome.slice(0, half).join('\n')}
</header>
<main>
<article class="haber-detay article-page">
<h1 class="haber-baslik">${escapeText(article.headline)}</h1>
<h2 class="spot">${escapeText(article.spot)}</h2>
<div class="haber-bilgi article-meta">${byline} <time datetime="${article.published}">${escapeText(article.publishedText)}</time></div>
<figure><img src="/media/${article.slug}.svg" alt="${escapeAttribute(article.headline)}" width="800" height="450"><figcaption>${t.photo}: ${escapeText(article.agency)}</figcaption></figure>
<div class="haber-metni article-body" itemprop="articleBody">
${interleave(blocks, valuesOf(payloads, 'body')).join('\n')}
</div>
<div class="etiketler tags"><span class="tagsTitle">${t.tagsLabel}:</span> ${tagLinks.join(' ')}</div>
</article>
<aside class="ilgili-haberler related-news"><h3>${t.relatedLabel}</h3><ul>
${related.join('\n')}
</ul></aside>
</main>
<footer class="site-footer">
${chrome.slice(half).join('\n')}
<p>© 2025 ${escapeText(article.siteName)}. ${t.footer}</p>
</footer>
${one('tail') ?? ''}
</body>
</html>
`;
}

/** Sentences every extraction of `article` must keep: the opening of each paragraph. */
function keySentencesOf(article: Article): string[] {
  return article.paragraphs.map((p) => p.split(/(?<=[.!؟])\s/)[0]!.slice(0, 60));
}

/**
 * The hostile pages, with `sentinelOrigin` (`http://127.0.0.1:4321`) where payloads call the sentinel.
 * The same corpus and the same pages come back on every call.
 */
export function hostilePages(sentinelOrigin: string): HostilePage[] {
  const dealt = dealPayloads(xssPayloads(), ARTICLES.length);
  return ARTICLES.map((article, i) => ({
    slug: article.slug,
    html: withSentinel(pageMarkup(article, dealt[i]!), sentinelOrigin),
    payloadIds: dealt[i]!.map((p) => p.id),
    url: article.url,
    lang: article.lang,
    headline: article.headline,
    keySentences: keySentencesOf(article),
  }));
}
