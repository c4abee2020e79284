/**
 * The messages extension pages (popup, reader, library) send to the background, and its replies. One
 * union, so that a sender and the background cannot disagree on a shape; the background still checks
 * every request (`readRequest`), as messages cross a process boundary.
 */

import * as v from 'valibot';
import type { ArticleRecord } from '../record/article-record';
import { ArticleRecordSchema } from '../library/import/clip-schema';
import type { SaveStatus } from '../library/clip-store';
import type { Problem } from '../clipper/problems';
import { foldKey } from '../text/fold-key';

/** The user's edits made before saving. */
export interface ClipEdits {
  title?: string;
  note?: string;
  userTags?: string[];
}

/** The library's clip of a page, as the popup and reader show it. */
export interface ClipState {
  id: string;
  title: string;
  clippedAt: string;
  version: number;
  /** Whether the stored text equals the page's text now. */
  sameContent: boolean;
}

/** What saving did. */
export interface SavedClip {
  status: SaveStatus;
  id: string;
  title: string;
  version: number;
  clippedAt: string;
  previouslyClippedAt: string | null;
  /** The clip with the same text at another address, when there is one. */
  duplicate: { id: string; site: string } | null;
}

export type Request =
  | { type: 'read-tab'; tabId: number }
  | { type: 'clip-tab'; tabId: number; edits?: ClipEdits }
  | { type: 'save-record'; record: ArticleRecord; edits?: ClipEdits; tabId?: number };

export type ReadTabReply = { ok: true; record: ArticleRecord; clip: ClipState | null } | { ok: false; problem: Problem };
export type SaveReply = { ok: true; saved: SavedClip } | { ok: false; problem: Problem };

/** The reply type for each request type. */
export interface ReplyOf {
  'read-tab': ReadTabReply;
  'clip-tab': SaveReply;
  'save-record': SaveReply;
}

const EditsSchema = v.strictObject({
  title: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  note: v.optional(v.pipe(v.string(), v.maxLength(100_000))),
  userTags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(500))),
});
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));

const RequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('read-tab'), tabId: TabId }),
  v.strictObject({ type: v.literal('clip-tab'), tabId: TabId, edits: v.optional(EditsSchema) }),
  v.strictObject({ type: v.literal('save-record'), record: ArticleRecordSchema, edits: v.optional(EditsSchema), tabId: v.optional(TabId) }),
]);

/** The request in a message, or null when it is not one of ours. */
export function readRequest(message: unknown): Request | null {
  const parsed = v.safeParse(RequestSchema, message);
  return parsed.success ? (parsed.output as Request) : null;
}

/** Tidies user-typed tags: trimmed, no empties, no repeats (compared folded, as search compares them). */
export function cleanUserTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = foldKey(tag);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Splits a comma-separated tag field (Latin or Arabic commas). */
export function splitTagField(field: string): string[] {
  return cleanUserTags(field.split(/[,،;؛]/));
}
