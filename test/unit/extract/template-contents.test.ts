import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract-article';
import { nodeSanitizer, parseHtmlDocument } from '../../../utils/node/node-dom';

const ARTICLE = [
  'Valilikten yapılan açıklamada, kış aylarında ulaşımın aksamaması için karayolları ve belediye ekiplerinin ortak bir koordinasyon merkezi kurduğu belirtildi.',
  'Açıklamada vatandaşların yola çıkmadan önce hava durumunu takip etmeleri ve zorunlu olmadıkça seyahat etmemeleri istendi.',
];
const TEMPLATE_TEXT = 'Bu metin bir şablonun içindedir ve sayfada hiçbir zaman görünmez; tarayıcı onu belgenin parçası saymaz, yalnızca betikler kopyalayarak kullanır.';

/** A page with <template> elements in its head and body whose contents a browser never shows. */
const page = `<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8"><title>Kış tedbirleri</title>
<template id="kart"><p>${TEMPLATE_TEXT}</p><p>${TEMPLATE_TEXT}</p></template></head>
<body><article><h1>Kış tedbirleri açıklandı</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join('')}</article>
<template><div><p>${TEMPLATE_TEXT}</p></div></template></body></html>`;

describe('template contents', () => {
  it.each([
    ['linkedom', () => parseHtmlDocument(page)],
    ['jsdom', () => new JSDOM(page).window.document],
  ] as const)('are neither read nor tripped over (%s)', (_dom, parse) => {
    const result = extractArticle(parse(), 'https://www.ornek.gov.tr/haber/1', { now: new Date('2025-11-20T10:00:00Z'), sanitizer: nodeSanitizer() });
    expect(result.ok ? result.record.text : result).toBe(ARTICLE.join('\n\n'));
  });
});
