import { describe, expect, it } from 'vitest';
import type { Clip } from '../../utils/library/clip';
import { summarise } from '../../utils/library/clip-summary';
import { SearchIndex } from '../../utils/library/search-index';
import { makeRecord } from './records';

function clip(id: string, overrides: Partial<Clip> = {}): Clip {
  const record = makeRecord(overrides);
  return { ...record, id, clippedAt: '2025-11-20T10:00:00.000Z', updatedAt: '2025-11-20T10:00:00.000Z', version: 1, note: '', userTags: [], duplicateOf: null, ...overrides };
}

const clips = [
  clip('ar-1', { lang: 'ar', siteName: 'الأهرام', title: 'إقرار قانون الضمان الاجتماعي', text: 'أقرت الحكومة مشروع قانون الضمان الاجتماعي الجديد بعد مناقشة مطولة.', tags: ['الضمان الاجتماعي'], publishedAt: '2024-01-10', clippedAt: '2025-01-01T00:00:00Z' }),
  clip('ar-2', { lang: 'ar', title: 'وزيرة التضامن تلتقي وفد المنظمة', text: 'التقت الوزيرةُ رئيسَ مكتب المنظمة، وأكّدت أهمية التعاون في مدينة الإسكندرية.', siteName: 'صدى البلد', tags: ['وزیرة التضامن'], publishedAt: '2024-03-14T10:30:00+02:00', clippedAt: '2025-02-01T00:00:00Z' }),
  clip('ar-3', { lang: 'ar', siteName: 'بوابة الأخبار', title: 'مستشفى جديد', text: 'افتتح المحافظ مستشفى جديداً في القريه الشمالية والمنطقه المجاورة.', publishedAt: null, clippedAt: '2025-03-01T00:00:00Z' }),
  clip('tr-1', { lang: 'tr', title: 'İSTANBUL’da metro hattı açıldı', text: 'Yeni hat İstanbul’un batısını merkeze bağlıyor.', tags: ['Ulaşım'], siteName: 'Gündem Hattı', publishedAt: '2025-11-20T11:00:00+03:00', clippedAt: '2025-04-01T00:00:00Z' }),
  clip('tr-2', { lang: 'tr', title: 'Işık Üniversitesi mezuniyet töreni', text: 'Işık Üniversitesi öğrencileri diplomalarını aldı.', tags: ['Eğitim'], publishedAt: '2023-06-09T13:46:39+03:00', clippedAt: '2025-05-01T00:00:00Z', userTags: ['izlenecek'] }),
  clip('tr-3', { lang: 'tr', title: 'Isik fuarı başladı', text: 'Aydınlatma sektörünün isik fuarı kapılarını açtı.', publishedAt: '2022-01-01', clippedAt: '2025-06-01T00:00:00Z' }),
];
const index = new SearchIndex(clips.map(summarise));
const ids = (text: string, extra: Parameters<SearchIndex['search']>[0] = {}) => index.search({ text, ...extra }).ids.sort();

describe('search: Arabic folding', () => {
  it.each([
    ['hamza forms of alef: اقرار finds إقرار', 'اقرار', ['ar-1']],
    ['alef forms the other way: أقرت finds أقرت and اقرت', 'اقرت', ['ar-1']],
    ['taa marbuta: القرية finds القريه', 'القرية', ['ar-3']],
    ['haa for taa marbuta: المنطقة finds المنطقه', 'المنطقة', ['ar-3']],
    ['harakat ignored: الوزيرة finds الوزيرةُ', 'الوزيرة', ['ar-2']],
    ['shadda ignored: اكدت finds أكّدت', 'اكدت', ['ar-2']],
    ['Persian yeh in a tag: وزيرة finds وزیرة', 'وزيرة التضامن', ['ar-2']],
    ['alef forms: الاسكندرية finds الإسكندرية', 'الاسكندرية', ['ar-2']],
    ['a proclitic in the text: التعاون finds "في التعاون"', 'تعاون', ['ar-2']],
    ['tatweel in the query: الضـمان', 'الضـمان', ['ar-1']],
  ])('%s', (_name, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});

describe('search: Turkish casing', () => {
  it('İSTANBUL finds istanbul, and istanbul finds İSTANBUL', () => {
    expect(ids('İSTANBUL')).toEqual(['tr-1']);
    expect(ids('istanbul')).toEqual(['tr-1']);
  });
  it('Işık finds Işık and not isik; isik finds only isik', () => {
    expect(ids('Işık')).toEqual(['tr-2']);
    expect(ids('ışık')).toEqual(['tr-2']);
    expect(ids('isik')).toEqual(['tr-3']);
  });
  it('a word with a suffix after an apostrophe is found by its stem', () => {
    expect(ids('istanbul metro')).toEqual(['tr-1']);
  });
});

describe('search: fields, filters, sort and paging', () => {
  it('searches site, tags and user tags as well as text', () => {
    expect(ids('صدى البلد')).toEqual(['ar-2']);
    expect(ids('ulaşım')).toEqual(['tr-1']);
    expect(ids('izlenecek')).toEqual(['tr-2']);
  });
  it('needs every query word', () => {
    expect(ids('metro hattı')).toEqual(['tr-1']);
    expect(ids('metro fuarı')).toEqual([]);
  });
  it('filters by site, language, tag (folded) and date range', () => {
    expect(index.search({ site: 'Gündem Hattı' }).ids).toEqual(['tr-1']);
    expect(index.search({ lang: 'ar' }).total).toBe(3);
    expect(index.search({ tag: 'وزيرة التضامن' }).ids).toEqual(['ar-2']);
    expect(index.search({ tag: 'İZLENECEK' }).ids).toEqual(['tr-2']);
    expect(index.search({ tag: 'izlenecek' }).ids).toEqual(['tr-2']);
    expect(ids('', { sort: 'published', from: '2024-01-01', to: '2024-12-31' })).toEqual(['ar-1', 'ar-2']);
  });
  it('sorts by clipped or published date, newest first by default, undated last', () => {
    expect(index.search().ids).toEqual(['tr-3', 'tr-2', 'tr-1', 'ar-3', 'ar-2', 'ar-1']);
    expect(index.search({ sort: 'published' }).ids).toEqual(['tr-1', 'ar-2', 'ar-1', 'tr-2', 'tr-3', 'ar-3']);
    expect(index.search({ sort: 'published', order: 'asc' }).ids).toEqual(['tr-3', 'tr-2', 'ar-1', 'ar-2', 'tr-1', 'ar-3']);
  });
  it('pages results and reports the total', () => {
    const page = index.search({ limit: 2, offset: 2 });
    expect(page.total).toBe(6);
    expect(page.items.map((s) => s.id)).toEqual(['tr-1', 'ar-3']);
  });
  it('counts facets, merging spellings of the same tag', () => {
    const facets = index.facets();
    expect(facets.langs).toEqual([
      { value: 'ar', count: 3 },
      { value: 'tr', count: 3 },
    ]);
    expect(facets.tags.find((t) => t.value === 'Ulaşım')).toEqual({ value: 'Ulaşım', count: 1 });
  });
  it('follows puts and removals', () => {
    const live = new SearchIndex(clips.map(summarise));
    live.remove('tr-1');
    expect(live.search({ text: 'metro' }).total).toBe(0);
    live.put(summarise(clip('tr-9', { lang: 'tr', title: 'Metro seferleri', text: 'Metro seferleri uzatıldı.' })));
    expect(live.search({ text: 'metro' }).ids).toEqual(['tr-9']);
  });
});

describe('mention filter and facets', () => {
  const named = [
    clip('m-1', { lang: 'tr', mentions: { people: [{ name: 'İsmail Ergüneş', role: 'Bakan Yardımcısı' }], organisations: [{ name: 'Aile ve Sosyal Hizmetler Bakanlığı' }] } }),
    clip('m-2', { lang: 'tr', mentions: { people: [{ name: 'ismail ergüneş' }], organisations: [] } }),
    clip('m-3', { lang: 'ar', mentions: { people: [{ name: 'مايا مرسي', role: 'وزيرة التضامن الاجتماعي' }], organisations: [{ name: 'منظمة الهجرة الدولية' }] } }),
  ];
  const mentionIndex = new SearchIndex(named.map(summarise));
  const found = (mention: string) => mentionIndex.search({ mention }).ids.sort();

  it('finds clips naming a person or an organisation, folded (Turkish İ/i, Arabic letter forms)', () => {
    expect(found('İSMAİL ERGÜNEŞ')).toEqual(['m-1', 'm-2']);
    expect(found('منظمه الهجره الدوليه')).toEqual(['m-3']);
    expect(found('Aile ve Sosyal Hizmetler Bakanlığı')).toEqual(['m-1']);
    expect(found('Ergüneş')).toEqual([]);
  });

  it('counts people and organisations separately, spellings that fold alike once', () => {
    const facets = mentionIndex.facets();
    expect(facets.people).toEqual([
      { value: 'İsmail Ergüneş', count: 2 },
      { value: 'مايا مرسي', count: 1 },
    ]);
    expect(facets.organisations.map((o) => o.value).sort()).toEqual(['Aile ve Sosyal Hizmetler Bakanlığı', 'منظمة الهجرة الدولية'].sort());
  });
});
