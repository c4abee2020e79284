/** Realistic records and clips for library tests. */

import { createHash } from 'node:crypto';
import { extractMentions } from '../../utils/mentions/extract-mentions';
import { ARTICLE_SCHEMA_VERSION, type ArticleRecord, type PageRecord } from '../../utils/record/article-record';

const AR_TEXT = 'التقت الدكتورة مايا مرسي، وزيرة التضامن الاجتماعي، رئيس مكتب منظمة الهجرة الدولية في مصر.\n\nوتناول اللقاء تعزيز سبل التعاون بين الوزارة والمنظمة.';
const TR_TEXT = 'Aile ve Sosyal Hizmetler Bakan Yardımcısı İsmail Ergüneş, Kahire’de düzenlenen konferansa katıldı.\n\nİSTANBUL’da da benzer bir toplantı yapılacak.';

export function hashOf(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

let counter = 0;

/** A record with every field set; `text` decides the content hash unless it is given. */
export function makeRecord(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  counter++;
  const lang = overrides.lang ?? (counter % 2 ? 'ar' : 'tr');
  const text = overrides.text ?? (lang === 'ar' ? AR_TEXT : TR_TEXT);
  const url = overrides.url ?? `https://www.example.gov.tr/haber/${counter}`;
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    url,
    canonicalUrl: overrides.canonicalUrl ?? url,
    title: lang === 'ar' ? 'وزيرة التضامن تلتقي رئيس مكتب منظمة الهجرة الدولية' : 'İİT Bakanlar Konferansı’nda görev Mısır’a devredildi',
    byline: null,
    siteName: lang === 'ar' ? 'صدى البلد' : 'T.C. Aile ve Sosyal Hizmetler Bakanlığı',
    source: null,
    dateline: lang === 'ar' ? 'القاهرة' : 'Ankara',
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    publishedAt: '2024-03-14T10:30:00+03:00',
    modifiedAt: null,
    publishedText: '14 Mart 2024 10:30',
    dateApproximate: false,
    timeZone: 'Europe/Istanbul',
    excerpt: text.split('\n')[0]!,
    tags: lang === 'ar' ? ['مايا مرسي', 'منظمة الهجرة الدولية'] : ['Kahire', 'İİT'],
    relatedLinks: [{ title: 'Diğer haber başlığı burada', url: 'https://www.example.gov.tr/haber/0' }],
    alternates: [],
    contentHtml: text
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join(''),
    text,
    wordCount: text.split(/\s+/).length,
    contentHash: overrides.contentHash ?? hashOf(text),
    mentions: extractMentions(text, lang),
    extractedAt: '2025-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/** An id generator that counts: clip-1, clip-2, … */
export function countingIds(prefix = 'clip'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** The record as the extractor in a tab sends it: without the mentions, which the background reads. */
export function pageRecordOf({ mentions: _mentions, ...record }: ArticleRecord): PageRecord {
  return record;
}
