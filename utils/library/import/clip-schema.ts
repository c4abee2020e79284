/**
 * The schema an imported clip must satisfy (valibot). Imported files are untrusted: every field is
 * checked for type and size, unknown keys are refused, and `contentHtml` is sanitised again whenever it is
 * shown, like every page's HTML.
 */

import * as v from 'valibot';
import { ARTICLE_SCHEMA_VERSION } from '../../record/article-record';
import { upgradeRecord } from '../../record/upgrade-record';

const MAX_SHORT = 2_000;
const MAX_LONG = 5_000_000;

const isoDate = v.pipe(v.string(), v.maxLength(40), v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'an ISO 8601 date'));
const shortText = v.pipe(v.string(), v.maxLength(MAX_SHORT));
const url = v.pipe(
  v.string(),
  v.maxLength(8_000),
  v.check((value) => {
    try {
      return /^(https?|file):$/.test(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'an http(s) or file URL'),
);
const stringList = v.pipe(v.array(shortText), v.maxLength(500));

const MentionsSchema = v.strictObject({
  people: v.pipe(v.array(v.strictObject({ name: shortText, role: v.optional(shortText) })), v.maxLength(5_000)),
  organisations: v.pipe(v.array(v.strictObject({ name: shortText })), v.maxLength(5_000)),
});

const recordEntries = {
  schemaVersion: v.literal(ARTICLE_SCHEMA_VERSION),
  url,
  canonicalUrl: url,
  title: shortText,
  byline: v.nullable(shortText),
  siteName: v.nullable(shortText),
  source: v.nullable(shortText),
  dateline: v.nullable(shortText),
  lang: v.pipe(v.string(), v.regex(/^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/, 'a BCP 47 language tag')),
  dir: v.picklist(['rtl', 'ltr']),
  publishedAt: v.nullable(isoDate),
  modifiedAt: v.nullable(isoDate),
  publishedText: v.nullable(shortText),
  dateApproximate: v.boolean(),
  timeZone: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  excerpt: v.nullable(v.pipe(v.string(), v.maxLength(20_000))),
  tags: stringList,
  relatedLinks: v.pipe(v.array(v.strictObject({ title: shortText, url })), v.maxLength(1_000)),
  alternates: v.pipe(v.array(v.strictObject({ lang: v.pipe(v.string(), v.maxLength(35)), url })), v.maxLength(200)),
  contentHtml: v.pipe(v.string(), v.maxLength(MAX_LONG)),
  text: v.pipe(v.string(), v.maxLength(MAX_LONG)),
  wordCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  contentHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex')),
  extractedAt: isoDate,
  mentions: MentionsSchema,
};

/** An extraction record (also what the background accepts from the page and from the reader). */
export const ArticleRecordSchema = v.strictObject(recordEntries);

/** A record as saved by any released Katib: version 1 had no `mentions`. */
const savedRecordEntries = {
  ...recordEntries,
  schemaVersion: v.picklist([1, ARTICLE_SCHEMA_VERSION]),
  mentions: v.optional(MentionsSchema),
};

/** A saved record of any released version, upgraded to the current one. */
const SavedRecordSchema = v.pipe(v.strictObject(savedRecordEntries), v.transform(upgradeRecord));

const languageKey = v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'a two- or three-letter language code'));

const StoredTranslationSchema = v.strictObject({
  title: v.pipe(v.string(), v.maxLength(MAX_SHORT * 5)),
  blocks: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_LONG))), v.maxLength(20_000)),
  engine: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  sourceLang: recordEntries.lang,
  createdAt: isoDate,
});

const LinkedVersionSchema = v.strictObject({
  lang: recordEntries.lang,
  url,
  record: SavedRecordSchema,
  linkedAt: isoDate,
});

const clipEntries = {
  ...savedRecordEntries,
  translations: v.optional(
    v.pipe(
      v.record(languageKey, StoredTranslationSchema),
      v.check((value) => Object.keys(value).length <= 20, 'at most 20 translations'),
    ),
  ),
  linkedVersions: v.optional(v.pipe(v.array(LinkedVersionSchema), v.maxLength(20))),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  clippedAt: isoDate,
  updatedAt: isoDate,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  note: v.pipe(v.string(), v.maxLength(100_000)),
  userTags: stringList,
  duplicateOf: v.nullable(v.pipe(v.string(), v.maxLength(100))),
};

/** A past version inside an exported clip's `history`. */
export const PastClipSchema = v.pipe(v.strictObject(clipEntries), v.transform(upgradeRecord));

/** One clip of an import file, upgraded to the current schema. */
export const ImportedClipSchema = v.pipe(
  v.strictObject({
    ...clipEntries,
    history: v.optional(v.pipe(v.array(PastClipSchema), v.maxLength(1_000))),
  }),
  v.transform(upgradeRecord),
);

export type ImportedClip = v.InferOutput<typeof ImportedClipSchema>;
