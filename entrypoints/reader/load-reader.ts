import type { Problem } from '@/utils/clipper/problems';
import type { Clip, ClipVersion } from '@/utils/library/clip';
import { getClip, getVersions } from '@/utils/library/clip-store';
import type { ClipState } from '@/utils/messaging/protocol';
import type { ArticleRecord } from '@/utils/record/article-record';
import type { ReaderTarget } from '@/utils/reader/reader-target';
import { ask } from '@/utils/extension/background-client';
import { pageLibrary } from '@/components/library-access';

/** What the reader shows: a page read from a tab, or a clip (perhaps one of its past versions). */
export type ReaderContent =
  | { kind: 'tab'; tabId: number; record: ArticleRecord; clip: ClipState | null }
  | { kind: 'clip'; clip: Clip; versions: ClipVersion[]; shown: ClipVersion | null; duplicateOf: Clip | null };

export type ReaderLoad = { ok: true; content: ReaderContent } | { ok: false; problem: Problem };

const tabCacheKey = (tabId: number) => `katib:reader-tab:${tabId}`;

/**
 * Reads a tab through the background, keeping the result in this reader tab's session storage: a reload
 * of the reader then shows the same article even after the source tab moved on.
 */
async function loadTab(tabId: number): Promise<ReaderLoad> {
  const cached = sessionStorage.getItem(tabCacheKey(tabId));
  if (cached) {
    try {
      const { record, clip } = JSON.parse(cached) as { record: ArticleRecord; clip: ClipState | null };
      return { ok: true, content: { kind: 'tab', tabId, record, clip } };
    } catch {
      sessionStorage.removeItem(tabCacheKey(tabId));
    }
  }
  const reply = await ask({ type: 'read-tab', tabId });
  if (!reply.ok) return reply;
  try {
    sessionStorage.setItem(tabCacheKey(tabId), JSON.stringify({ record: reply.record, clip: reply.clip }));
  } catch {
    // A very large article may not fit; the reader works without the cache.
  }
  return { ok: true, content: { kind: 'tab', tabId, record: reply.record, clip: reply.clip } };
}

async function loadClip(clipId: string, version: number | null): Promise<ReaderLoad> {
  const db = await pageLibrary();
  const clip = await getClip(db, clipId);
  if (!clip) return { ok: false, problem: { code: 'not-found' } };
  const versions = await getVersions(db, clipId);
  const shown = version !== null && version !== clip.version ? (versions.find((v) => v.version === version) ?? null) : null;
  const duplicateOf = clip.duplicateOf ? await getClip(db, clip.duplicateOf) : null;
  return { ok: true, content: { kind: 'clip', clip, versions, shown, duplicateOf } };
}

/** Loads what a reader target names. */
export async function loadReader(target: ReaderTarget): Promise<ReaderLoad> {
  try {
    return target.kind === 'tab' ? await loadTab(target.tabId) : await loadClip(target.clipId, target.version);
  } catch (error) {
    return { ok: false, problem: { code: 'unavailable', detail: String(error) } };
  }
}

/** Forgets a tab's cached read (after it was saved, the reader shows the clip instead). */
export function forgetTabRead(tabId: number): void {
  sessionStorage.removeItem(tabCacheKey(tabId));
}
