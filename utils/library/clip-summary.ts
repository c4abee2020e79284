/** What the library list and search need of a clip, kept small enough to hold every clip in memory. */

import type { TextDirection } from '../record/article-record';
import { clipSite, timeOf, type Clip } from './clip';
import { prefixBits } from './prefix-bits';
import { searchKeys } from './search-keys';

export interface ClipSummary {
  id: string;
  title: string;
  site: string;
  source: string | null;
  byline: string | null;
  lang: string;
  dir: TextDirection;
  canonicalUrl: string;
  publishedAt: string | null;
  /** `publishedAt` in epoch milliseconds, for sorting and date filters. */
  publishedTime: number | null;
  clippedAt: string;
  clippedTime: number;
  excerpt: string | null;
  tags: string[];
  userTags: string[];
  duplicateOf: string | null;
  /** The names of the people and organisations the clip names (see `Mentions`). */
  people: string[];
  organisations: string[];
  version: number;
  wordCount: number;
  /** Folded search keys (see `searchKeys`). */
  keys: string;
  /** Word-prefix bits of `keys` (see `prefixBits`); recomputed when missing. */
  prefixBits?: Uint32Array;
}

/** The summary of a clip. */
export function summarise(clip: Clip): ClipSummary {
  const keys = searchKeys(clip);
  return {
    id: clip.id,
    title: clip.title,
    site: clipSite(clip),
    source: clip.source,
    byline: clip.byline,
    lang: clip.lang,
    dir: clip.dir,
    canonicalUrl: clip.canonicalUrl,
    publishedAt: clip.publishedAt,
    publishedTime: timeOf(clip.publishedAt),
    clippedAt: clip.clippedAt,
    clippedTime: timeOf(clip.clippedAt) ?? 0,
    excerpt: clip.excerpt,
    tags: clip.tags,
    userTags: clip.userTags,
    duplicateOf: clip.duplicateOf,
    people: clip.mentions.people.map((person) => person.name),
    organisations: clip.mentions.organisations.map((organisation) => organisation.name),
    version: clip.version,
    wordCount: clip.wordCount,
    keys,
    prefixBits: prefixBits(keys),
  };
}
