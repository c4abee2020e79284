/**
 * A library with history, edits and a duplicate, built the same way every time (fixed clock and ids),
 * so that a dump taken before a failed write can be compared with one taken after it.
 */

import type { Clip } from '../../../utils/library/clip';
import { editClip, saveRecord } from '../../../utils/library/clip-store';
import type { LibraryDb } from '../../../utils/library/library-db';
import type { ArticleRecord } from '../../../utils/record/article-record';
import { countingIds, hashOf, makeRecord } from '../records';

/** Noon UTC on a day of November 2025. */
export const day = (n: number) => new Date(Date.UTC(2025, 10, n, 12));

const texts = {
  sisV1: 'استقبل الرئيس وفدًا من منظمة الهجرة الدولية في القاهرة.\n\nوتناول اللقاء ملف اللاجئين.',
  sisV2: 'استقبل الرئيس وفدًا من منظمة الهجرة الدولية في القاهرة.\n\nوتناول اللقاء ملف اللاجئين وسبل دعمهم.',
  aileV1: 'Bakan Yardımcısı İsmail Ergüneş Kahire’de konferansa katıldı.\n\nToplantı iki gün sürdü.',
  aileV2: 'Bakan Yardımcısı İsmail Ergüneş Kahire’de konferansa katıldı.\n\nToplantı iki gün sürdü; ortak bildiri yayımlandı.',
  aileV3: 'Bakan Yardımcısı İsmail Ergüneş Kahire’de İİT konferansına katıldı.\n\nToplantı iki gün sürdü; ortak bildiri yayımlandı.',
  msb: 'Millî Savunma Bakanlığı haftalık basın bilgilendirme toplantısı Ankara’da yapıldı.',
  mofa: 'أكد وزير الخارجية أهمية التنسيق العربي في الملفات الإقليمية.\n\nجاء ذلك خلال اتصال هاتفي.',
} as const;

/** A record of a page whose content is `text`. */
export function pageRecord(url: string, lang: 'ar' | 'tr', text: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return makeRecord({ url, canonicalUrl: url, lang, text, contentHash: hashOf(text), ...extra });
}

export const pages = {
  sis: (text: string = texts.sisV2) => pageRecord('https://www.sis.gov.eg/Story/1001', 'ar', text),
  aile: (text: string = texts.aileV3) => pageRecord('https://www.aile.gov.tr/haber/2002', 'tr', text),
  msb: () => pageRecord('https://www.msb.gov.tr/SlaytHaber/3003', 'tr', texts.msb),
  /** The ministry's release republished by an aggregator: the same text at another address. */
  aggregator: () => pageRecord('https://www.haberler.com/guncel/3003-msb', 'tr', texts.msb, { siteName: 'Haberler.com', source: 'MSB' }),
  mofa: () => pageRecord('https://www.mofa.gov.eg/ar/News/5005', 'ar', texts.mofa),
};

/** The clip ids the seed gives, in the order it saves them. */
export const SEEDED = { sis: 'seed-1', aile: 'seed-2', msb: 'seed-3', aggregator: 'seed-4', mofa: 'seed-5' } as const;

/**
 * Fills an empty library: five clips, two of them with earlier versions (one with two), user notes,
 * tags and a changed title, and one duplicate of another clip.
 */
export async function seedLibrary(db: LibraryDb): Promise<void> {
  const newId = countingIds('seed');
  await saveRecord(db, pages.sis(texts.sisV1), { now: day(1), newId });
  await saveRecord(db, pages.aile(texts.aileV1), { now: day(1), newId });
  await saveRecord(db, pages.msb(), { now: day(2), newId });
  await saveRecord(db, pages.aggregator(), { now: day(2), newId });
  await saveRecord(db, pages.mofa(), { now: day(3), newId, note: 'اتصال هاتفي مهم', userTags: ['خارجية'] });
  await saveRecord(db, pages.sis(), { now: day(4), newId });
  await saveRecord(db, pages.aile(texts.aileV2), { now: day(4), newId });
  await saveRecord(db, pages.aile(), { now: day(5), newId });
  await editClip(db, SEEDED.sis, { note: 'مهم للمتابعة', userTags: ['هجرة', 'متابعة'] }, day(6));
  await editClip(db, SEEDED.aile, { title: 'Ergüneş Kahire’de İİT toplantısında', note: 'Ortak bildiriye bak', userTags: ['İİT', 'izlenecek'] }, day(6));
}

/** A clip for an import file, as an export writes it. */
export function importedClip(record: ArticleRecord, id: string, fields: Partial<Clip> & { history?: Clip[] } = {}): Clip & { history?: Clip[] } {
  return { ...record, id, clippedAt: day(7).toISOString(), updatedAt: day(7).toISOString(), version: 1, note: '', userTags: [], duplicateOf: null, ...fields };
}

/**
 * An import file that exercises every merge rule against the seeded library: a new clip with history,
 * a newer version of a clipped page, newer user fields on an unchanged page, an unchanged page, a twin
 * of a clipped text at a new address, and an id that belongs to another page (rejected).
 */
export function importFile(): string {
  const later = day(8).toISOString();
  const fresh = pageRecord('https://www.aa.com.tr/ar/news/9009', 'ar', 'وصل وفد تركي إلى القاهرة لبحث التعاون التجاري.\n\nويستمر اللقاء يومين.');
  const freshPast = pageRecord(fresh.url, 'ar', 'وصل وفد تركي إلى القاهرة.');
  const aileV4 = 'Bakan Yardımcısı İsmail Ergüneş Kahire’de İİT konferansına katıldı.\n\nOrtak bildiri 12 maddeden oluşuyor.';
  const clips = [
    importedClip(fresh, 'imported-1', { version: 2, note: 'yeni', history: [importedClip(freshPast, 'imported-1', { updatedAt: day(6).toISOString() })] }),
    importedClip(pages.aile(aileV4), 'elsewhere-2', { updatedAt: later }),
    importedClip(pages.mofa(), SEEDED.mofa, { updatedAt: later, note: 'ملاحظة أحدث من الملف', userTags: ['خارجية', 'مصر'] }),
    importedClip(pages.msb(), 'elsewhere-3', { clippedAt: day(2).toISOString(), updatedAt: day(2).toISOString() }),
    importedClip(pageRecord('https://www.trthaber.com/haber/3003', 'tr', texts.msb), 'imported-4'),
    importedClip(pageRecord('https://www.example.org/another-page', 'tr', 'Başka bir sayfa.'), SEEDED.msb),
  ];
  return JSON.stringify({ format: 'katib-clips', schemaVersion: 1, exportedAt: later, count: clips.length, clips });
}
