/**
 * What the background does for the toolbar button, the menus, the shortcuts and the extension pages:
 * read a tab's article (through an injected extractor), tell whether the library already has it, and
 * save it by the re-clipping rules. Browser APIs come in as functions, so that the whole flow runs in Node
 * against fake-indexeddb.
 */

import type { ArticleRecord } from '../record/article-record';
import { cleanUrl } from '../extract/page-url';
import { clipSite, type Clip } from '../library/clip';
import { findClipForAddress, getClip, saveRecord, type SaveOutcome } from '../library/clip-store';
import { LibraryError } from '../library/library-error';
import type { LibraryDb } from '../library/library-db';
import type { ClipEdits, ClipState, ReadTabReply, SavedClip, SaveReply } from '../messaging/protocol';
import { cleanUserTags } from '../messaging/protocol';
import { problemForInjectionError, problemForUrl } from './page-kind';
import { readExtractionReply, type TabExtraction } from './read-extraction-reply';
import type { Problem } from './problems';

/** A tab as the browser describes it; `url` is known only where Katib has access to the tab. */
export interface TabRef {
  id: number;
  url?: string | undefined;
}

export interface ClipServiceDeps {
  /** Runs the extractor in the tab and returns what it returned (throws what `executeScript` throws). */
  inject(tabId: number): Promise<unknown>;
  /** The library; opened lazily and reopened after it was closed. */
  library(): Promise<LibraryDb>;
  now(): Date;
  /** Called after every change to the library, with the clip that changed. */
  onSaved?(saved: SavedClip, tabId: number | undefined): void;
}

export interface ClipService {
  /** Reads the tab's article and the library's clip of it. */
  readTab(tab: TabRef): Promise<ReadTabReply>;
  /** Reads the tab (or reuses a fresh read of the same page) and saves it. */
  clipTab(tab: TabRef, edits?: ClipEdits): Promise<SaveReply>;
  /** Saves a record read earlier (by the reader, which may have let the user edit it). */
  saveRecord(record: ArticleRecord, edits?: ClipEdits, tabId?: number): Promise<SaveReply>;
  /** The library's clip of a page known only by its address. */
  clipForAddress(url: string): Promise<Clip | null>;
  /** Forgets the read of a tab (it navigated or closed). */
  forgetTab(tabId: number): void;
}

/** A read stays reusable for a clip this long: a popup's Clip right after its preview need not read again. */
const READ_REUSE_MS = 60_000;

/** A failed library operation as a problem: quota, a closed database, … (LibraryError's reading). */
function libraryProblem(error: unknown): Problem {
  const failure = LibraryError.from(error);
  return { code: failure.code, detail: failure.message };
}

function readProblem(extraction: Extract<TabExtraction, { ok: false }>): Problem {
  return { code: extraction.problem, ...(extraction.detail !== undefined && { detail: extraction.detail }) };
}

function clipState(clip: Clip, record: ArticleRecord): ClipState {
  return { id: clip.id, title: clip.title, clippedAt: clip.clippedAt, version: clip.version, sameContent: clip.contentHash === record.contentHash };
}

/** The addresses a tab's page may be filed under, most specific first. */
function addressesOf(record: ArticleRecord): string[] {
  return [...new Set([record.canonicalUrl, record.url])];
}

/** Builds the service over the given browser functions. */
export function createClipService(deps: ClipServiceDeps): ClipService {
  const reads = new Map<number, { url: string | undefined; at: number; extraction: TabExtraction }>();

  async function extract(tab: TabRef): Promise<TabExtraction> {
    const blocked = problemForUrl(tab.url);
    if (blocked) return { ok: false, problem: blocked };
    let reply: unknown;
    try {
      reply = await deps.inject(tab.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, problem: problemForInjectionError(message, tab.url), detail: message };
    }
    return readExtractionReply(reply);
  }

  async function readFresh(tab: TabRef): Promise<TabExtraction> {
    const extraction = await extract(tab);
    reads.set(tab.id, { url: tab.url, at: deps.now().getTime(), extraction });
    return extraction;
  }

  async function existingClip(record: ArticleRecord): Promise<Clip | null> {
    return findClipForAddress(await deps.library(), addressesOf(record));
  }

  async function describe(outcome: SaveOutcome): Promise<SavedClip> {
    const { clip } = outcome;
    let duplicate: SavedClip['duplicate'] = null;
    if (clip.duplicateOf) {
      const twin = await getClip(await deps.library(), clip.duplicateOf);
      duplicate = { id: clip.duplicateOf, site: twin ? clipSite(twin) : '' };
    }
    return {
      status: outcome.status,
      id: clip.id,
      title: clip.title,
      version: clip.version,
      clippedAt: clip.clippedAt,
      previouslyClippedAt: outcome.previouslyClippedAt ?? null,
      duplicate,
    };
  }

  async function save(record: ArticleRecord, edits: ClipEdits | undefined, tabId: number | undefined): Promise<SaveReply> {
    try {
      const db = await deps.library();
      const title = edits?.title?.trim();
      // The page's own address may differ from the canonical one the clip is filed under; a re-clip
      // of the same page from either address must land on the same clip.
      const known = await findClipForAddress(db, addressesOf(record));
      const filed = known && known.canonicalUrl !== record.canonicalUrl ? { ...record, canonicalUrl: known.canonicalUrl } : record;
      const outcome = await saveRecord(db, filed, {
        now: deps.now(),
        ...(title && { title }),
        ...(edits?.note !== undefined && { note: edits.note }),
        ...(edits?.userTags !== undefined && { userTags: cleanUserTags(edits.userTags) }),
      });
      const saved = await describe(outcome);
      deps.onSaved?.(saved, tabId);
      return { ok: true, saved };
    } catch (error) {
      return { ok: false, problem: libraryProblem(error) };
    }
  }

  return {
    async readTab(tab) {
      const extraction = await readFresh(tab);
      if (!extraction.ok) return { ok: false, problem: readProblem(extraction) };
      try {
        const clip = await existingClip(extraction.record);
        return { ok: true, record: extraction.record, clip: clip && clipState(clip, extraction.record) };
      } catch (error) {
        return { ok: false, problem: libraryProblem(error) };
      }
    },

    async clipTab(tab, edits) {
      const earlier = reads.get(tab.id);
      const reusable = earlier?.extraction.ok && earlier.url === tab.url && deps.now().getTime() - earlier.at < READ_REUSE_MS;
      const extraction = reusable ? earlier.extraction : await readFresh(tab);
      if (!extraction.ok) return { ok: false, problem: readProblem(extraction) };
      return save(extraction.record, edits, tab.id);
    },

    saveRecord: save,

    async clipForAddress(url) {
      const clean = cleanUrl(url);
      if (!clean) return null;
      return findClipForAddress(await deps.library(), [...new Set([clean, url])]);
    },

    forgetTab(tabId) {
      reads.delete(tabId);
    },
  };
}
