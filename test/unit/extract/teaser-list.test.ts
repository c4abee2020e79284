import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract-article';
import { isTeaserList } from '../../../utils/extract/teaser-list';
import { nodeSanitizer, parseHtmlDocument } from '../../../utils/node/node-dom';

const content = (html: string): Element => parseHtmlDocument(`<html><body><div id="c">${html}</div></body></html>`).getElementById('c')!;

const TEASERS: Array<[string, string]> = [
  ['Vali, ilçedeki okul inşaatlarını yerinde inceledi', 'İnşaatların yıl sonunda bitirilmesi hedefleniyor.'],
  ['Kış tedbirleri toplantısı yapıldı', 'Karla mücadele ekipleri göreve hazır.'],
  ['Kan bağışı kampanyasına yoğun ilgi', 'Üç günde bin iki yüz ünite kan toplandı.'],
  ['Çiftçilere tohum desteği dağıtıldı', 'Destek bu yıl iki kat arttı.'],
  ['Hemşehrilerimize önemli duyuru', 'Su kesintisi cumartesi günü sona erecek.'],
];
const teaser = ([title, summary]: [string, string], i: number, level = 'h3') =>
  `<div class="item"><${level}><a href="/haber/${i}">${title}</a></${level}><span>${i + 1} Kasım 2025</span><p>${summary}</p></div>`;

const PARAGRAPH =
  'Valilikten yapılan açıklamada, kış aylarında ulaşımın aksamaması için karayolları, belediyeler ve il özel idaresi ekiplerinin ortak bir koordinasyon merkezi kurduğu, yolların durumunun bu merkezden anlık olarak izleneceği belirtildi. Açıklamada vatandaşların yola çıkmadan önce hava durumunu takip etmeleri istendi.';

describe('isTeaserList', () => {
  it('linked headlines with one-line summaries are a listing', () => {
    expect(isTeaserList(content(TEASERS.map((t, i) => teaser(t, i)).join('')))).toBe(true);
    expect(isTeaserList(content(TEASERS.map((t, i) => teaser(t, i, 'h2')).join('')))).toBe(true);
  });

  it('three linked headlines are a "read also" box, not a listing', () => {
    expect(isTeaserList(content(TEASERS.slice(0, 3).map((t, i) => teaser(t, i)).join('')))).toBe(false);
  });

  it('an article whose sub-headings are plain text is not a listing', () => {
    const html = TEASERS.map(([title]) => `<h3>${title}</h3><p>${PARAGRAPH}</p>`).join('');
    expect(isTeaserList(content(html))).toBe(false);
  });

  it('an article with a related box of linked headlines under long paragraphs is not a listing', () => {
    const html = `${`<p>${PARAGRAPH}</p>`.repeat(6)}${TEASERS.map(([title], i) => `<h4><a href="/haber/${i}">${title}</a></h4>`).join('')}`;
    expect(isTeaserList(content(html))).toBe(false);
  });

  it('a heading only partly linked is not a teaser headline', () => {
    const html = TEASERS.map(([title, summary], i) => `<h3>Son dakika: ${title} <a href="/haber/${i}">devamı</a></h3><p>${summary}</p>`).join('');
    expect(isTeaserList(content(html))).toBe(false);
  });
});

describe('extractArticle on a section page of teasers with summaries', () => {
  it('gives no-article instead of a record of the teasers', () => {
    const page = `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Haberler - Ornek Valiliği</title></head><body>
<header><a href="/">Ornek Valiliği</a><nav><a href="/">Ana Sayfa</a> <a href="/haberler">Haberler</a></nav></header>
<main><h1>Haberler</h1><div class="list">${[...TEASERS, ...TEASERS].map((t, i) => teaser(t, i)).join('\n')}</div></main>
<footer>© 2025 Ornek Valiliği</footer></body></html>`;
    // Read from a saved file (file://), relative links resolve to no web address; the headlines still count as links.
    for (const url of ['https://www.ornek.gov.tr/haberler', 'file:///tmp/kayit/haberler.html']) {
      const result = extractArticle(parseHtmlDocument(page), url, { now: new Date('2025-11-20T10:00:00Z'), sanitizer: nodeSanitizer() });
      expect(result, url).toMatchObject({ ok: false, reason: 'no-article' });
    }
  });
});
