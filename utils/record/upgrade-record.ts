/**
 * Brings a record saved by an earlier Katib up to the current schema. Version 1 had no `mentions`; they
 * are read from the record's own text, the same way extraction reads them.
 */

import { extractMentions } from '../mentions/extract-mentions';
import type { Mentions } from '../mentions/mention-types';
import { ARTICLE_SCHEMA_VERSION, type ArticleRecord } from './article-record';

/** A record of any released schema version. */
export type AnyVersionRecord = Omit<ArticleRecord, 'schemaVersion' | 'mentions'> & { schemaVersion: number; mentions?: Mentions };

/** The record at the current schema version; other fields (a clip's) are kept as they are. */
export function upgradeRecord<T extends AnyVersionRecord>(record: T): Omit<T, 'schemaVersion' | 'mentions'> & Pick<ArticleRecord, 'schemaVersion' | 'mentions'> {
  return { ...record, schemaVersion: ARTICLE_SCHEMA_VERSION, mentions: record.mentions ?? extractMentions(record.text, record.lang) };
}
