import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../utils/node/node-dom';
import { textBlocks } from '../../../utils/extract/text-blocks';

function blocksOf(html: string): string[] {
  const doc = parseHtmlDocument(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return textBlocks(doc.getElementById('root')!);
}

describe('textBlocks: paragraphs and headings', () => {
  it.each<[string, string[]]>([
    ['<p>Birinci paragraf.</p><p>İkinci paragraf.</p>', ['Birinci paragraf.', 'İkinci paragraf.']],
    ['<h2>Ara başlık</h2><p>Metin</p>', ['Ara başlık', 'Metin']],
    ['<h1>عنوان</h1><p>قال الوزير إن <b>الوضع</b> مستقر.</p>', ['عنوان', 'قال الوزير إن الوضع مستقر.']],
    ["<p>Ankara'da <a href='/x'>toplantı</a> yapıldı</p>", ["Ankara'da toplantı yapıldı"]],
    ['<p>a<b>b</b>c</p>', ['abc']],
    ['<blockquote><p>«Alıntı»</p></blockquote>', ['«Alıntı»']],
    ['<figure><img src="x.jpg"><figcaption>Foto: AA</figcaption></figure>', ['Foto: AA']],
    ['<div>kök <p>iç</p> son</div>', ['kök', 'iç', 'son']],
    ['<p>a</p><hr><p>b</p>', ['a', 'b']],
    ['<section><header>Üst</header><article>Gövde</article><footer>Alt</footer></section>', ['Üst', 'Gövde', 'Alt']],
    ['<p></p><p>   </p><p>dolu</p>', ['dolu']],
    ['', []],
  ])('%s', (html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  it('drops script, style, template and noscript text', () => {
    expect(blocksOf('<p>a<script>x()</script>b</p><style>p{}</style><template><p>t</p></template><noscript>n</noscript>')).toEqual(['ab']);
  });
});

describe('textBlocks: lists', () => {
  it.each<[string, string[]]>([
    ['<ul><li>Ankara</li><li>İzmir</li></ul>', ['• Ankara\n• İzmir']],
    ['<ol><li>bir</li><li>iki</li><li>üç</li></ol>', ['1. bir\n2. iki\n3. üç']],
    ['<ol start="3"><li>a</li><li>b</li></ol>', ['3. a\n4. b']],
    ['<ol start="x"><li>a</li></ol>', ['1. a']],
    ['<ol><li>a</li></ol><ol><li>b</li></ol>', ['1. a', '1. b']],
    ['<p>Önce</p><ul><li>madde</li></ul><p>Sonra</p>', ['Önce', '• madde', 'Sonra']],
    ['<ul><li>dolu</li><li></li></ul>', ['• dolu']],
    ['<ul><li>قال <b>الوزير</b></li></ul>', ['• قال الوزير']],
    ['<dl><dt>Terim</dt><dd>Tanım</dd></dl>', ['Terim\nTanım']],
  ])('%s', (html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  it('respects start="0"', () => {
    expect(blocksOf('<ol start="0"><li>a</li><li>b</li></ol>')).toEqual(['0. a\n1. b']);
  });

  it('keeps bullets for list items wrapped in <p>', () => {
    expect(blocksOf('<ul><li><p>Birinci</p></li><li><p>İkinci</p></li></ul>')).toEqual(['• Birinci\n• İkinci']);
  });
});

describe('textBlocks: tables', () => {
  it.each<[string, string[]]>([
    ['<table><tr><td>a</td><td>b</td></tr></table>', ['a | b']],
    ['<table><tr><th>Yıl</th><th>Enflasyon</th></tr><tr><td>2023</td><td>%64,8</td></tr></table>', ['Yıl | Enflasyon\n2023 | %64,8']],
    ['<table><caption>Tablo 1</caption><tr><td>x</td></tr></table>', ['Tablo 1\nx']],
    ['<table><tr><td>المحافظة</td><td>الحالات</td></tr></table>', ['المحافظة | الحالات']],
  ])('%s', (html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });
});

describe('textBlocks: <br>', () => {
  it.each<[string, string[]]>([
    ['<p>a<br>b</p>', ['a\nb']],
    ['<p>a<br><br>b</p>', ['a', 'b']],
    ['<p>a<br> <br>b</p>', ['a', 'b']],
    ['<p>a<br><br><br>b</p>', ['a', 'b']],
    ['<div>Birinci paragraf.<br><br>İkinci paragraf.<br>devamı</div>', ['Birinci paragraf.', 'İkinci paragraf.\ndevamı']],
    ['<p>a<br>x<br>b</p>', ['a\nx\nb']],
  ])('%s', (html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });
});

describe('textBlocks: whitespace', () => {
  it.each<[string, string[]]>([
    ['<p>  a  \t b  </p>', ['a b']],
    ['<p>a&nbsp;&nbsp;b</p>', ['a b']],
    ['<p>\u200BCumhur\u00ADbaşkanı</p>', ['Cumhurbaşkanı']],
    ['<p>الخارجیة</p>', ['الخارجية']],
  ])('%s', (html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  it('joins a paragraph wrapped across source lines', () => {
    expect(blocksOf("<p>Bakan Fidan,\n      Kahire'de görüştü.</p>")).toEqual(["Bakan Fidan, Kahire'de görüştü."]);
  });

  it('walks a 5,000-deep tree without recursion', () => {
    const doc = parseHtmlDocument('<!doctype html><html><body></body></html>');
    let cur: Element = doc.body;
    for (let i = 0; i < 5000; i++) cur = cur.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
    cur.appendChild(doc.createTextNode('derin metin'));
    expect(textBlocks(doc.body)).toEqual(['derin metin']);
  });
});
