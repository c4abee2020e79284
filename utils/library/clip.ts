/** A clip: an extraction record as the user keeps it in the library. */

import type { ArticleRecord } from '../record/article-record';
import { siteHost } from '../extract/page-url';

/** Version of the clip format, in the database and in exports. */
export const CLIP_SCHEMA_VERSION = 2 as const;

export interface Clip extends ArticleRecord {
  /** A UUID. */
  id: string;
  /** When the page was last clipped (re-clipping an unchanged page moves this). */
  clippedAt: string;
  /** When the clip's content or the user's fields last changed. */
  updatedAt: string;
  /** 1 for the first clip of a page; a re-clip with new content adds one and keeps the old one in history. */
  version: number;
  /** The user's own note. */
  note: string;
  /** The user's own tags, kept apart from the page's tags. */
  userTags: string[];
  /** The clip of another address with the same content (an aggregator republishing a release). */
  duplicateOf: string | null;
  /** Translations made on the device, by target language (BCP 47 primary tag: "en", "tr", "ar"). */
  translations?: Record<string, StoredTranslation>;
  /** The same release in other languages, read from the page's alternates and kept with the clip. */
  linkedVersions?: LinkedVersion[];
}

/**
 * A translation of a clip's current content. `blocks[i]` translates the i-th translation unit of the
 * clip's `contentHtml` (see `articleBlocks`), so a re-clip with new content drops it.
 */
export interface StoredTranslation {
  title: string;
  blocks: string[];
  /** What translated it ("chrome-translator"). */
  engine: string;
  /** The language it was translated from. */
  sourceLang: string;
  createdAt: string;
}

/** Another-language version of the clipped page, extracted with the same engine. */
export interface LinkedVersion {
  lang: string;
  url: string;
  record: ArticleRecord;
  linkedAt: string;
}

/** A past version of a clip, kept when a re-clip brought new content. */
export interface ClipVersion {
  /** `${clipId}#${version}`. */
  key: string;
  clipId: string;
  version: number;
  /** When this version was replaced. */
  replacedAt: string;
  clip: Clip;
}

/** The site a clip is filed under: its site name, else its host. */
export function clipSite(clip: Pick<Clip, 'siteName' | 'canonicalUrl'>): string {
  return clip.siteName?.trim() || siteHost(clip.canonicalUrl) || '';
}

/** Milliseconds since the epoch of an ISO date or date-time, for sorting; null when there is none. */
export function timeOf(iso: string | null): number | null {
  if (!iso) return null;
  // A date or a wall time without offset is read as UTC, so that the order never depends on the machine.
  const withZone = iso.length === 10 ? `${iso}T00:00:00Z` : /(?:[zZ]|[+-]\d\d:?\d\d)$/.test(iso) ? iso : `${iso}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? null : ms;
}
