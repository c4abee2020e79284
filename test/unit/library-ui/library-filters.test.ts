import { describe, expect, it } from 'vitest';
import { exportFileName, filtersFromSearch, isFiltered, mentionFilterHref, NO_FILTERS, searchQueryOf, selectRows } from '../../../utils/library/library-filters';

describe('searchQueryOf', () => {
  it('maps the filters, leaving out the empty ones', () => {
    expect(searchQueryOf(NO_FILTERS)).toEqual({ sort: 'clipped', order: 'desc' });
    expect(searchQueryOf({ ...NO_FILTERS, text: ' İSTANBUL ', lang: 'tr', tag: 'İİT', from: '2025-01-01', to: '2025-01-31', sort: 'published-asc' })).toEqual({
      sort: 'published',
      order: 'asc',
      text: ' İSTANBUL ',
      lang: 'tr',
      tag: 'İİT',
      from: '2025-01-01',
      to: '2025-01-31',
    });
  });

  it('knows when the list is narrowed', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, sort: 'published-asc' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, text: '   ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, site: 'AA' })).toBe(true);
  });
});

it('exportFileName names the day, scope and format', () => {
  const now = new Date('2026-11-24T23:59:00Z');
  expect(exportFileName('csv', 'all', now)).toBe('katib-2026-11-24.csv');
  expect(exportFileName('ndjson', 'selected', now)).toBe('katib-2026-11-24-selected.ndjson');
  expect(exportFileName('json', 'filtered', now)).toBe('katib-2026-11-24-filtered.json');
});

describe('selectRows', () => {
  const rows = ['a', 'b', 'c', 'd', 'e'];

  it('toggles one row on a plain click', () => {
    expect([...selectRows(new Set(), rows, 'c', null, false)]).toEqual(['c']);
    expect([...selectRows(new Set(['c']), rows, 'c', 'c', false)]).toEqual([]);
  });

  it('selects the range from the anchor on shift-click, either way', () => {
    expect([...selectRows(new Set(['b']), rows, 'd', 'b', true)].sort()).toEqual(['b', 'c', 'd']);
    expect([...selectRows(new Set(['d']), rows, 'a', 'd', true)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('clears the range when the clicked row was selected', () => {
    expect([...selectRows(new Set(rows), rows, 'd', 'b', true)].sort()).toEqual(['a', 'e']);
  });

  it('falls back to a toggle when the anchor is no longer listed', () => {
    expect([...selectRows(new Set(), rows, 'c', 'zzz', true)]).toEqual(['c']);
  });
});

describe('filters from the address', () => {
  it('a mention chip link opens the library filtered to that name, and nothing else', () => {
    const href = mentionFilterHref('مايا مرسي');
    const filters = filtersFromSearch(new URL(href, 'chrome-extension://x/').search);
    expect(filters).toEqual({ ...NO_FILTERS, mention: 'مايا مرسي' });
    expect(isFiltered(filters)).toBe(true);
    expect(searchQueryOf(filters)).toMatchObject({ mention: 'مايا مرسي' });
  });

  it('reads text, site, language and tag, trims them and ignores the rest', () => {
    expect(filtersFromSearch('?text=%20Ankara%20&tag=%C4%B0%C4%B0T&lang=tr&site=AA&sort=bogus&from=x')).toEqual({ ...NO_FILTERS, text: 'Ankara', tag: 'İİT', lang: 'tr', site: 'AA' });
    expect(filtersFromSearch('')).toEqual(NO_FILTERS);
  });
});
