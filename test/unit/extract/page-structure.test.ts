import { describe, expect, it } from 'vitest';
import { narrowToArticleBody } from '../../../utils/extract/body-scope';
import { findLeadBlocks, hasLedeConvention, restoreLeadBlocks } from '../../../utils/extract/lead-blocks';
import { indexPage } from '../../../utils/extract/page-index';
import { PageTree } from '../../../utils/extract/page-tree';
import { parseHtmlDocument } from '../../../utils/node/node-dom';

const paragraph = (n: number) => `<p>${'Ankara’da düzenlenen toplantıda bakanlık yetkilileri yeni düzenlemeyi anlattı. '.repeat(n)}</p>`;

describe('indexPage', () => {
  const doc = parseHtmlDocument(`<!doctype html><html lang="tr"><head><title>Başlık - Site</title><base href="https://ornek.gov.tr/">
    <meta property="og:title" content="Başlık"><meta name="empty"><link rel="canonical" href="/haber/1"><link rel="stylesheet">
    <script type="application/ld+json">{}</script><script>var x = 1;</script></head>
    <body><header><h1>T.C. Bakanlık</h1></header><h2 class="news-title">Başlık</h2><span itemprop="author">Ayşe Kaya</span>
    <time datetime="2024-03-14">14 Mart</time><div class="site-footer">Adres: Ankara</div><footer>Telif</footer><address>Çankaya</address></body></html>`);
  const index = indexPage(doc);

  it('finds the document title and base elements, though they carry no useful attributes', () => {
    expect(index.titleElement?.textContent).toBe('Başlık - Site');
    expect(index.baseElement?.getAttribute('href')).toBe('https://ornek.gov.tr/');
  });
  it('lists meta tags with content and links with rel and href only', () => {
    expect(index.metas.map((m) => m.getAttribute('property'))).toEqual(['og:title']);
    expect(index.links.map((l) => l.getAttribute('rel'))).toEqual(['canonical']);
  });
  it('lists JSON-LD scripts but not other scripts', () => {
    expect(index.jsonLdScripts).toHaveLength(1);
  });
  it('lists headings by tag and by class, microdata, times and contact blocks', () => {
    expect(index.headings.map((h) => h.textContent)).toEqual(['T.C. Bakanlık', 'Başlık']);
    expect(index.itemprops.map((e) => e.textContent)).toEqual(['Ayşe Kaya']);
    expect(index.times).toHaveLength(1);
    expect(index.contactBlocks.map((e) => e.textContent)).toEqual(['Adres: Ankara', 'Telif', 'Çankaya']);
  });
  it('lists every element in document order, root first', () => {
    expect(index.order[0]).toBe(doc.documentElement);
    expect(index.order).toHaveLength(doc.querySelectorAll('*').length);
  });
  it('strips names and ids that clobber document and form properties', () => {
    const clobbered = parseHtmlDocument('<html><body><form name="documentElement"><input name="attributes" id="x"></form><img name="body" id="title"><p id="keep">t</p></body></html>');
    indexPage(clobbered);
    expect(clobbered.querySelector('form')!.hasAttribute('name')).toBe(false);
    expect(clobbered.querySelector('input')!.hasAttribute('name')).toBe(false);
    expect(clobbered.querySelector('input')!.hasAttribute('id')).toBe(false);
    expect(clobbered.querySelector('img')!.hasAttribute('id')).toBe(false);
    expect(clobbered.querySelector('p')!.getAttribute('id')).toBe('keep');
  });
});

describe('PageTree', () => {
  const doc = parseHtmlDocument('<html><body><div id="a"><p id="b">abc <a href="/x">de</a></p><script>var long = 1;</script></div><p id="c">fgh</p></body></html>');
  const tree = new PageTree(doc.body);
  const byId = (id: string) => doc.getElementById(id)!;

  it('counts visible text and link text, but not script text', () => {
    expect(tree.size(byId('b'))).toEqual({ text: 5, link: 2 });
    expect(tree.size(byId('a'))).toEqual({ text: 5, link: 2 });
    expect(tree.size(doc.body)).toEqual({ text: 8, link: 2 });
  });
  it('keeps ancestors right when an element is removed, and marks its subtree removed', () => {
    const t = new PageTree(doc.body);
    expect(t.remove(byId('b'))).toBe(true);
    expect(t.size(doc.body)).toEqual({ text: 3, link: 0 });
    expect(t.live(doc.body.querySelector('a') ?? byId('a'))).toBe(true);
    expect(t.remove(byId('b'))).toBe(false);
    expect(t.subtree(doc.body).map((e) => e.tagName)).toEqual(['BODY', 'DIV', 'SCRIPT', 'P']);
  });
});

describe('narrowToArticleBody', () => {
  it('keeps only the marked body containers and their ancestors', () => {
    const doc = parseHtmlDocument(`<html><body><nav>${'<a href="/">Menü</a>'.repeat(5)}</nav><main><aside>Reklam alanı burada</aside>
      <div class="entry-content">${paragraph(4)}</div><div class="ad">ara reklam</div><div class="entry-content">${paragraph(3)}</div></main><footer>Telif hakkı</footer></body></html>`);
    const tree = new PageTree(doc.body);
    const kept = narrowToArticleBody(tree, doc.body, []);
    expect(kept).toHaveLength(2);
    expect(doc.body.textContent).not.toMatch(/Menü|Reklam alanı|ara reklam|Telif/);
    expect(doc.querySelectorAll('p')).toHaveLength(2);
  });
  it('leaves the page alone when the marked container holds too little of its text', () => {
    const doc = parseHtmlDocument(`<html><body><div class="entry-content"><p>Kısa not.</p></div><div>${paragraph(6)}</div></body></html>`);
    const tree = new PageTree(doc.body);
    expect(narrowToArticleBody(tree, doc.body, [])).toEqual([]);
    expect(doc.querySelectorAll('p')).toHaveLength(2);
  });
  it('uses a single <article> when nothing is marked, but not one of several', () => {
    const one = parseHtmlDocument(`<html><body><div>yan menü metni</div><article>${paragraph(4)}</article></body></html>`);
    expect(narrowToArticleBody(new PageTree(one.body), one.body, [])).toHaveLength(1);
    const two = parseHtmlDocument(`<html><body><article>${paragraph(4)}</article><article>${paragraph(4)}</article></body></html>`);
    expect(narrowToArticleBody(new PageTree(two.body), two.body, [])).toEqual([]);
  });
});

describe('lead blocks', () => {
  it('knows which languages put the lede outside the body', () => {
    expect(['tr', 'ar', 'fa'].map(hasLedeConvention)).toEqual([true, true, true]);
    expect(['en', 'fr', 'und'].map(hasLedeConvention)).toEqual([false, false, false]);
  });

  it('finds a spot, a lead photo with a div caption, and puts back only what the content lacks', () => {
    const doc = parseHtmlDocument(`<html><body><h1 id="h">Başlık burada yazıyor</h1>
      <h2 class="spot">Bakanlık, yeni düzenlemenin ayrıntılarını açıkladı ve uygulamanın ay sonunda başlayacağını duyurdu.</h2>
      <div class="photo-box"><img src="/a.jpg" alt=""><div class="caption">Toplantıdan bir kare</div></div>
      <div class="body">${paragraph(5)}</div></body></html>`);
    const leads = findLeadBlocks(new PageTree(doc.body), doc.getElementById('h'), null);
    expect(leads.map((l) => l.kind)).toEqual(['spot', 'figure']);
    const content = doc.createElement('div');
    content.innerHTML = paragraph(5);
    restoreLeadBlocks(content, leads);
    expect(content.firstElementChild!.textContent).toMatch(/^Bakanlık, yeni düzenlemenin/);
    expect(content.querySelector('figure figcaption')!.textContent).toBe('Toplantıdan bir kare');
    restoreLeadBlocks(content, leads);
    expect(content.querySelectorAll('figure')).toHaveLength(1);
  });

  it('does not take a list of teaser cards for a lead', () => {
    const doc = parseHtmlDocument(`<html><body><h1 id="h">Başlık burada yazıyor</h1>
      <div class="excerpt">Birinci haberin kısa özeti burada yer alıyor ve devam ediyor.</div>
      <div class="excerpt">İkinci haberin kısa özeti burada yer alıyor ve devam ediyor.</div>${paragraph(5)}</body></html>`);
    expect(findLeadBlocks(new PageTree(doc.body), doc.getElementById('h'), null)).toEqual([]);
  });
});
