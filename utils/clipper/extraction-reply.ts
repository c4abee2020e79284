/**
 * The typed message the injected extractor hands back to the background. It comes out of a page that
 * may be hostile (the page can tamper with the isolated world's inputs, never its code), so the
 * background validates its shape before anything is stored.
 */

import * as v from 'valibot';
import type { ArticleRecord, ExtractionResult } from '../record/article-record';
import { ArticleRecordSchema } from '../library/import/clip-schema';
import type { PageProblemCode } from './problems';

export const EXTRACTION_REPLY_KIND = 'katib/extraction';

export interface ExtractionReply {
  kind: typeof EXTRACTION_REPLY_KIND;
  /** The document's MIME type: tells a PDF viewer from a page without an article. */
  contentType: string;
  result: ExtractionResult;
}

/** Wraps an extraction result for the trip to the background. */
export function extractionReply(result: ExtractionResult, contentType: string): ExtractionReply {
  return { kind: EXTRACTION_REPLY_KIND, contentType, result };
}

export type TabExtraction = { ok: true; record: ArticleRecord } | { ok: false; problem: PageProblemCode; detail?: string };

const FailureSchema = v.object({
  ok: v.literal(false),
  reason: v.picklist(['no-article', 'not-html', 'no-sanitizer', 'internal-error']),
  detail: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
});

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
  const record = v.safeParse(ArticleRecordSchema, (result as { record?: unknown } | null)?.record);
  if ((result as { ok?: unknown } | null)?.ok !== true || !record.success) {
    const issue = record.success ? 'not ok' : record.issues[0]?.message;
    return { ok: false, problem: 'internal', detail: `malformed extraction reply: ${issue}` };
  }
  return { ok: true, record: record.output as ArticleRecord };
}
