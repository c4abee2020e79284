import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { autoDirection, baseDirection, markBlockDirections } from '../../../utils/reader/block-direction';

type Dir = 'rtl' | 'ltr' | null;

describe('baseDirection: the first strong character decides (UAX #9 P2/P3)', () => {
  it.each<[name: string, text: string, expected: Dir]>([
    ['Arabic sentence', 'التقى وزير الخارجية المصري سامح شكري نظيره التركي Hakan Fidan', 'rtl'],
    ['Turkish sentence', 'Bakan Fidan, Mısır Dışişleri Bakanı سامح شكري ile görüştü.', 'ltr'],
    ['Turkish letters', 'İçişleri', 'ltr'],
    ['digits before Arabic are skipped', '12/10/2024 التقى الوزير', 'rtl'],
    ['digits before Latin are skipped', '2024 yılında', 'ltr'],
    ['punctuation before Arabic is skipped', '«قال» Hakan', 'rtl'],
    ['agency credit before Arabic decides', '(AA) - أنقرة', 'ltr'],
    ['Arabic-Indic digits are weak', '٢٠٢٤ Ankara', 'ltr'],
    ['Extended Arabic-Indic digits are weak', '۱۴۰۳ Tahran', 'ltr'],
    ['Arabic comma is weak (CS)', '، Neden', 'ltr'],
    ['Arabic question mark is strong (AL)', '؟ Neden', 'rtl'],
    ['Arabic percent sign is weak (ET)', '٪ Oran', 'ltr'],
    ['harakat are marks, not letters', '\u064E\u0651 Ankara', 'ltr'],
    ['tatweel is a letter (AL)', 'ـ Ankara', 'rtl'],
    ['Hebrew', 'שלום Ankara', 'rtl'],
    ['Syriac', 'ܫܠܡܐ', 'rtl'],
    ['Thaana', 'ދިވެހި', 'rtl'],
    ['NKo', 'ߒߞߏ', 'rtl'],
    ['Arabic presentation forms B', 'ﻣﺮﺣﺒﺎ Ankara', 'rtl'],
    ['Arabic ligature Allah (presentation forms A)', '\uFDF2 Ankara', 'rtl'],
    ['ornate parentheses are neutral', '\uFD3E Ankara \uFD3F', 'ltr'],
    ['Phoenician (plane 1)', '\u{10900} Ankara', 'rtl'],
    ['Adlam (plane 1)', '\u{1E900} Ankara', 'rtl'],
    ['Hanifi Rohingya digits are weak', '\u{10D30} Ankara', 'ltr'],
    ['Greek', 'Ελλάδα', 'ltr'],
    ['Cyrillic', 'Москва', 'ltr'],
    ['RLM is strong', '\u200F12 Ankara', 'rtl'],
    ['LRM is strong', '\u200E12 أنقرة', 'ltr'],
    ['ALM is strong', '\u061C12 Ankara', 'rtl'],
    ['text inside an isolate is skipped', '\u2067Hakan Fidan\u2069 قال', 'rtl'],
    ['nested isolates are skipped whole', '\u2068a\u2066b\u2069c\u2069 قال', 'rtl'],
    ['an isolate left open runs to the end', '\u2066قال', null],
    ['embeddings are not skipped', '\u202BHakan\u202C قال', 'ltr'],
    ['neutrals only', '123 !?., -–— «» ٢٠٢٤', null],
    ['empty', '', null],
  ])('%s', (_name, text, expected) => {
    expect(baseDirection(text)).toBe(expected);
  });
});

const NEUTRALS = fc.string({ unit: fc.constantFrom(...' 0123456789٠١٢٣٤٥٦٧٨٩.,،:;-/()«»"\'!?%+\n'), maxLength: 12 });
const ANY_TEXT = fc.string({ unit: fc.constantFrom(...'abcçğıİöşüوزيرالخارجية 0123٠١٢.,،؟()'), maxLength: 20 });

describe('baseDirection: properties', () => {
  it('neutral text in front changes nothing', () => {
    fc.assert(fc.property(NEUTRALS, ANY_TEXT, (neutral, text) => baseDirection(neutral + text) === baseDirection(text)));
  });

  it('an Arabic word after neutrals makes it rtl, a Turkish word ltr, whatever follows', () => {
    fc.assert(
      fc.property(NEUTRALS, fc.constantFrom('شكري', 'أنقرة', 'الخارجية'), fc.constantFrom('Çağlayan', 'ıslak', 'İzmir'), ANY_TEXT, (neutral, arabic, turkish, rest) => {
        expect(baseDirection(neutral + arabic + rest)).toBe('rtl');
        expect(baseDirection(neutral + turkish + rest)).toBe('ltr');
      }),
    );
  });
});

/** A body with `html` in a root element, as the reader has it after sanitising. */
function rootWith(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return document.getElementById('root')!;
}

function mark(html: string): { html: string; marked: number } {
  const root = rootWith(html);
  const marked = markBlockDirections(root);
  return { html: root.innerHTML, marked };
}

describe('markBlockDirections: text blocks get dir=auto', () => {
  it.each<[name: string, html: string, expected: string]>([
    [
      'Arabic and Turkish paragraphs',
      '<p>التقى وزير الخارجية المصري سامح شكري نظيره التركي Hakan Fidan في أنقرة.</p><p>Bakan Fidan, Mısır Dışişleri Bakanı سامح شكري ile görüştü.</p>',
      '<p dir="auto">التقى وزير الخارجية المصري سامح شكري نظيره التركي Hakan Fidan في أنقرة.</p><p dir="auto">Bakan Fidan, Mısır Dışişleri Bakanı سامح شكري ile görüştü.</p>',
    ],
    [
      'headings, captions, terms and summaries',
      '<h1>عنوان</h1><h2>Başlık</h2><h3>a</h3><h4>b</h4><h5>c</h5><h6>d</h6><figure><img src="x.jpg"><figcaption>صورة</figcaption></figure><details><summary>Özet</summary></details>',
      '<h1 dir="auto">عنوان</h1><h2 dir="auto">Başlık</h2><h3 dir="auto">a</h3><h4 dir="auto">b</h4><h5 dir="auto">c</h5><h6 dir="auto">d</h6><figure><img src="x.jpg"><figcaption dir="auto">صورة</figcaption></figure><details><summary dir="auto">Özet</summary></details>',
    ],
    [
      'a quote with text of its own',
      '<blockquote>قال الوزير إن <b>العلاقات</b> جيدة</blockquote>',
      '<blockquote dir="auto">قال الوزير إن <b>العلاقات</b> جيدة</blockquote>',
    ],
    [
      'a block whose first strong letter is in an inline element',
      '<p>2024 <a href="/x">Ankara</a></p>',
      '<p dir="auto">2024 <a href="/x">Ankara</a></p>',
    ],
    ['a div holding text directly', '<div>Ankara (AA) - Haber</div>', '<div dir="auto">Ankara (AA) - Haber</div>'],
    ['a section holding only inline markup', '<section><strong>عاجل</strong></section>', '<section dir="auto"><strong>عاجل</strong></section>'],
    [
      'a wrapper with text of its own beside its paragraphs',
      '<div>Ankara <p>نص</p></div>',
      '<div dir="auto">Ankara <p dir="auto">نص</p></div>',
    ],
  ])('%s', (_name, html, expected) => {
    expect(mark(html).html).toBe(expected);
  });

  it('counts what it marks', () => {
    expect(mark('<p>a</p><div><p>ب</p><p>2024</p></div><ul><li>x</li></ul>').marked).toBe(4); // p, p, li, ul
  });
});

describe('markBlockDirections: what stays as it is', () => {
  it.each<[name: string, html: string]>([
    ['a block that already has a dir', '<p dir="rtl">Hakan Fidan</p>'],
    ['a block with an invalid dir (still the author’s)', '<p dir="">Hakan Fidan</p>'],
    ['digits only: inherits the article direction instead', '<p>12/10/2024 - 10:30</p>'],
    ['Arabic-Indic digits and Arabic punctuation only', '<p>٢٠٢٤، ١٠:٣٠</p>'],
    ['whitespace only', '<p>  \n </p>'],
    ['an image only', '<p><img src="x.jpg" alt="Ankara"></p>'],
    ['wrappers around paragraphs only', '<article>\n<section>\n<div><p dir="auto">Ankara</p></div>\n</section>\n</article>'],
    ['a paragraph whose text is all in a bdi (dir=auto passes over bdi)', '<p><bdi>Hakan</bdi> 2024</p>'],
    ['a paragraph whose text is all in an element with its own dir', '<p><span dir="ltr">Hakan</span> 2024</p>'],
    ['inline elements', '<p dir="rtl"><span>Ankara</span> <b>Fidan</b> <a href="/x">AA</a></p>'],
  ])('%s', (_name, html) => {
    const result = mark(html);
    expect(result.html).toBe(rootWith(html).innerHTML);
    expect(result.marked).toBe(0);
  });

  it('does not mark the root it is given, only what is under it', () => {
    const root = rootWith('<p>Ankara</p>').querySelector('p')!;
    expect(markBlockDirections(root)).toBe(0);
    expect(root.hasAttribute('dir')).toBe(false);
  });

  it('is idempotent', () => {
    const root = rootWith('<p>أ</p><ul><li>ب</li><li>Ankara</li><li>ج</li></ul><table><tr><td>x</td></tr></table><pre><code>x</code></pre>');
    expect(markBlockDirections(root)).toBe(8);
    const once = root.innerHTML;
    expect(markBlockDirections(root)).toBe(0);
    expect(root.innerHTML).toBe(once);
  });

  it('works on a document fragment', () => {
    const root = rootWith('');
    const fragment = root.ownerDocument.createDocumentFragment();
    const paragraph = root.ownerDocument.createElement('p');
    paragraph.append(root.ownerDocument.createTextNode('أنقرة'));
    fragment.append(paragraph);
    expect(markBlockDirections(fragment)).toBe(1);
    expect(paragraph.getAttribute('dir')).toBe('auto');
  });
});

describe('markBlockDirections: lists, tables and quotes take the direction of most of their items', () => {
  it.each<[name: string, html: string, expected: string]>([
    [
      'an Arabic list whose first item is Latin (dir=auto would say ltr)',
      '<ul><li>Hakan Fidan</li><li>سامح شكري</li><li>بدر عبد العاطي</li></ul>',
      '<ul dir="rtl"><li dir="auto">Hakan Fidan</li><li dir="auto">سامح شكري</li><li dir="auto">بدر عبد العاطي</li></ul>',
    ],
    [
      'a Turkish numbered list with one Arabic item',
      '<ol><li>Ankara</li><li>القاهرة</li><li>İstanbul</li></ol>',
      '<ol dir="ltr"><li dir="auto">Ankara</li><li dir="auto">القاهرة</li><li dir="auto">İstanbul</li></ol>',
    ],
    ['a tie leaves the list to its surroundings', '<ul><li>Ankara</li><li>القاهرة</li></ul>', '<ul><li dir="auto">Ankara</li><li dir="auto">القاهرة</li></ul>'],
    [
      'items without a strong letter do not vote',
      '<ul><li>2024</li><li>2025</li><li>القاهرة</li></ul>',
      '<ul dir="rtl"><li>2024</li><li>2025</li><li dir="auto">القاهرة</li></ul>',
    ],
    [
      'items whose text is in paragraphs',
      '<ol><li><p>القاهرة</p></li><li><p>الرياض</p></li></ol>',
      '<ol dir="rtl"><li><p dir="auto">القاهرة</p></li><li><p dir="auto">الرياض</p></li></ol>',
    ],
    [
      'a nested list votes on its own, not in its parent',
      '<ul><li>Ankara<ul><li>أ</li><li>ب</li><li>ج</li></ul></li><li>İzmir</li></ul>',
      '<ul dir="ltr"><li dir="auto">Ankara<ul dir="rtl"><li dir="auto">أ</li><li dir="auto">ب</li><li dir="auto">ج</li></ul></li><li dir="auto">İzmir</li></ul>',
    ],
    [
      'an item with its own dir votes with it',
      '<ul><li dir="rtl">2024</li><li dir="rtl">2025</li><li>Ankara</li></ul>',
      '<ul dir="rtl"><li dir="rtl">2024</li><li dir="rtl">2025</li><li dir="auto">Ankara</li></ul>',
    ],
    [
      'a table: the cells vote, the caption does not',
      '<table><caption>Results</caption><tr><th>الدولة</th><th>Puan</th></tr><tr><td>مصر</td><td>12</td></tr></table>',
      '<table dir="rtl"><caption dir="auto">Results</caption><tr><th dir="auto">الدولة</th><th dir="auto">Puan</th></tr><tr><td dir="auto">مصر</td><td>12</td></tr></table>',
    ],
    [
      'a nested table’s cells vote in the nested table only',
      '<table><tr><td>Ankara</td><td><table><tr><td>أ</td><td>ب</td><td>ج</td></tr></table></td></tr></table>',
      '<table dir="ltr"><tr><td dir="auto">Ankara</td><td><table dir="rtl"><tr><td dir="auto">أ</td><td dir="auto">ب</td><td dir="auto">ج</td></tr></table></td></tr></table>',
    ],
    [
      'a description list, also with div groups',
      '<dl><dt>الوزير</dt><dd>سامح شكري</dd><div><dt>Bakan</dt><dd>بدر عبد العاطي</dd></div></dl>',
      '<dl dir="rtl"><dt dir="auto">الوزير</dt><dd dir="auto">سامح شكري</dd><div><dt dir="auto">Bakan</dt><dd dir="auto">بدر عبد العاطي</dd></div></dl>',
    ],
    [
      'a quote made of paragraphs: its rule goes on the side they start',
      '<blockquote><p>قال الوزير</p><p>Hakan Fidan</p><p>إن العلاقات جيدة</p></blockquote>',
      '<blockquote dir="rtl"><p dir="auto">قال الوزير</p><p dir="auto">Hakan Fidan</p><p dir="auto">إن العلاقات جيدة</p></blockquote>',
    ],
  ])('%s', (_name, html, expected) => {
    expect(mark(html).html).toBe(expected);
  });
});

describe('markBlockDirections: pre', () => {
  it.each<[name: string, html: string, expected: string]>([
    [
      'code is left to right even when a comment comes first',
      '<pre><code>// تعليق\nconst x = 1;</code></pre>',
      '<pre dir="ltr"><code>// تعليق\nconst x = 1;</code></pre>',
    ],
    ['sample output is code too', '<pre><samp>تم</samp></pre>', '<pre dir="ltr"><samp>تم</samp></pre>'],
    ['preformatted prose (a poem) takes its own direction', '<pre>قفا نبك من ذكرى حبيب ومنزل\nبسقط اللوى</pre>', '<pre dir="auto">قفا نبك من ذكرى حبيب ومنزل\nبسقط اللوى</pre>'],
    ['an empty code block is left alone', '<pre><code>  </code></pre>', '<pre><code>  </code></pre>'],
  ])('%s', (_name, html, expected) => {
    expect(mark(html).html).toBe(expected);
  });
});

describe('autoDirection: what a browser makes of dir=auto', () => {
  it.each<[html: string, expected: Dir]>([
    ['<p>12 <b>Hakan</b> قال</p>', 'ltr'],
    ['<p><bdi>Hakan</bdi> قال</p>', 'rtl'],
    ['<p><span dir="ltr">Hakan</span> قال</p>', 'rtl'],
    ['<p><span dir="bogus">Hakan</span> قال</p>', 'ltr'], // an invalid dir is no dir
    ['<p><span dir="auto">Hakan</span> 2024</p>', null],
    ['<p>2024 - 10:30</p>', null],
  ])('%s → %s', (html, expected) => {
    expect(autoDirection(rootWith(html).querySelector('p')!)).toBe(expected);
  });
});
