/**
 * The library's search: every clip's summary held in memory and scanned per query, each clip first
 * checked against its word-prefix bits so that most clips without the word are never scanned. An
 * in-memory index built on open (from the small `summaries` store) was chosen over an inverted index in
 * IndexedDB, whose postings would turn every clip write into hundreds of writes; `npm run bench:store`
 * measures opening and searching 10,000 clips.
 */

import { foldKey } from '../text/fold-key';
import type { ClipSummary } from './clip-summary';
import { mayContain, prefixBits } from './prefix-bits';
import { queryWords } from './search-keys';

export type SortField = 'clipped' | 'published';

export interface SearchQuery {
  text?: string;
  site?: string;
  lang?: string;
  /** A page tag or a user tag, compared folded. */
  tag?: string;
  /** A person or an organisation the clip names, compared folded. */
  mention?: string;
  /** Inclusive date range (`YYYY-MM-DD`), on the sort field's date. */
  from?: string;
  to?: string;
  sort?: SortField;
  order?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
}

export interface SearchResult {
  total: number;
  items: ClipSummary[];
  /** Every id that matched, in order (for "select all results" and "export the filter"). */
  ids: string[];
}

export interface Facets {
  sites: Array<{ value: string; count: number }>;
  langs: Array<{ value: string; count: number }>;
  tags: Array<{ value: string; count: number }>;
  people: Array<{ value: string; count: number }>;
  organisations: Array<{ value: string; count: number }>;
}

const DAY_MS = 86_400_000;

/** Counts clips per value, spellings that fold alike counted together under the first one seen. */
class FoldedCounts {
  private readonly counts = new Map<string, number>();
  private readonly names = new Map<string, string>();

  /** Counts one clip's values (each value once per clip). */
  count(values: readonly string[]): void {
    const seen = new Set<string>();
    for (const value of values) {
      const key = foldKey(value);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!this.names.has(key)) this.names.set(key, value);
      const name = this.names.get(key)!;
      this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    }
  }

  counted(): Array<{ value: string; count: number }> {
    return counted(this.counts);
  }
}

function dayStart(date: string | undefined): number | null {
  if (!date) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? null : ms;
}

function matchesWords(summary: ClipSummary, words: string[][]): boolean {
  const { keys, prefixBits: bits } = summary;
  for (const alternatives of words) {
    let found = false;
    for (const word of alternatives) {
      if (bits && !mayContain(bits, word)) continue;
      if (keys.includes(` ${word}`)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function counted(values: Map<string, number>): Array<{ value: string; count: number }> {
  return [...values].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export class SearchIndex {
  private readonly byId = new Map<string, ClipSummary>();

  constructor(summaries: Iterable<ClipSummary> = []) {
    for (const s of summaries) this.put(s);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): ClipSummary | undefined {
    return this.byId.get(id);
  }

  /** Adds or replaces a clip's summary (computing its prefix bits when a stored summary lacks them). */
  put(summary: ClipSummary): void {
    this.byId.set(summary.id, summary.prefixBits ? summary : { ...summary, prefixBits: prefixBits(summary.keys) });
  }

  remove(id: string): void {
    this.byId.delete(id);
  }

  /** Matching clips, filtered, sorted and paged. */
  search(query: SearchQuery = {}): SearchResult {
    const words = query.text ? queryWords(query.text) : [];
    const tagKey = query.tag ? foldKey(query.tag) : null;
    const mentionKey = query.mention ? foldKey(query.mention) : null;
    const from = dayStart(query.from);
    const toStart = dayStart(query.to);
    const to = toStart === null ? null : toStart + DAY_MS - 1;
    const sortField = query.sort ?? 'clipped';
    const timeOf = (s: ClipSummary) => (sortField === 'published' ? s.publishedTime : s.clippedTime);

    const hits: ClipSummary[] = [];
    for (const s of this.byId.values()) {
      if (query.site && s.site !== query.site) continue;
      if (query.lang && s.lang !== query.lang) continue;
      if (tagKey && !s.tags.some((t) => foldKey(t) === tagKey) && !s.userTags.some((t) => foldKey(t) === tagKey)) continue;
      if (mentionKey && !s.people.some((p) => foldKey(p) === mentionKey) && !s.organisations.some((o) => foldKey(o) === mentionKey)) continue;
      if (from !== null || to !== null) {
        const time = timeOf(s);
        if (time === null || (from !== null && time < from) || (to !== null && time > to)) continue;
      }
      if (words.length && !matchesWords(s, words)) continue;
      hits.push(s);
    }
    const direction = query.order === 'asc' ? 1 : -1;
    // Clips without the sort date go last, whichever the direction.
    hits.sort((a, b) => {
      const ta = timeOf(a);
      const tb = timeOf(b);
      if (ta === tb) return direction * (a.clippedTime - b.clippedTime) || a.id.localeCompare(b.id);
      if (ta === null) return 1;
      if (tb === null) return -1;
      return direction * (ta - tb);
    });
    const offset = Math.max(0, query.offset ?? 0);
    const limit = Math.max(0, query.limit ?? 50);
    return { total: hits.length, items: hits.slice(offset, offset + limit), ids: hits.map((h) => h.id) };
  }

  /** Values to filter by, with how many clips have each. */
  facets(): Facets {
    const sites = new Map<string, number>();
    const langs = new Map<string, number>();
    const tags = new FoldedCounts();
    const people = new FoldedCounts();
    const organisations = new FoldedCounts();
    for (const s of this.byId.values()) {
      if (s.site) sites.set(s.site, (sites.get(s.site) ?? 0) + 1);
      langs.set(s.lang, (langs.get(s.lang) ?? 0) + 1);
      tags.count([...s.tags, ...s.userTags]);
      people.count(s.people);
      organisations.count(s.organisations);
    }
    return { sites: counted(sites), langs: counted(langs), tags: tags.counted(), people: people.counted(), organisations: organisations.counted() };
  }

}
