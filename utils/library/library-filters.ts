/** The library page's filters as the user sets them, and the search query they stand for. */

import type { ExportFormat } from './export/export-writer';
import { EXPORT_TYPES } from './export/export-writer';
import type { SearchQuery } from './search-index';

export const SORT_ORDERS = ['clipped-desc', 'clipped-asc', 'published-desc', 'published-asc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface LibraryFilters {
  text: string;
  site: string;
  lang: string;
  tag: string;
  /** A person or organisation the clip names. */
  mention: string;
  /** `YYYY-MM-DD`, inclusive, on the sort order's date. */
  from: string;
  to: string;
  sort: SortOrder;
}

export const NO_FILTERS: Readonly<LibraryFilters> = Object.freeze({ text: '', site: '', lang: '', tag: '', mention: '', from: '', to: '', sort: 'clipped-desc' });

/** The filters a library address asks for (`library.html?mention=…`, as the reader's mention chips link). */
export function filtersFromSearch(search: string): LibraryFilters {
  const params = new URLSearchParams(search);
  const value = (key: 'text' | 'site' | 'lang' | 'tag' | 'mention') => params.get(key)?.trim().slice(0, 500) ?? '';
  return { ...NO_FILTERS, text: value('text'), site: value('site'), lang: value('lang'), tag: value('tag'), mention: value('mention') };
}

/** The library address that shows the clips naming a person or an organisation. */
export function mentionFilterHref(name: string): string {
  return `/library.html?${new URLSearchParams({ mention: name })}`;
}

/** Whether any filter narrows the list (the sort order does not). */
export function isFiltered(filters: LibraryFilters): boolean {
  return Boolean(filters.text.trim() || filters.site || filters.lang || filters.tag || filters.mention || filters.from || filters.to);
}

/** The search query for the filters. */
export function searchQueryOf(filters: LibraryFilters): SearchQuery {
  const [sort, order] = filters.sort.split('-') as ['clipped' | 'published', 'asc' | 'desc'];
  return {
    sort,
    order,
    ...(filters.text.trim() && { text: filters.text }),
    ...(filters.site && { site: filters.site }),
    ...(filters.lang && { lang: filters.lang }),
    ...(filters.tag && { tag: filters.tag }),
    ...(filters.mention && { mention: filters.mention }),
    ...(filters.from && { from: filters.from }),
    ...(filters.to && { to: filters.to }),
  };
}

export type ExportScope = 'all' | 'filtered' | 'selected';

/** The export's file name: `katib-2026-11-24.csv`, `katib-2026-11-24-selected.json`, … */
export function exportFileName(format: ExportFormat, scope: ExportScope, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  return `katib-${day}${scope === 'all' ? '' : `-${scope}`}.${EXPORT_TYPES[format].extension}`;
}

/**
 * The selection after a click on a row: a plain click toggles the row; a shift-click sets every row
 * between the last clicked one and this one to this row's new state.
 */
export function selectRows(selected: ReadonlySet<string>, ordered: readonly string[], id: string, anchor: string | null, range: boolean): Set<string> {
  const next = new Set(selected);
  const select = !selected.has(id);
  const from = range && anchor !== null ? ordered.indexOf(anchor) : -1;
  const to = ordered.indexOf(id);
  if (from < 0 || to < 0) {
    if (select) next.add(id);
    else next.delete(id);
    return next;
  }
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
    const rowId = ordered[i]!;
    if (select) next.add(rowId);
    else next.delete(rowId);
  }
  return next;
}
