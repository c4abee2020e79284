import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract-article';
import { nodeSanitizer, parseHtmlDocument } from '../../../utils/node/node-dom';

const PARAGRAPHS = [
  'انتشر خبر خلال الساعات الأخيرة عن افتتاح مكتبة عامة جديدة في وسط المدينة.',
  'وقال مدير المكتبة إن أبوابها ستفتح للجمهور يوم السبت المقبل من التاسعة صباحا.',
  'وتضم المكتبة قاعة للأطفال وأخرى للمطالعة وركنا للكتب النادرة.',
];

/** A WordPress-style page: the body container's class says "no-share", inside a dozen layout wrappers. */
const page = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>افتتاح مكتبة عامة جديدة</title></head>
<body class="rtl single single-post"><div class="viewport"><div class="post-wrapper"><div class="main"><div class="container"><div class="row">
<div class="main-content col-md-8"><div class="inner-content"><h1 class="title">افتتاح مكتبة عامة جديدة</h1>
<div class="entry-content no-share"><div class="content-inner">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div>
</div></div><div class="sidebar col-md-4"><a href="/a">خبر آخر</a></div></div></div></div></div></div></body></html>`;

describe('a short article in a body container whose class mentions sharing', () => {
  it.each([
    ['linkedom', () => parseHtmlDocument(page)],
    ['jsdom', () => new JSDOM(page).window.document],
  ] as const)('is extracted whole (%s)', (_dom, parse) => {
    const result = extractArticle(parse(), 'https://www.example.com/news/1', { now: new Date('2025-11-20T10:00:00Z'), sanitizer: nodeSanitizer() });
    expect(result.ok ? result.record.text : result).toBe(PARAGRAPHS.join('\n\n'));
  });
});
