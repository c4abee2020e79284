import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isolateBidiRuns } from '../../../utils/reader/bidi-isolate';
import { autoDirection, markBlockDirections, strongDirection } from '../../../utils/reader/block-direction';

/** A body with `html` in a root element, as the reader has it after sanitising. */
function rootWith(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return document.getElementById('root')!;
}

function isolate(html: string): { html: string; created: number } {
  const root = rootWith(html);
  const created = isolateBidiRuns(root);
  return { html: root.innerHTML, created };
}

const ltr = (text: string) => `<bdi dir="ltr">${text}</bdi>`;
const rtl = (text: string) => `<bdi dir="rtl">${text}</bdi>`;

type Row = [name: string, html: string, expected: string];

/** Latin runs in Arabic blocks. */
const LATIN_IN_ARABIC: Row[] = [
  [
    'a minister’s name and a date in ministry news',
    '<p dir="auto">التقى وزير الخارجية المصري سامح شكري نظيره التركي Hakan Fidan في أنقرة يوم 12/10/2024.</p>',
    `<p dir="auto">التقى وزير الخارجية المصري سامح شكري نظيره التركي ${ltr('Hakan Fidan')} في أنقرة يوم ${ltr('12/10/2024')}.</p>`,
  ],
  [
    'an abbreviation with periods inside the run',
    '<p dir="rtl">وقالت T.C. Dışişleri Bakanlığı في بيان</p>',
    `<p dir="rtl">وقالت ${ltr('T.C. Dışişleri Bakanlığı')} في بيان</p>`,
  ],
  ['digits between Latin words', '<p dir="rtl">أطلقت الشركة iPhone 15 Pro أمس</p>', `<p dir="rtl">أطلقت الشركة ${ltr('iPhone 15 Pro')} أمس</p>`],
  ['digits at the end of a Latin word', '<p dir="rtl">انتشار COVID-19 في العالم</p>', `<p dir="rtl">انتشار ${ltr('COVID-19')} في العالم</p>`],
  ['a Turkish suffix after an apostrophe', "<p dir=\"rtl\">مرشح AKP'nin للانتخابات</p>", `<p dir="rtl">مرشح ${ltr("AKP'nin")} للانتخابات</p>`],
  [
    'a web address, with the sentence’s period outside',
    '<p dir="rtl">للمزيد زوروا https://example.com/x.</p>',
    `<p dir="rtl">للمزيد زوروا ${ltr('https://example.com/x')}.</p>`,
  ],
  ['a period after the run stays outside', '<p dir="rtl">قال Hakan Fidan.</p>', `<p dir="rtl">قال ${ltr('Hakan Fidan')}.</p>`],
  [
    'parentheses around the whole run stay outside',
    '<p dir="rtl">التقى الوزير (Hakan Fidan) أمس</p>',
    `<p dir="rtl">التقى الوزير (${ltr('Hakan Fidan')}) أمس</p>`,
  ],
  [
    'a closing parenthesis paired inside the run comes in, the period does not',
    '<p dir="rtl">أعلنت Dışişleri Bakanlığı (MFA).</p>',
    `<p dir="rtl">أعلنت ${ltr('Dışişleri Bakanlığı (MFA)')}.</p>`,
  ],
  [
    'an opening parenthesis paired inside the run comes in',
    '<p dir="rtl">أعلنت (TC) Dışişleri Bakanlığı اليوم</p>',
    `<p dir="rtl">أعلنت ${ltr('(TC) Dışişleri Bakanlığı')} اليوم</p>`,
  ],
  [
    'guillemets stay outside',
    '<p dir="rtl">شعار «Yerli ve Milli» للحملة</p>',
    `<p dir="rtl">شعار «${ltr('Yerli ve Milli')}» للحملة</p>`,
  ],
  [
    'an Arabic comma separates two runs (W4/N1 would merge them)',
    '<p dir="rtl">حضر Hakan Fidan، Mevlüt Çavuşoğlu وآخرون</p>',
    `<p dir="rtl">حضر ${ltr('Hakan Fidan')}، ${ltr('Mevlüt Çavuşoğlu')} وآخرون</p>`,
  ],
  [
    'a Latin comma stays inside one run',
    '<p dir="rtl">زار مدن Ankara, İstanbul و İzmir</p>',
    `<p dir="rtl">زار مدن ${ltr('Ankara, İstanbul')} و ${ltr('İzmir')}</p>`,
  ],
  [
    'a number after the run belongs to the Arabic sentence (W7 would glue it to the name)',
    '<p dir="rtl">زار Hakan Fidan 3 دول</p>',
    `<p dir="rtl">زار ${ltr('Hakan Fidan')} 3 دول</p>`,
  ],
  [
    'an Arabic-Indic digit ends a run',
    '<p dir="rtl">بين Ankara ٣ İzmir</p>',
    `<p dir="rtl">بين ${ltr('Ankara')} ٣ ${ltr('İzmir')}</p>`,
  ],
  [
    'an Arabic question mark after the run stays outside',
    '<p dir="rtl">هل قال Hakan Fidan؟</p>',
    `<p dir="rtl">هل قال ${ltr('Hakan Fidan')}؟</p>`,
  ],
  ['a stray bracket at the edge of a word stays outside', '<p dir="rtl">قال ]Hakan( اليوم</p>', `<p dir="rtl">قال ]${ltr('Hakan')}( اليوم</p>`],
  ['a Latin word with a leading @ keeps it', '<p dir="rtl">حساب @TCDisisleri الرسمي</p>', `<p dir="rtl">حساب ${ltr('@TCDisisleri')} الرسمي</p>`],
];

/** Numbers in Arabic blocks. */
const NUMBERS_IN_ARABIC: Row[] = [
  ['a date with slashes', '<p dir="rtl">في 12/10/2024 وصل</p>', `<p dir="rtl">في ${ltr('12/10/2024')} وصل</p>`],
  ['an ISO date', '<p dir="rtl">يوم 2024-10-12 وصل</p>', `<p dir="rtl">يوم ${ltr('2024-10-12')} وصل</p>`],
  ['a date with dots', '<p dir="rtl">يوم 12.10.2024 وصل</p>', `<p dir="rtl">يوم ${ltr('12.10.2024')} وصل</p>`],
  ['a date in Arabic-Indic digits', '<p dir="rtl">يوم ٢٠٢٤-١٠-١٢ وصل</p>', `<p dir="rtl">يوم ${ltr('٢٠٢٤-١٠-١٢')} وصل</p>`],
  ['a time', '<p dir="rtl">الساعة 10:30 صباحا</p>', `<p dir="rtl">الساعة ${ltr('10:30')} صباحا</p>`],
  ['a range', '<p dir="rtl">خلال الفترة 2023-2024 ارتفع</p>', `<p dir="rtl">خلال الفترة ${ltr('2023-2024')} ارتفع</p>`],
  ['a range with an en dash', '<p dir="rtl">من الصفحة 10–15 فقط</p>', `<p dir="rtl">من الصفحة ${ltr('10–15')} فقط</p>`],
  ['a phone number in groups', '<p dir="rtl">للاتصال +90 312 555 12 34 مباشرة</p>', `<p dir="rtl">للاتصال ${ltr('+90 312 555 12 34')} مباشرة</p>`],
  ['a national phone number, period outside', '<p dir="rtl">الرقم 0312 555 12 34.</p>', `<p dir="rtl">الرقم ${ltr('0312 555 12 34')}.</p>`],
  ['a signed decimal', '<p dir="rtl">انخفض بنسبة -3.5 في المئة</p>', `<p dir="rtl">انخفض بنسبة ${ltr('-3.5')} في المئة</p>`],
  ['a date in parentheses', '<p dir="rtl">اليوم (12/10/2024) أعلن</p>', `<p dir="rtl">اليوم (${ltr('12/10/2024')}) أعلن</p>`],
];

/** Arabic runs in Turkish blocks. */
const ARABIC_IN_TURKISH: Row[] = [
  [
    'an Arabic name in ministry news',
    '<p dir="auto">Bakan Fidan, Mısır Dışişleri Bakanı سامح شكري ile görüştü.</p>',
    `<p dir="auto">Bakan Fidan, Mısır Dışişleri Bakanı ${rtl('سامح شكري')} ile görüştü.</p>`,
  ],
  [
    'a ministry name inside a Turkish sentence',
    '<p dir="ltr">Açıklama وزارة الخارجية tarafından yapıldı</p>',
    `<p dir="ltr">Açıklama ${rtl('وزارة الخارجية')} tarafından yapıldı</p>`,
  ],
  [
    'an Arabic comma between Arabic words stays inside, the quotes outside',
    '<p dir="ltr">Metinde «وزارة الخارجية، القاهرة» yazıyor</p>',
    `<p dir="ltr">Metinde «${rtl('وزارة الخارجية، القاهرة')}» yazıyor</p>`,
  ],
  ['Arabic-Indic digits between Arabic words stay inside', '<p dir="ltr">Anayasanın المادة ١٢ من الدستور maddesi</p>', `<p dir="ltr">Anayasanın ${rtl('المادة ١٢ من الدستور')} maddesi</p>`],
  [
    'European digits between Arabic words split the run',
    '<p dir="ltr">Anayasanın المادة 12 من الدستور maddesi</p>',
    `<p dir="ltr">Anayasanın ${rtl('المادة')} 12 ${rtl('من الدستور')} maddesi</p>`,
  ],
  [
    'a Latin comma splits two Arabic names (N1 would swap them)',
    '<p dir="ltr">Bakanlar سامح شكري, بدر عبد العاطي görüştü</p>',
    `<p dir="ltr">Bakanlar ${rtl('سامح شكري')}, ${rtl('بدر عبد العاطي')} görüştü</p>`,
  ],
  ['an Arabic comma after the run stays outside', '<p dir="ltr">Bakan سامح شكري، dedi</p>', `<p dir="ltr">Bakan ${rtl('سامح شكري')}، dedi</p>`],
  ['the Arabic question mark ends an Arabic run', '<p dir="ltr">Soru şuydu: لماذا الآن؟ dedi</p>', `<p dir="ltr">Soru şuydu: ${rtl('لماذا الآن؟')} dedi</p>`],
  ['Hebrew', '<p dir="ltr">Gazete ידיעות אחרונות yazdı</p>', `<p dir="ltr">Gazete ${rtl('ידיעות אחרונות')} yazdı</p>`],
  ['numbers are not isolated in a left-to-right block', '<p dir="ltr">Toplantı 12/10/2024 saat 10:30 -3.5</p>', '<p dir="ltr">Toplantı 12/10/2024 saat 10:30 -3.5</p>'],
];

/** How the block direction is found. */
const CONTEXT: Row[] = [
  ['dir is matched without regard to case', '<p dir="RTL">قال Hakan اليوم</p>', `<p dir="RTL">قال ${ltr('Hakan')} اليوم</p>`],
  ['text in an inline element takes its block’s direction', '<p dir="rtl">قال <b>Hakan Fidan</b> اليوم</p>', `<p dir="rtl">قال <b>${ltr('Hakan Fidan')}</b> اليوم</p>`],
  [
    'runs stop at element boundaries',
    '<p dir="rtl">قال <a href="/x">Hakan</a> Fidan اليوم</p>',
    `<p dir="rtl">قال <a href="/x">${ltr('Hakan')}</a> ${ltr('Fidan')} اليوم</p>`,
  ],
  ['dir=auto resolves to the first strong letter', '<p dir="auto">Hakan Fidan قال</p>', `<p dir="auto">Hakan Fidan ${rtl('قال')}</p>`],
  [
    'dir=auto without a strong letter inherits its parent’s direction',
    '<div dir="rtl">نص <p dir="auto">2023-2024</p></div>',
    `<div dir="rtl">نص <p dir="auto">${ltr('2023-2024')}</p></div>`,
  ],
  [
    'an inline element with the block’s own dir is worked inside',
    '<p dir="rtl">قال <span dir="rtl">الوزير Hakan Fidan</span></p>',
    `<p dir="rtl">قال <span dir="rtl">الوزير ${ltr('Hakan Fidan')}</span></p>`,
  ],
  ['a list item in a right-to-left list', '<ul dir="rtl"><li>زار Ankara أمس</li></ul>', `<ul dir="rtl"><li>زار ${ltr('Ankara')} أمس</li></ul>`],
];

/** What is never touched. */
const UNTOUCHED: Array<[name: string, html: string]> = [
  ['plain integers', '<p dir="rtl">قتل 15 شخصا عام ٢٠٢٤ و 2024</p>'],
  ['unsigned decimals and thousands', '<p dir="rtl">بنسبة 3.5 و ٣٫٥ بلغ 1.234.567 و 1,234</p>'],
  ['a two-part slash number (the common separator keeps it whole)', '<p dir="rtl">العدد 12/10 صدر</p>'],
  ['a number glued to an Arabic letter (never split a word)', '<p dir="rtl">يوم 2024-10-12م وصل</p>'],
  ['a number joined to an Arabic word by a hyphen', '<p dir="rtl">انتشار كوفيد-2019-2020 في</p>'],
  ['a Latin word glued to an Arabic letter', '<p dir="rtl">قال الـAKP اليوم</p>'],
  ['code', '<p dir="rtl">اكتب <code>npm install</code> ثم <code>2023-2024</code></p>'],
  ['kbd and samp', '<p dir="rtl">اضغط <kbd>Ctrl C</kbd> فيظهر <samp>Done 10:30</samp></p>'],
  ['an existing bdi', '<p dir="rtl">قال <bdi>Hakan Fidan</bdi> اليوم</p>'],
  ['bdo', '<p dir="rtl">قال <bdo dir="ltr">Hakan Fidan</bdo> اليوم</p>'],
  ['pre', '<pre dir="rtl">قال Hakan Fidan 2023-2024</pre>'],
  ['an element with its own dir unlike its block’s', '<p dir="rtl">قال <span dir="ltr">Hakan Fidan 2023-2024</span> اليوم</p>'],
  ['an Arabic span marked rtl in a Turkish block', '<p dir="ltr">Bakan <span dir="rtl">سامح شكري</span> dedi</p>'],
  ['a block that is all Latin although marked rtl', '<p dir="rtl">Hakan Fidan</p>'],
  ['a block that is all Arabic although marked ltr', '<p dir="ltr">وزارة الخارجية</p>'],
  ['a block with no letter of its own direction', '<p dir="rtl">Hakan Fidan 12/10/2024.</p>'],
  ['a block whose direction is unknown', '<p>قال Hakan Fidan في 2023-2024</p>'],
  ['a block whose dir is invalid', '<p dir="bogus">قال Hakan Fidan</p>'],
  ['a Turkish block without Arabic', '<p dir="auto">Bakan Fidan, 12/10/2024 tarihinde Kahire’de görüştü.</p>'],
];

const ALL_ROWS = [...LATIN_IN_ARABIC, ...NUMBERS_IN_ARABIC, ...ARABIC_IN_TURKISH, ...CONTEXT];

describe('isolateBidiRuns: Latin runs in Arabic blocks', () => {
  it.each(LATIN_IN_ARABIC)('%s', (_name, html, expected) => {
    expect(isolate(html).html).toBe(expected);
  });
});

describe('isolateBidiRuns: numbers whose separators bidi reorders, in Arabic blocks', () => {
  it.each(NUMBERS_IN_ARABIC)('%s', (_name, html, expected) => {
    expect(isolate(html).html).toBe(expected);
  });
});

describe('isolateBidiRuns: Arabic runs in Turkish blocks', () => {
  it.each(ARABIC_IN_TURKISH)('%s', (_name, html, expected) => {
    expect(isolate(html).html).toBe(expected);
  });
});

describe('isolateBidiRuns: the block direction', () => {
  it.each(CONTEXT)('%s', (_name, html, expected) => {
    expect(isolate(html).html).toBe(expected);
  });
});

describe('isolateBidiRuns: left alone', () => {
  it.each(UNTOUCHED)('%s', (_name, html) => {
    const result = isolate(html);
    expect(result.html).toBe(rootWith(html).innerHTML);
    expect(result.created).toBe(0);
  });
});

describe('isolateBidiRuns: the examples as a whole', () => {
  it.each(ALL_ROWS)('%s: counts each bdi it creates', (_name, html, expected) => {
    expect(isolate(html).created).toBe(expected.split('<bdi ').length - html.split('<bdi ').length);
  });

  it.each(ALL_ROWS)('%s: keeps the text and is idempotent', (_name, html) => {
    const root = rootWith(html);
    const text = root.textContent;
    isolateBidiRuns(root);
    const once = root.innerHTML;
    expect(root.textContent).toBe(text);
    expect(isolateBidiRuns(root)).toBe(0);
    expect(root.innerHTML).toBe(once);
  });

  it('follows markBlockDirections on an article with both languages', () => {
    const root = rootWith(
      '<h2>مباحثات في أنقرة</h2>' +
        '<p>التقى وزير الخارجية المصري سامح شكري نظيره التركي Hakan Fidan في أنقرة يوم 12/10/2024.</p>' +
        '<blockquote><p>Bakan Fidan, Mısır Dışişleri Bakanı سامح شكري ile görüştü.</p></blockquote>' +
        '<ul><li>NATO</li><li>الاتحاد الأوروبي</li><li>جامعة الدول العربية EU</li></ul>',
    );
    expect(markBlockDirections(root)).toBe(8); // h2, p, blockquote, its p, ul, three li
    expect(isolateBidiRuns(root)).toBe(4);
    expect(root.innerHTML).toBe(
      '<h2 dir="auto">مباحثات في أنقرة</h2>' +
        `<p dir="auto">التقى وزير الخارجية المصري سامح شكري نظيره التركي ${ltr('Hakan Fidan')} في أنقرة يوم ${ltr('12/10/2024')}.</p>` +
        `<blockquote dir="ltr"><p dir="auto">Bakan Fidan, Mısır Dışişleri Bakanı ${rtl('سامح شكري')} ile görüştü.</p></blockquote>` +
        `<ul dir="rtl"><li dir="auto">NATO</li><li dir="auto">الاتحاد الأوروبي</li><li dir="auto">جامعة الدول العربية ${ltr('EU')}</li></ul>`,
    );
  });

  it('creates the bdi through the document, so it is a real element', () => {
    const root = rootWith('<p dir="rtl">قال Hakan اليوم</p>');
    isolateBidiRuns(root);
    const bdi = root.querySelector('bdi')!;
    expect(bdi.ownerDocument).toBe(root.ownerDocument);
    expect(bdi.childNodes).toHaveLength(1);
    expect(bdi.getAttribute('dir')).toBe('ltr');
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties over random mixed text in nested inline elements.

const ARABIC_WORDS = ['التقى', 'وزير', 'الخارجية', 'سامح', 'شكري', 'أنقرة', 'في', 'و', 'مُحَمَّد', 'لماذا؟', 'القاهرة،'];
const TURKISH_LETTERS = [...'abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ'];
const TURKISH_WORDS = ['Hakan', 'Fidan', 'Dışişleri', 'Bakanlığı', "AKP'nin", 'T.C.', 'COVID-19', 'İstanbul', 'Çavuşoğlu', 'görüştü'];
const NUMBERS = ['12/10/2024', '2024-10-12', '2023-2024', '10:30', '-3.5', '+90 312 555 12 34', '٢٠٢٤', '15', '3.5'];
const PUNCTUATION = [...'.,،؛؟()[]«»"\'-–/:+!?…@#%'];
const SPACES = [' ', ' ', ' ', '  ', '\u00A0', '\n'];

const word = fc.oneof(
  fc.constantFrom(...ARABIC_WORDS),
  fc.constantFrom(...TURKISH_WORDS),
  fc.string({ unit: fc.constantFrom(...TURKISH_LETTERS), minLength: 1, maxLength: 7 }),
  fc.string({ unit: fc.constantFrom(...'0123456789٠١٢٣٤٥٦٧٨٩'), minLength: 1, maxLength: 4 }),
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(...PUNCTUATION),
  fc.constantFrom(...SPACES),
);
const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

type Inline = string | { tag: string; dir: string | undefined; children: Inline[] };
const INLINE_TAGS = ['b', 'i', 'a', 'span', 'em', 'code', 'bdi', 'kbd'];
const DIRS = ['ltr', 'rtl', 'auto'] as const;

const { inline } = fc.letrec<{ inline: Inline; element: Inline }>((tie) => ({
  inline: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
  element: fc.record({
    tag: fc.constantFrom(...INLINE_TAGS),
    dir: fc.option(fc.constantFrom(...DIRS), { nil: undefined, freq: 3 }),
    children: fc.array(tie('inline'), { maxLength: 3 }),
  }),
}));
const block = fc.record({ dir: fc.constantFrom(...DIRS), children: fc.array(inline, { minLength: 1, maxLength: 4 }) });
const blocks = fc.array(block, { minLength: 1, maxLength: 3 });

/** Marks pre-existing bdi elements, to tell them from the ones isolateBidiRuns creates. */
const ORIGINAL = 'data-original';

function build(doc: Document, parent: Element, children: Inline[]): void {
  for (const child of children) {
    if (typeof child === 'string') {
      parent.append(doc.createTextNode(child));
      continue;
    }
    const element = doc.createElement(child.tag);
    if (child.dir) element.setAttribute('dir', child.dir);
    if (child.tag === 'bdi') element.setAttribute(ORIGINAL, '');
    build(doc, element, child.children);
    parent.append(element);
  }
}

const { document: propertyDocument } = parseHTML('<!doctype html><html><body></body></html>');

function article(spec: Array<{ dir: string; children: Inline[] }>): Element {
  const root = propertyDocument.createElement('div');
  for (const { dir, children } of spec) {
    const paragraph = propertyDocument.createElement('p');
    paragraph.setAttribute('dir', dir);
    build(propertyDocument, paragraph, children);
    root.append(paragraph);
  }
  return root;
}

const createdBdis = (root: Element) => [...root.querySelectorAll('bdi')].filter((bdi) => !bdi.hasAttribute(ORIGINAL));

const EDGE_PUNCTUATION_AT_END = /[.,;:!?…،؛"'«»\-–]$/u;
const EDGE_PUNCTUATION_AT_START = /^["'«»]/u;
const NUMBER_WITH_SEPARATORS = /^[+\-\u2212]?[0-9٠-٩]+(?:[ \u00A0/.:\-–,][0-9٠-٩]+)*$/u;
const PARTNER: Record<string, string> = { '(': ')', '[': ']', '{': '}', ')': '(', ']': '[', '}': '{' };
const isOpener = (ch: string) => '([{'.includes(ch);
const isCloser = (ch: string) => ')]}'.includes(ch);

/** Indices of the brackets of `text` that have a partner in it, paired as UAX #9 BD16 pairs them. */
function pairedBrackets(text: string): Set<number> {
  const characters = [...text];
  const paired = new Set<number>();
  const stack: number[] = [];
  characters.forEach((ch, index) => {
    if (isOpener(ch)) stack.push(index);
    else if (isCloser(ch)) {
      const match = stack.findLastIndex((open) => characters[open] === PARTNER[ch]);
      if (match < 0) return;
      paired.add(stack[match]!).add(index);
      stack.length = match;
    }
  });
  return paired;
}

/** The direction the block containing `element` is set in. */
function blockDirection(element: Element): string | null {
  const paragraph = element.closest('p')!;
  const dir = paragraph.getAttribute('dir');
  return dir === 'auto' ? autoDirection(paragraph) : dir;
}

describe('isolateBidiRuns: properties', () => {
  it('never changes the text', () => {
    fc.assert(
      fc.property(blocks, (spec) => {
        const root = article(spec);
        const before = root.textContent;
        isolateBidiRuns(root);
        expect(root.textContent).toBe(before);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(blocks, (spec) => {
        const root = article(spec);
        isolateBidiRuns(root);
        const once = root.innerHTML;
        expect(isolateBidiRuns(root)).toBe(0);
        expect(root.innerHTML).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('returns the number of bdi elements it created', () => {
    fc.assert(
      fc.property(blocks, (spec) => {
        const root = article(spec);
        expect(isolateBidiRuns(root)).toBe(createdBdis(root).length);
      }),
    );
  });

  it('creates only trimmed bdi elements of the opposite direction, with nothing of the block’s direction inside', () => {
    fc.assert(
      fc.property(blocks, (spec) => {
        const root = article(spec);
        isolateBidiRuns(root);
        for (const bdi of createdBdis(root)) {
          const dir = bdi.getAttribute('dir');
          const content = bdi.textContent ?? '';
          expect(dir === 'ltr' || dir === 'rtl').toBe(true);
          expect(content.length).toBeGreaterThan(0);
          expect(content).toBe(content.trim());
          expect(dir).not.toBe(blockDirection(bdi));
          expect([...content].some((ch) => strongDirection(ch) !== null && strongDirection(ch) !== dir)).toBe(false);
          // a run holds a letter of its direction; anything else is a number token
          const hasLetter = [...content].some((ch) => strongDirection(ch) === dir && /\p{L}/u.test(ch));
          expect(hasLetter || (dir === 'ltr' && NUMBER_WITH_SEPARATORS.test(content))).toBe(true);
        }
      }),
    );
  });

  it('leaves brackets, quotes and sentence punctuation at the edges outside unless paired inside', () => {
    fc.assert(
      fc.property(blocks, (spec) => {
        const root = article(spec);
        isolateBidiRuns(root);
        for (const bdi of createdBdis(root)) {
          const content = bdi.textContent ?? '';
          const first = content[0] ?? '';
          const last = content.at(-1) ?? '';
          expect(EDGE_PUNCTUATION_AT_START.test(content)).toBe(false);
          // Arabic ؟ ؛ ۔ are strong (AL): they belong to an Arabic run and may end it
          if (strongDirection(last) !== bdi.getAttribute('dir')) expect(EDGE_PUNCTUATION_AT_END.test(content)).toBe(false);
          const characters = [...content];
          const paired = pairedBrackets(content);
          expect(isCloser(first) || isOpener(last)).toBe(false);
          if (isOpener(first)) expect(paired.has(0)).toBe(true);
          if (isCloser(last)) expect(paired.has(characters.length - 1)).toBe(true);
          expect(/\s/u.test(first) || /\s/u.test(last)).toBe(false);
        }
      }),
    );
  });

  it('creates nothing inside code, kbd, an existing bdi, or an element whose own dir differs from its block', () => {
    fc.assert(
      fc.property(blocks, (spec) => {
        const root = article(spec);
        isolateBidiRuns(root);
        for (const bdi of createdBdis(root)) {
          expect(bdi.parentElement!.closest('code, kbd, bdi')).toBeNull();
          const paragraph = bdi.closest('p')!;
          const blockDir = blockDirection(bdi);
          for (let element = bdi.parentElement; element && element !== paragraph; element = element.parentElement) {
            const own = element.getAttribute('dir');
            const resolved = own === 'auto' ? autoDirection(element) : own;
            if (resolved) expect(resolved).toBe(blockDir);
          }
        }
      }),
    );
  });
});
