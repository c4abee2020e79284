/** Completes a record read from a page with the people and organisations its text names. */

import type { PageRecord } from '../record/article-record';
import { extractMentions } from './extract-mentions';
import type { Mentions } from './mention-types';

/** The record with `mentions` read from its own text and language. */
export function withMentions<T extends PageRecord>(record: T): T & { mentions: Mentions } {
  return { ...record, mentions: extractMentions(record.text, record.lang) };
}
