import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignBlocks, type Bead } from '../../../utils/alternate/align-blocks';
import { anchorsOf } from '../../../utils/alternate/anchors';
import { AR_EN_BEADS, AR_RELEASE, EN_OF_AR_RELEASE, EN_OF_TR_RELEASE, TR_EN_BEADS, TR_RELEASE } from './parallel-releases';

/** Every index of each side once, in increasing order, across the beads. */
function coverage(beads: Bead[]): { a: number[]; b: number[] } {
  return { a: beads.flatMap((bead) => bead.a), b: beads.flatMap((bead) => bead.b) };
}

const indexes = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('anchorsOf', () => {
  it.each<[string, string[]]>([
    ['ticaret hacmi 2024 yılında 1,2 milyar doları aştı.', ['#2024', '#12']],
    ['trade exceeded 1.2 billion dollars in 2024.', ['#12', '#2024']],
    ['تجاوز حجم التبادل ١٫٢ مليار دولار خلال عام ٢٠٢٤', ['#12', '#2024']],
    ['۱۲۴۵ واحد مسکونی', ['#1245']],
    ['Heyet Ankara’da ve İstanbul’da NATO ile görüştü.', ['@heyet', '@ankara', '@istanbul', '@nato']],
    ['The delegation met NATO in Ankara and Istanbul.', ['@the', '@nato', '@ankara', '@istanbul']],
    ['Madde 3 ve 7 uyarınca', ['@madde']],
    ['AB ve BM', ['@ab', '@bm']],
    ['Москва и Анкара', []],
    ['Sayı 007 ve 7', ['@sayi', '#7']],
  ])('%s', (text, expected) => {
    expect([...anchorsOf(text)].sort()).toEqual([...expected].sort());
  });
});

describe('alignBlocks', () => {
  it('aligns a Turkish release with its English version: a split paragraph, a paragraph left out', () => {
    expect(alignBlocks(TR_RELEASE, EN_OF_TR_RELEASE)).toEqual(TR_EN_BEADS);
  });

  it('gives the mirror image when the sides are swapped', () => {
    expect(alignBlocks(EN_OF_TR_RELEASE, TR_RELEASE)).toEqual(TR_EN_BEADS.map(({ a, b }) => ({ a: b, b: a })));
  });

  it('aligns an Arabic release with its English version: two paragraphs made one, Arabic-Indic figures', () => {
    expect(alignBlocks(AR_RELEASE, EN_OF_AR_RELEASE)).toEqual(AR_EN_BEADS);
  });

  it('aligns the Turkish and the Arabic accounts of the same consultations where they tell the same', () => {
    // Two ministries' own accounts, not translations: only the opening paragraphs and the close agree.
    const beads = alignBlocks(TR_RELEASE, AR_RELEASE);
    expect(coverage(beads)).toEqual({ a: indexes(TR_RELEASE.length), b: indexes(AR_RELEASE.length) });
    expect(beads.slice(0, 4)).toEqual([0, 1, 2, 3].map((i) => ({ a: [i], b: [i] })));
    expect(beads.at(-1)?.a).toContain(8);
    expect(beads.at(-1)?.b).toEqual([AR_RELEASE.length - 1]);
  });

  it('finds which of several like rows is missing by their figures and names', () => {
    const tr = [
      'Hatay ilinde 1.245 konut hak sahiplerine teslim edildi.',
      'Kahramanmaraş ilinde 2.310 konut hak sahiplerine teslim edildi.',
      'Adıyaman ilinde 980 konut hak sahiplerine teslim edildi.',
      'Malatya ilinde 1.760 konut hak sahiplerine teslim edildi.',
      'Osmaniye ilinde 615 konut hak sahiplerine teslim edildi.',
    ];
    const en = [
      '1,245 homes were handed over to their owners in Hatay.',
      '2,310 homes were handed over to their owners in Kahramanmaraş.',
      '1,760 homes were handed over to their owners in Malatya.',
      '615 homes were handed over to their owners in Osmaniye.',
    ];
    expect(alignBlocks(tr, en)).toEqual([
      { a: [0], b: [0] },
      { a: [1], b: [1] },
      { a: [2], b: [] },
      { a: [3], b: [2] },
      { a: [4], b: [3] },
    ]);
  });

  it('finds the missing row by its figures alone in Arabic-Indic digits', () => {
    const ar = ['سُلّم ١٢٤٥ مسكناً لأصحابها في هاتاي.', 'سُلّم ٢٣١٠ مسكناً لأصحابها في كهرمان مرعش.', 'سُلّم ٩٨٠ مسكناً لأصحابها في أديامان.', 'سُلّم ١٧٦٠ مسكناً لأصحابها في ملاطية.'];
    const en = ['1,245 homes were handed over in Hatay.', '980 homes were handed over in Adıyaman.', '1,760 homes were handed over in Malatya.'];
    expect(alignBlocks(ar, en)).toEqual([
      { a: [0], b: [0] },
      { a: [1], b: [] },
      { a: [2], b: [1] },
      { a: [3], b: [2] },
    ]);
  });

  it('leaves every block of one side unmatched when the other has none', () => {
    expect(alignBlocks(['Bir.', 'İki.'], [])).toEqual([
      { a: [0], b: [] },
      { a: [1], b: [] },
    ]);
    expect(alignBlocks([], ['One.'])).toEqual([{ a: [], b: [0] }]);
    expect(alignBlocks([], [])).toEqual([]);
  });

  it('keeps to a band on very long texts and still covers both sides', () => {
    const a = Array.from({ length: 1200 }, (_, i) => `Paragraf ${i} ${'metin '.repeat(10 + (i % 7))}`);
    const b = a.filter((_, i) => i % 50 !== 17).map((text) => text.replace(/metin/g, 'text'));
    const beads = alignBlocks(a, b);
    expect(coverage(beads)).toEqual({ a: indexes(a.length), b: indexes(b.length) });
    expect(beads.filter((bead) => bead.b.length === 0).map((bead) => bead.a[0])).toEqual(indexes(24).map((k) => k * 50 + 17));
  });
});

describe('alignBlocks properties', () => {
  const block = fc.oneof(
    fc.string({ maxLength: 120 }),
    fc.array(fc.constantFrom('Ankara', 'عمّان', '2024', '١٢٤٥', 'heyet', 'الجانبان', 'delegation', ' ', '1,2', 'NATO', '\n'), { maxLength: 30 }).map((words) => words.join(' ')),
  );
  const blocks = fc.array(block, { maxLength: 25 });

  it('names every index of each side exactly once, in order', () => {
    fc.assert(
      fc.property(blocks, blocks, (a, b) => {
        const beads = alignBlocks(a, b);
        expect(coverage(beads)).toEqual({ a: indexes(a.length), b: indexes(b.length) });
        for (const bead of beads) {
          expect(bead.a.length + bead.b.length).toBeGreaterThan(0);
          expect(bead.a.length).toBeLessThanOrEqual(2);
          expect(bead.b.length).toBeLessThanOrEqual(2);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('pairs a text with itself one to one', () => {
    fc.assert(
      fc.property(fc.array(block.filter((text) => /[\p{L}\p{N}]/u.test(text)), { maxLength: 25 }), (a) => {
        expect(alignBlocks(a, a)).toEqual(a.map((_, i) => ({ a: [i], b: [i] })));
      }),
      { numRuns: 200 },
    );
  });
});
