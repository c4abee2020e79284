/**
 * The background's side of the extractor's reply. It comes out of a page that may be hostile (the page
 * can tamper with the isolated world's inputs, never its code), so its shape is validated before anything
 * is stored; then the mentions are read from the record's text here, not in the page.
 */

import * as v from 'valibot';
import { ArticleRecordSchema } from '../library/import/clip-schema';
import { withMentions } from '../mentions/with-mentions';
import type { ArticleRecord } from '../record/article-record';
import { EXTRACTION_REPLY_KIND } from './extraction-reply';
import type { PageProblemCode } from './problems';

export type TabExtraction = { ok: true; record: ArticleRecord } | { ok: false; problem: PageProblemCode; detail?: string };

const FailureSchema = v.object({
  ok: v.literal(false),
  reason: v.picklist(['no-article', 'not-html', 'no-sanitizer', 'internal-error']),
  detail: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
});

const PageRecordSchema = v.omit(ArticleRecordSchema, ['mentions']);

/** Reads a reply from the page: the record when it is well formed, else the problem it shows. */
export function readExtractionReply(value: unknown): TabExtraction {
  if (value === null || typeof value !== 'object' || (value as { kind?: unknown }).kind !== EXTRACTION_REPLY_KIND) {
    return { ok: false, problem: 'internal', detail: 'the page returned no extraction reply' };
  }
  const { result, contentType } = value as { result?: unknown; contentType?: unknown };
  const failure = v.safeParse(FailureSchema, result);
  if (failure.success) {
    const { reason, detail } = failure.output;
    if (reason === 'not-html') return { ok: false, problem: contentType === 'application/pdf' ? 'pdf' : 'not-html' };
    if (reason === 'no-article') return { ok: false, problem: 'no-article' };
    return { ok: false, problem: 'internal', ...(detail !== undefined && { detail }) };
  }
  const record = v.safeParse(PageRecordSchema, (result as { record?: unknown } | null)?.record);
  if ((result as { ok?: unknown } | null)?.ok !== true || !record.success) {
    const issue = record.success ? 'not ok' : record.issues[0]?.message;
    return { ok: false, problem: 'internal', detail: `malformed extraction reply: ${issue}` };
  }
  return { ok: true, record: withMentions(record.output) };
}
