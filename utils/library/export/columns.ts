/**
 * The columns of Katib's CSV, in their stable order (documented in the README). Clip-only columns are
 * empty for plain extraction records (the batch command). Multi-valued fields are joined with "; ".
 */

import type { ArticleRecord } from '../../record/article-record';
import type { Clip } from '../clip';

export type CsvSource = ArticleRecord &
  Partial<Pick<Clip, 'id' | 'clippedAt' | 'updatedAt' | 'version' | 'note' | 'userTags' | 'duplicateOf' | 'translations' | 'linkedVersions'>> & {
  /** Set on rows of past versions when history is exported. */
  current?: boolean;
};

type Cell = string | number | boolean | null | undefined;

const join = (values: readonly string[]) => values.join('; ');

/** The languages whose translations get their own CSV columns: the interface languages. */
export const TRANSLATION_COLUMN_LANGUAGES = ['en', 'tr', 'ar'] as const;

/** A translation's blocks as plain text, laid out like `text`: blocks separated by a blank line. */
const translatedText = (blocks: readonly string[]) => blocks.map((block) => block.trim()).filter(Boolean).join('\n\n');

const mapDefined = <T, U>(value: T | undefined, map: (value: T) => U): U | undefined => (value === undefined ? undefined : map(value));

const translationColumns = TRANSLATION_COLUMN_LANGUAGES.flatMap((lang) => [
  [`title_${lang}`, (r: CsvSource) => r.translations?.[lang]?.title] as const,
  [`text_${lang}`, (r: CsvSource) => mapDefined(r.translations?.[lang]?.blocks, translatedText)] as const,
]);

export const CSV_COLUMNS: ReadonlyArray<readonly [name: string, value: (r: CsvSource) => Cell]> = [
  ['id', (r) => r.id],
  ['version', (r) => r.version],
  ['current', (r) => (r.current === undefined ? undefined : r.current ? 'yes' : 'no')],
  ['title', (r) => r.title],
  ['url', (r) => r.url],
  ['canonicalUrl', (r) => r.canonicalUrl],
  ['siteName', (r) => r.siteName],
  ['source', (r) => r.source],
  ['byline', (r) => r.byline],
  ['dateline', (r) => r.dateline],
  ['lang', (r) => r.lang],
  ['dir', (r) => r.dir],
  ['publishedAt', (r) => r.publishedAt],
  ['modifiedAt', (r) => r.modifiedAt],
  ['publishedText', (r) => r.publishedText],
  ['dateApproximate', (r) => (r.dateApproximate ? 'yes' : 'no')],
  ['timeZone', (r) => r.timeZone],
  ['clippedAt', (r) => r.clippedAt],
  ['updatedAt', (r) => r.updatedAt],
  ['tags', (r) => join(r.tags)],
  ['userTags', (r) => (r.userTags ? join(r.userTags) : undefined)],
  ['note', (r) => r.note],
  ['excerpt', (r) => r.excerpt],
  ['wordCount', (r) => r.wordCount],
  ['contentHash', (r) => r.contentHash],
  ['duplicateOf', (r) => r.duplicateOf],
  ['relatedLinks', (r) => join(r.relatedLinks.map((l) => `${l.title} <${l.url}>`))],
  ['alternates', (r) => join(r.alternates.map((a) => `${a.lang} <${a.url}>`))],
  ['people', (r) => join(r.mentions.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)))],
  ['organisations', (r) => join(r.mentions.organisations.map((o) => o.name))],
  ['linkedVersions', (r) => (r.linkedVersions ? join(r.linkedVersions.map((l) => `${l.lang} <${l.url}>`)) : undefined)],
  ['extractedAt', (r) => r.extractedAt],
  ...translationColumns,
  ['text', (r) => r.text],
];

export const CSV_HEADER: readonly string[] = CSV_COLUMNS.map(([name]) => name);

/** The cells of one row, in column order. */
export function csvCells(source: CsvSource): Cell[] {
  return CSV_COLUMNS.map(([, value]) => value(source));
}
