/**
 * fast-check arbitraries for whole pages, serialised to HTML strings: random trees of real elements with
 * realistic and hostile attributes, head metadata (title, Open Graph, JSON-LD, some of it broken), and
 * news-article skeletons whose paragraphs are laced with hostile text, so that many cases reach a record.
 * Documents stay small (a few kilobytes): each case is extracted twice, and CI runs ten thousand of them.
 */

import fc from 'fast-check';
import {
  ARABIC, CLASS_WORDS, CONTAINER_TAGS, DIGITS_AND_DATES, DIRS, ENTITIES, EVENT_HANDLERS, HOSTILE_CHARS, ITEMPROPS, LANGS, MIXED,
  RAW_MARKUP, STYLES, TURKISH, URLS, VOID_TAGS,
} from './vocab';

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** How much of the text is hostile characters rather than words. */
export interface TextMix {
  hostile: number;
}
const DEFAULT_MIX: TextMix = { hostile: 3 };

/** A run of page text as a plain string (not yet escaped): words with hostile characters and dates between. */
export function rawTextArb(mix: TextMix = DEFAULT_MIX): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TURKISH) },
    { weight: 4, arbitrary: fc.constantFrom(...ARABIC) },
    { weight: 2, arbitrary: fc.constantFrom(...MIXED) },
    { weight: 2, arbitrary: fc.constantFrom(...DIGITS_AND_DATES) },
    { weight: mix.hostile, arbitrary: fc.constantFrom(...HOSTILE_CHARS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  );
  return fc
    .array(fc.tuple(piece, fc.constantFrom(' ', ' ', '', '\n', '  ', '\u00A0')), { minLength: 1, maxLength: 5 })
    .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
}

/** Text as markup: escaped text with raw entity references between the pieces. */
export function textMarkupArb(mix: TextMix = DEFAULT_MIX): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 8, arbitrary: rawTextArb(mix).map(escapeText) }, { weight: 1, arbitrary: fc.constantFrom(...ENTITIES) }), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.join(''));
}

const CLOBBER_NAMES = ['documentElement', 'body', 'querySelector', 'querySelectorAll', 'attributes', 'getAttribute', 'children', 'firstChild', 'parentNode', 'tagName', 'nodeType', 'cloneNode', 'title', 'location', 'appendChild', 'removeChild', 'textContent', 'nodeName'];

/** One attribute, rendered (` name="value"`). */
const attributeArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: fc.array(fc.constantFrom(...CLASS_WORDS), { minLength: 1, maxLength: 3 }).map((c) => ['class', c.join(' ')] as const) },
    { weight: 2, arbitrary: fc.constantFrom(...CLASS_WORDS).map((c) => ['id', c] as const) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom('href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data', 'background', 'cite', 'data-src'), fc.constantFrom(...URLS)) },
    { weight: 1, arbitrary: fc.tuple(fc.constant('dir'), fc.constantFrom(...DIRS)) },
    { weight: 1, arbitrary: fc.tuple(fc.constant('lang'), fc.constantFrom(...LANGS)) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...EVENT_HANDLERS), fc.constantFrom('alert(1)', 'fetch("/hit")', '')) },
    { weight: 1, arbitrary: fc.tuple(fc.constant('style'), fc.constantFrom(...STYLES)) },
    { weight: 1, arbitrary: fc.tuple(fc.constant('itemprop'), fc.constantFrom(...ITEMPROPS)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('title', 'alt', 'datetime', 'content', 'aria-label', 'role', 'hidden', 'data-x'), rawTextArb()) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('name', 'id'), fc.constantFrom(...CLOBBER_NAMES)) },
  )
  .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`);

const attributesArb = fc.array(attributeArb, { maxLength: 3 }).map((a) => a.join(''));

const SCRIPTS = [
  '<script>var s = "</scr" + "ipt>"; document.write("<p>x</p>");</script>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"</script><p>kaçış</p>"}</script>',
  '<script src="https://cdn.example.com/app.js" async></script>',
  '<style>.a{color:red} p{background:url(javascript:alert(1))}</style>',
  '<noscript><img src="/pixel.gif" onerror="alert(1)"></noscript>',
];

/** A body node: text, a void element, raw broken markup, a script or style, or an element with children. */
export function bodyNodeArb(options: { maxDepth: number; mix?: TextMix }): fc.Arbitrary<string> {
  const text = textMarkupArb(options.mix);
  const { node } = fc.letrec<{ node: string; element: string }>((tie) => ({
    node: fc.oneof(
      { maxDepth: options.maxDepth, depthSize: 'small', withCrossShrink: true },
      { weight: 6, arbitrary: text },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...VOID_TAGS), attributesArb).map(([tag, attrs]) => `<${tag}${attrs}>`) },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_MARKUP) },
      { weight: 1, arbitrary: fc.constantFrom(...SCRIPTS) },
      { weight: 7, arbitrary: tie('element') },
    ),
    element: fc
      .tuple(fc.constantFrom(...CONTAINER_TAGS), attributesArb, fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`),
  }));
  return node;
}

const META_NAMES = [
  'og:title', 'og:site_name', 'og:description', 'og:locale', 'og:url', 'og:type', 'og:image', 'article:published_time', 'article:modified_time',
  'article:tag', 'article:author', 'article:section', 'description', 'keywords', 'news_keywords', 'author', 'twitter:title', 'twitter:description',
  'pubdate', 'date', 'dc.date', 'dc.language', 'content-language', 'parsely-pub-date', 'sailthru.date',
];

const metaValueArb = fc.oneof(rawTextArb(), fc.constantFrom(...DIGITS_AND_DATES), fc.constantFrom(...URLS), fc.constantFrom(...LANGS));

const jsonLdObjectArb = fc.record(
  {
    '@context': fc.constantFrom('https://schema.org', 'http://schema.org/', '', 'https://evil.example/'),
    '@type': fc.constantFrom('NewsArticle', 'Article', 'WebPage', 'ReportageNewsArticle', 'Person', 'BreadcrumbList', ['NewsArticle', 'Article'], 42),
    headline: fc.oneof(rawTextArb(), fc.constant(null), fc.integer()),
    name: rawTextArb(),
    description: rawTextArb(),
    datePublished: fc.oneof(fc.constantFrom(...DIGITS_AND_DATES), rawTextArb(), fc.constant({})),
    dateModified: fc.constantFrom(...DIGITS_AND_DATES),
    author: fc.oneof(
      rawTextArb(),
      rawTextArb().map((name) => ({ '@type': 'Person', name })),
      fc.array(rawTextArb().map((name) => ({ name })), { maxLength: 3 }),
      fc.constant({ name: 12 }),
    ),
    publisher: rawTextArb().map((name) => ({ '@type': 'Organization', name, logo: { url: '/logo.png' } })),
    inLanguage: fc.constantFrom(...LANGS),
    keywords: fc.oneof(rawTextArb(), fc.array(rawTextArb(), { maxLength: 4 })),
    articleSection: rawTextArb(),
    url: fc.constantFrom(...URLS),
    mainEntityOfPage: fc.constantFrom(...URLS).map((id) => ({ '@id': id })),
    articleBody: rawTextArb(),
  },
  { requiredKeys: [] },
);

/** A JSON-LD block: valid objects, graphs and arrays, and broken, truncated, deep or random JSON. */
const jsonLdArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: jsonLdObjectArb.map((o) => JSON.stringify(o)) },
    { weight: 1, arbitrary: fc.array(jsonLdObjectArb, { maxLength: 3 }).map((a) => JSON.stringify({ '@graph': a })) },
    { weight: 1, arbitrary: fc.array(jsonLdObjectArb, { maxLength: 3 }).map((a) => JSON.stringify(a)) },
    { weight: 1, arbitrary: fc.tuple(jsonLdObjectArb, fc.nat()).map(([o, n]) => { const s = JSON.stringify(o); return s.slice(0, n % (s.length + 1)); }) },
    { weight: 1, arbitrary: jsonLdObjectArb.map((o) => `${JSON.stringify(o).slice(0, -1)},}`) },
    { weight: 1, arbitrary: jsonLdObjectArb.map((o) => `/* yorum */ ${JSON.stringify(o)} // son`) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 1500 }).map((n) => `${'['.repeat(n)}{"@type":"NewsArticle","headline":"derin"}${']'.repeat(n)}`) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 1500 }).map((n) => `${'{"@graph":['.repeat(n)}{"@type":"NewsArticle"}${']}'.repeat(n)}`) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  )
  .map((json) => `<script type="application/ld+json">${json}</script>`);

/** Head elements: titles, meta tags, links, JSON-LD, base, charset declarations, scripts and styles. */
export function headArb(options: { maxItems: number }): fc.Arbitrary<string> {
  const item = fc.oneof(
    { weight: 2, arbitrary: textMarkupArb().map((t) => `<title>${t}</title>`) },
    {
      weight: 5,
      arbitrary: fc
        .tuple(fc.constantFrom('property', 'name', 'itemprop', 'http-equiv'), fc.constantFrom(...META_NAMES), metaValueArb)
        .map(([kind, name, value]) => `<meta ${kind}="${name}" content="${escapeAttribute(value)}">`),
    },
    { weight: 3, arbitrary: jsonLdArb },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('canonical', 'alternate', 'amphtml', 'shortlink'), fc.constantFrom(...URLS), fc.option(fc.constantFrom(...LANGS)))
        .map(([rel, href, lang]) => `<link rel="${rel}" href="${escapeAttribute(href)}"${lang === null ? '' : ` hreflang="${escapeAttribute(lang)}"`}>`),
    },
    { weight: 1, arbitrary: fc.constantFrom(...URLS).map((href) => `<base href="${escapeAttribute(href)}">`) },
    { weight: 1, arbitrary: fc.constantFrom('<meta charset="utf-8">', '<meta charset="windows-1256">', '<meta charset="x-nonsense">', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">') },
    { weight: 1, arbitrary: fc.constantFrom(...SCRIPTS) },
  );
  return fc.array(item, { maxLength: options.maxItems }).map((items) => items.join('\n'));
}

const htmlOpenArb = fc
  .tuple(fc.option(fc.constantFrom(...LANGS)), fc.option(fc.constantFrom(...DIRS)))
  .map(([lang, dir]) => `<html${lang === null ? '' : ` lang="${escapeAttribute(lang)}"`}${dir === null ? '' : ` dir="${dir}"`}>`);

/** A page of random elements: any structure, any attributes, with or without its html/head/body tags. */
export function randomPageArb(options: { maxDepth: number; maxChildren: number; mix?: TextMix }): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.boolean(),
      htmlOpenArb,
      headArb({ maxItems: 6 }),
      attributesArb,
      fc.array(bodyNodeArb({ maxDepth: options.maxDepth, mix: options.mix }), { maxLength: options.maxChildren }),
      fc.constantFrom('full', 'no-html', 'body-only', 'fragment'),
    )
    .map(([doctype, htmlOpen, head, bodyAttrs, nodes, shape]) => {
      const body = nodes.join('\n');
      const start = doctype ? '<!DOCTYPE html>\n' : '';
      if (shape === 'fragment') return `${start}${head}${body}`;
      if (shape === 'body-only') return `${start}<body${bodyAttrs}>${body}</body>`;
      if (shape === 'no-html') return `${start}<head>${head}</head><body${bodyAttrs}>${body}</body>`;
      return `${start}${htmlOpen}<head>${head}</head><body${bodyAttrs}>${body}</body></html>`;
    });
}

const LONG_SENTENCES = [...TURKISH.filter((s) => s.length > 40), ...ARABIC.filter((s) => s.length > 40), ...MIXED.filter((s) => s.length > 40)];

/** A paragraph: several real sentences with hostile text and small elements between them. */
function paragraphArb(mix: TextMix): fc.Arbitrary<string> {
  const bit = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...LONG_SENTENCES).map(escapeText) },
    { weight: 3, arbitrary: textMarkupArb(mix) },
    { weight: 2, arbitrary: bodyNodeArb({ maxDepth: 2, mix }) },
  );
  return fc.tuple(fc.constantFrom('p', 'p', 'p', 'div', 'h2', 'blockquote', 'li'), attributesArb, fc.array(bit, { minLength: 2, maxLength: 4 })).map(
    ([tag, attrs, bits]) => (tag === 'li' ? `<ul><li${attrs}>${bits.join(' ')}</li></ul>` : `<${tag}${attrs}>${bits.join(' ')}</${tag}>`),
  );
}

const BODY_CLASSES = ['article-body', 'haber-detay', 'news-detail', 'entry-content', 'content', 'story-body', 'post-content', 'detay', ''];

/** A news page skeleton (header, article with headline and body container, boilerplate, footer) laced with hostile content. */
export function articlePageArb(options: { mix?: TextMix; headItems?: number } = {}): fc.Arbitrary<string> {
  const mix = options.mix ?? DEFAULT_MIX;
  const noise = fc.array(bodyNodeArb({ maxDepth: 2, mix }), { maxLength: 2 }).map((n) => n.join(''));
  return fc
    .record({
      htmlOpen: htmlOpenArb,
      head: headArb({ maxItems: options.headItems ?? 4 }),
      headerNoise: noise,
      headline: textMarkupArb(mix),
      metaLine: fc.oneof(fc.constant(''), fc.constantFrom(...DIGITS_AND_DATES).map((d) => `<div class="date">${escapeText(d)}</div>`), noise),
      bodyClass: fc.constantFrom(...BODY_CLASSES),
      bodyAttrs: attributesArb,
      paragraphs: fc.array(fc.oneof({ weight: 5, arbitrary: paragraphArb(mix) }, { weight: 1, arbitrary: noise }), { minLength: 2, maxLength: 4 }),
      afterBody: noise,
      footerNoise: noise,
      articleTag: fc.constantFrom('article', 'div', 'section', 'main'),
    })
    .map(
      (p) => `<!DOCTYPE html>
${p.htmlOpen}<head><meta charset="utf-8">${p.head}</head>
<body><header class="site-header">${p.headerNoise}<nav><a href="/">Ana Sayfa</a> <a href="/gundem">Gündem</a> <a href="/section/1">أخبار</a></nav></header>
<main><${p.articleTag}><h1>${p.headline}</h1>${p.metaLine}
<div class="${p.bodyClass}"${p.bodyAttrs}>
${p.paragraphs.join('\n')}
</div>${p.afterBody}</${p.articleTag}></main>
<footer>${p.footerNoise}<p>© 2025</p></footer></body></html>`,
    );
}

/** Page addresses: news and ministry sites, odd but valid URLs, and a few that are not URLs at all. */
export const pageUrlArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('https://www.aa.com.tr/tr/gundem/haber/123', 'https://www.youm7.com/story/2025/11/20/1', 'https://www.mohp.gov.eg/News.aspx?id=5&utm_source=x', 'https://www.tarimorman.gov.tr/Haber/6001/baslik', 'http://localhost:8080/a.html', 'file:///tmp/page.html') },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: fc.constantFrom('not a url', '', 'javascript:alert(1)', 'about:blank', 'https://xn--mgbh0fb.xn--kgbechtv/خبر/١') },
);

/** Clocks from 1990 to 2040. */
export const nowArb = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T23:59:59Z'), noInvalidDate: true });
