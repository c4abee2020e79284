/** Translation units and rows of prepared articles: synthetic cases and real golden pages. */

import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract-article';
import { nodeSanitizer, parseHtmlDocument } from '../../../utils/node/node-dom';
import { articleBlocks, translatedRowNodes, type ArticleBlocks } from '../../../utils/reader/article-blocks';
import { prepareArticle } from '../../../utils/reader/prepare-article';
import type { ArticleRecord } from '../../../utils/record/article-record';
import { loadGoldenPages } from '../../support/golden-pages';

const sanitizer = nodeSanitizer();
const prepare = (html: string, dir: 'rtl' | 'ltr' = 'ltr') => prepareArticle(html, 'https://www.example.gov.tr/haber/1', sanitizer, dir);
const texts = (blocks: ArticleBlocks) => blocks.units.map((unit) => unit.text);
const outer = (nodes: Node[]) => nodes.map((node) => (node.nodeType === 1 ? (node as Element).outerHTML : node.textContent)).join('');
const noSpace = (text: string) => text.replace(/\s+/g, '');
/** Each unit's text marked with its number, so that a misplaced translation shows. */
const numbered = (blocks: ArticleBlocks) => blocks.units.map((unit) => `[${unit.index}]`);

describe('articleBlocks', () => {
  it('looks through wrappers for rows and keeps lists and tables whole', () => {
    const blocks = articleBlocks(
      prepare(
        '<div><div><article><h2>Başlık</h2><p>Birinci <b>paragraf</b>.</p><ul><li>Bir</li><li>İki</li></ul><table><tr><th>İl</th><th>Oran</th></tr><tr><td>Ankara</td><td>28,4</td></tr></table></article></div></div>',
      ),
    );
    expect(texts(blocks)).toEqual(['Başlık', 'Birinci paragraf.', 'Bir', 'İki', 'İl', 'Oran', 'Ankara', '28,4']);
    expect(blocks.rows.map((row) => [(row.nodes[0] as Element).localName, row.unitStart, row.unitEnd])).toEqual([
      ['h2', 0, 1],
      ['p', 1, 2],
      ['ul', 2, 4],
      ['table', 4, 8],
    ]);
  });

  it('gives a nested list item, the text around it, quote paragraphs and captions their own units', () => {
    const blocks = articleBlocks(
      prepare(
        '<ol><li>Önce<ul><li>alt madde</li></ul>sonra</li></ol><blockquote><p>Alıntı bir.</p><p>Alıntı iki.</p><cite>Bakan</cite></blockquote><figure><img src="/a.jpg" alt="x"><figcaption>Fotoğraf altı</figcaption></figure>',
      ),
    );
    expect(texts(blocks)).toEqual(['Önce', 'alt madde', 'sonra', 'Alıntı bir.', 'Alıntı iki.', 'Bakan', 'Fotoğraf altı']);
    expect(blocks.rows).toHaveLength(3);
  });

  it('keeps line breaks, collapses spaces and leaves out empty blocks, but keeps a picture as a row without units', () => {
    const blocks = articleBlocks(prepare('<p>  Ankara,\n  14 Mart<br>Basın Bülteni  </p><p> </p><p><img src="/b.jpg" alt=""></p><hr><p>Son.</p>'));
    expect(texts(blocks)).toEqual(['Ankara, 14 Mart\nBasın Bülteni', 'Son.']);
    expect(blocks.rows.map((row) => [(row.nodes[0] as Element).localName, row.unitEnd - row.unitStart])).toEqual([
      ['p', 1],
      ['p', 0],
      ['hr', 0],
      ['p', 1],
    ]);
  });

  it('makes a row of loose text between blocks and of a wrapper that has text of its own', () => {
    const blocks = articleBlocks(prepare('<div>Giriş metni <a href="/x">bağlantı</a><p>Paragraf.</p>kapanış</div><section><p>Bölüm.</p></section>'));
    expect(texts(blocks)).toEqual(['Giriş metni bağlantı', 'Paragraf.', 'kapanış', 'Bölüm.']);
    expect(blocks.rows.map((row) => row.unitEnd - row.unitStart)).toEqual([3, 1]);
    const loose = articleBlocks(prepare('Serbest <i>metin</i><p>Paragraf.</p>'));
    expect(loose.rows.map((row) => row.nodes.length)).toEqual([2, 1]);
  });

  it('treats an inline element that holds blocks as a block', () => {
    expect(texts(articleBlocks(prepare('<p>Önce</p><a href="/y"><p>İçinde paragraf</p></a>')))).toEqual(['Önce', 'İçinde paragraf']);
  });
});

describe('translatedRowNodes', () => {
  it('puts each translation in its own place and keeps the structure of tables and nested lists', () => {
    // Runs of several nodes before a nested list: replacing them shifts the list's place among its siblings.
    const blocks = articleBlocks(prepare('<ol><li>Önce <b>kalın</b> metin<ul><li>alt <i>madde</i></li></ul>sonra <i>son</i></li></ol><table><caption>Tablo</caption><tr><th>İl</th></tr><tr><td>Ankara</td></tr></table>'));
    expect(outer(translatedRowNodes(blocks, 0, numbered(blocks)))).toBe('<ol><li>[0]<ul><li>[1]</li></ul>[2]</li></ol>');
    expect(outer(translatedRowNodes(blocks, 1, numbered(blocks)))).toBe('<table><caption>[3]</caption><tbody><tr><th>[4]</th></tr><tr><td>[5]</td></tr></tbody></table>');
  });

  it('sets translations as text, never as markup, with line breaks as <br>', () => {
    const blocks = articleBlocks(prepare('<p>Bir</p>'));
    const [paragraph] = translatedRowNodes(blocks, 0, ['<img src=x onerror="alert(1)">\nikinci satır']) as Element[];
    expect(paragraph!.querySelector('img')).toBeNull();
    expect(paragraph!.innerHTML).toBe('&lt;img src=x onerror="alert(1)"&gt;<br>ikinci satır');
  });

  it('leaves out pictures and the original direction and language, and leaves the original untouched', () => {
    const container = prepare('<figure><img src="/a.jpg" alt="a"><figcaption>التقى <span lang="en">Erdoğan</span> بالوزير</figcaption></figure><p>Son</p><img src="/loose.jpg" alt="">', 'rtl');
    const before = container.innerHTML;
    const blocks = articleBlocks(container);
    const figure = translatedRowNodes(blocks, 0, ['He met the minister', 'End']);
    expect(outer(figure)).toBe('<figure><figcaption>He met the minister</figcaption></figure>');
    expect(translatedRowNodes(blocks, blocks.rows.length - 1, [])).toEqual([]);
    expect(container.innerHTML).toBe(before);
  });

  it('leaves a unit not yet translated empty', () => {
    const blocks = articleBlocks(prepare('<ul><li>Bir</li><li>İki</li></ul>'));
    expect(outer(translatedRowNodes(blocks, 0, ['One']))).toBe('<ul><li>One</li><li></li></ul>');
  });
});

describe.each(loadGoldenPages())('golden page $slug', (page) => {
  const result = extractArticle(parseHtmlDocument(page.html), page.truth.url, { now: new Date(page.truth.now), sanitizer });
  const record = (result.ok ? result.record : null) as ArticleRecord;
  const container = () => prepareArticle(record.contentHtml, record.url, sanitizer, record.dir);

  it('splits into units that hold all the text once, in document order, in contiguous rows', () => {
    const root = container();
    const blocks = articleBlocks(root);
    expect(blocks.units.length).toBeGreaterThan(0);
    expect(noSpace(texts(blocks).join(''))).toBe(noSpace(root.textContent ?? ''));
    for (const unit of blocks.units) expect(unit.text).toBe(unit.text.trim());
    expect(blocks.rows.map((row, i) => row.unitStart === (blocks.rows[i - 1]?.unitEnd ?? 0)).every(Boolean)).toBe(true);
    expect(blocks.rows.at(-1)?.unitEnd).toBe(blocks.units.length);
  });

  it('numbers units the same on the stored HTML as on the prepared article', () => {
    expect(texts(articleBlocks(sanitizer.sanitize(record.contentHtml, record.url)))).toEqual(texts(articleBlocks(container())));
  });

  it('rebuilds every row with the translations in place of the original text', () => {
    const blocks = articleBlocks(container());
    const marks = numbered(blocks);
    blocks.rows.forEach((row, r) => {
      const rebuilt = translatedRowNodes(blocks, r, marks).map((node) => node.textContent ?? '').join('');
      expect(rebuilt.replace(/\s+/g, '')).toBe(marks.slice(row.unitStart, row.unitEnd).join(''));
    });
  });
});

describe('tables and lists on golden pages', () => {
  const pages = new Map(loadGoldenPages().map((page) => [page.slug, page]));
  const blocksOf = (slug: string) => {
    const page = pages.get(slug)!;
    const result = extractArticle(parseHtmlDocument(page.html), page.truth.url, { now: new Date(page.truth.now), sanitizer });
    if (!result.ok) throw new Error(result.reason);
    return articleBlocks(prepareArticle(result.record.contentHtml, result.record.url, sanitizer, result.record.dir));
  };
  const rowWith = (blocks: ArticleBlocks, selector: string) => blocks.rows.findIndex((row) => row.nodes.some((node) => node.nodeType === 1 && ((node as Element).matches(selector) || (node as Element).querySelector(selector))));
  const shape = (node: Node): string =>
    node.nodeType === 1 ? `${(node as Element).localName}(${[...node.childNodes].filter((child) => child.nodeType === 1).map(shape).join(',')})` : '';

  it('tr-uzun-dosya-tablo-liste: the table is one row of caption, 4 headers and 32 cells, and keeps its shape translated', () => {
    const blocks = blocksOf('tr-uzun-dosya-tablo-liste');
    const r = rowWith(blocks, 'table');
    const row = blocks.rows[r]!;
    const unitTexts = texts(blocks).slice(row.unitStart, row.unitEnd);
    expect(unitTexts).toHaveLength(1 + 4 + 32);
    expect(unitTexts.slice(0, 3)).toEqual(['Tablo 1. Seçilmiş büyükşehirlerde içme suyu kayıp oranları (2022)', 'İl', 'Sisteme verilen su (milyon m³)']);
    expect(unitTexts).toContain('Diyarbakır');
    const translated = translatedRowNodes(blocks, r, numbered(blocks));
    expect(translated.map(shape)).toEqual(row.nodes.map(shape));
    expect([...(translated[0] as Element).querySelectorAll('td')].map((cell) => cell.textContent).slice(0, 2)).toEqual([`[${row.unitStart + 5}]`, `[${row.unitStart + 6}]`]);
  });

  it('tr-uzun-dosya-tablo-liste: the bulleted and the numbered list keep one unit per item', () => {
    const blocks = blocksOf('tr-uzun-dosya-tablo-liste');
    const items = (selector: string) => {
      const row = blocks.rows[rowWith(blocks, selector)]!;
      return texts(blocks).slice(row.unitStart, row.unitEnd);
    };
    expect(items('ul')).toHaveLength(3);
    expect(items('ul')[0]).toMatch(/^Fiziki kayıplar: Ana iletim hatlarındaki/);
    expect(items('ol')).toHaveLength(5);
    expect(items('ol')[4]).toBe('Ekonomik ömrünü tamamlamış sayaç ve boruların planlı biçimde yenilenmesi.');
  });

  it('ar-emarat-tahqiq-jadwal: the table keeps its footer row and the quote its citation', () => {
    const arabic = blocksOf('ar-emarat-tahqiq-jadwal');
    const table = arabic.rows[rowWith(arabic, 'table')]!;
    const cells = texts(arabic).slice(table.unitStart, table.unitEnd);
    expect(cells[0]).toBe('التمويل المناخي المقدَّم والمعبّأ من الدول المتقدمة للدول النامية، 2016-2020 (مليار دولار أمريكي)');
    expect(cells).toHaveLength(1 + 4 + 20 + 1);
    expect(cells.at(-1)).toBe('بيانات: منظمة التعاون الاقتصادي والتنمية OECD، إصدار 2022');
    const quote = arabic.rows[rowWith(arabic, 'blockquote')]!;
    expect(texts(arabic).slice(quote.unitStart, quote.unitEnd)).toEqual([
      '«لن يُقاس نجاح COP28 بعدد التعهدات التي تُعلن على المنصات، بل بعدد الدولارات التي تصل فعلاً إلى القرى المتضررة»',
      'د. سامر الحداد، جامعة خليفة',
    ]);
    const translated = translatedRowNodes(arabic, rowWith(arabic, 'table'), numbered(arabic))[0] as Element;
    expect(translated.querySelector('tfoot td')?.getAttribute('colspan')).toBe('4');
    expect(translated.querySelectorAll('[dir]')).toHaveLength(0);
  });
});
