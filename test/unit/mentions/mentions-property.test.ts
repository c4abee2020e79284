/**
 * Properties of extractMentions on arbitrary input: it never throws, it is deterministic, and every name
 * and role it returns is trimmed, non-empty and made of the input's own words, up to what the rules cut
 * or restore: an Arabic proclitic, the article dropped after ل ("للأمم" → "الأمم"), a dual head's
 * singular ("وزارتا" → "وزارة"), a Turkish case or first-person possessive ending ("Bakanlığımız" →
 * "Bakanlığı").
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../utils/mentions/extract-mentions';

const VOCABULARY = [
  // Arabic titles, roles, heads, names, particles
  'الدكتورة', 'الدكتور', 'د', 'المهندس', 'وزير', 'وزيرة', 'الرئيس', 'رئيس', 'المتحدث', 'الرسمي', 'باسم', 'وقال',
  'قالت', 'أما', 'وهو', 'وهي', 'أبو', 'علي', 'ريم', 'محمد', 'بن', 'عبد', 'الدين', 'مايا', 'مرسي', 'الخطيب',
  'وزارة', 'ووزارة', 'لوزارة', 'بالوزارة', 'وزارتا', 'وزارتي', 'منظمة', 'الهلال', 'الأحمر', 'للأمم', 'الأمم',
  'المتحدة', 'برنامج', 'للبيئة', 'صندوق', 'للجنة', 'اللجنة', 'الانتقالية', 'إدارة', 'المرور', 'قطاع', 'مع',
  'التضامن', 'الاجتماعي', 'الخارجية', 'والتجارة', 'والطاقة', 'في', 'إن', 'أن', 'اليوم', 'شركة', 'جامعة', 'دمشق',
  // Turkish titles, roles, tails, names
  'Bakan', 'Bakanı', 'Yardımcısı', 'Genel', 'Müdürü', 'Dr', 'Prof', 'Büyükelçi', 'Cumhurbaşkanı', 'İsmail',
  "Ergüneş'in", 'Ergüneş’in', 'Ergüneş', 'Aile', 've', 'Sosyal', 'Hizmetler', 'Bakanlığı', "Bakanlığı'nın",
  'Bakanlığımız', 'Bakanlığımızca', 'Belediyesi', 'Belediyemiz', 'Merkezi', 'Merkezimize', 'Teşkilatı',
  'Başkanlığı', 'Dairesi', 'yaşındaki', 'anneleri', 'Elif', 'Kurt', 'Aysel', 'Konferansta', 'İİT', 'IWA',
  // Latin and odd tokens
  'Recep', 'Tayyip', 'Erdoğan', 'CNN', 'AA', 'Apple', '112', '2024', 'A', 'İ', 'ı', 'ـ', 'ً',
];
const SEPARATORS = [' ', ' ', ' ', '، ', ', ', '. ', '\n', '\n\n', ' (', ') ', '«', '»', '"', "'", '’', ' - ', ':', '.'];

/** Phrases the rules fire on, so that the properties are checked on real finds inside random context. */
const PHRASES = [
  'الدكتورة مايا مرسي، وزيرة التضامن الاجتماعي،', 'وقال وزير الخارجية سامح شكري إن', 'ووزارة الخارجية',
  'وزارتا الاقتصاد والتجارة والطاقة والمياه', 'التابعة للأمم المتحدة', 'للجنة الانتقالية', 'قالت ريم، وهي طالبة،',
  'الرئيس التنفيذي للمركز المهندس فهد بن سعود العتيبي،', 'مع إدارة المرور', 'يقف أبو علي', 'شركة Climate Finance',
  'رئيسة وزراء باربادوس ميا موتلي،', 'كارلوس أوليفر كروز، رئيس مكتب منظمة الهجرة الدولية،', 'الرئيس التركي Recep Tayyip Erdoğan',
  "Bakan Yardımcısı İsmail Ergüneş'in", 'Aile ve Sosyal Hizmetler Bakanlığımızca', 'Almatı Başkonsolosluğumuz',
  'İzmir Büyükşehir Belediyemiz', "Çevre, Şehircilik ve İklim Değişikliği Bakanı Mehmet Ali Kırcalı'nın",
  'İslam İşbirliği Teşkilatı (İİT)', 'anneleri Ayşe Demirci,', 'Başhekimi Dr. Serkan Yalçın', '112 Acil Çağrı Merkezi’ne',
  'Aysel Kurt, "', 'Genel Müdürü Büyükelçi Kerem Altınordu',
];

const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 6, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);
const text = fc
  .array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
const lang = fc.constantFrom('ar', 'tr', 'ar-EG', 'tr-TR', 'en', '');

/** Whether `word` is one of the input's words, up to the cuts and restorations the rules make. */
function comesFromInput(word: string, input: string): boolean {
  if (input.includes(word)) return true;
  if (word.startsWith('ال') && input.includes(`ل${word.slice(2)}`)) return true;
  if (word.endsWith('ة') && input.includes(`${word.slice(0, -1)}ت`)) return true;
  const stem = word.replace(/s?[ıiuü]$/u, '');
  return stem.length >= 3 && stem !== word && input.includes(stem);
}

function violations(input: string, language: string): string[] {
  const found = extractMentions(input, language);
  const texts = [
    ...found.people.flatMap((p) => (p.role === undefined ? [p.name] : [p.name, p.role])),
    ...found.organisations.map((o) => o.name),
  ];
  return texts.flatMap((t) => {
    if (!t || t !== t.trim()) return [`not trimmed or empty: "${t}"`];
    return t
      .split(/\s+/)
      .filter((w) => !comesFromInput(w, input))
      .map((w) => `"${w}" of "${t}" is not in the input`);
  });
}

describe('extractMentions on arbitrary text', () => {
  it('never throws, and is deterministic', () => {
    fc.assert(
      fc.property(text, lang, (input, language) => {
        expect(extractMentions(input, language)).toEqual(extractMentions(input, language));
      }),
      { numRuns: 600 },
    );
  });

  it('returns trimmed, non-empty names and roles made of the input\'s words', () => {
    fc.assert(
      fc.property(text, lang, (input, language) => {
        expect(violations(input, language)).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  it('finds something in the generated text, so the properties are not vacuous', () => {
    const samples = fc.sample(fc.tuple(text, fc.constantFrom('ar', 'tr')), { numRuns: 400, seed: 7 });
    const withMentions = samples.filter(([input, language]) => {
      const m = extractMentions(input, language);
      return m.people.length + m.organisations.length > 0;
    });
    // About two in five samples hold a find (many are short or in the other language's script).
    expect(withMentions.length).toBeGreaterThan(samples.length / 4);
  });

  it('does not throw on hostile values', () => {
    for (const input of ['', ' ', '\n\n\n', '،،،', "''''", 'ـــــ', '\u200f\u200e', 'ال', 'لل', '(', 'Bakan', 'وزير']) {
      for (const language of ['ar', 'tr']) expect(() => extractMentions(input, language)).not.toThrow();
    }
    expect(extractMentions(undefined as unknown as string, 'ar')).toEqual({ people: [], organisations: [] });
    expect(extractMentions('قال وزير الخارجية سامح شكري', undefined as unknown as string)).toEqual({ people: [], organisations: [] });
  });
});
