/**
 * The typed message the injected extractor hands back to the background. This module is the page's
 * side and stays small: the background reads the reply with `readExtractionReply`.
 */

import type { PageExtractionResult } from '../record/article-record';

export const EXTRACTION_REPLY_KIND = 'katib/extraction';

export interface ExtractionReply {
  kind: typeof EXTRACTION_REPLY_KIND;
  /** The document's MIME type: tells a PDF viewer from a page without an article. */
  contentType: string;
  result: PageExtractionResult;
}

/** Wraps an extraction result for the trip to the background. */
export function extractionReply(result: PageExtractionResult, contentType: string): ExtractionReply {
  return { kind: EXTRACTION_REPLY_KIND, contentType, result };
}
