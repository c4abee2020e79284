import { useTranslator } from '@/components/i18n-context';
import { languageName } from '@/utils/i18n/format-date';
import type { MessageKey } from '@/utils/i18n/messages-en';
import { isFiltered, NO_FILTERS, SORT_ORDERS, type LibraryFilters, type SortOrder } from '@/utils/library/library-filters';
import type { Facets } from '@/utils/library/search-index';

const SORT_LABELS: Record<SortOrder, MessageKey> = {
  'clipped-desc': 'sortClippedNewest',
  'clipped-asc': 'sortClippedOldest',
  'published-desc': 'sortPublishedNewest',
  'published-asc': 'sortPublishedOldest',
};

interface FiltersProps {
  filters: LibraryFilters;
  facets: Facets;
  onChange(next: LibraryFilters): void;
}

/** Search box, filters and sort order of the library. */
export function Filters({ filters, facets, onChange }: FiltersProps) {
  const t = useTranslator();
  const set = <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <div class="filters" role="search">
      <label class="field search-field">
        <span class="visually-hidden">{t.t('librarySearch')}</span>
        <input
          type="search"
          dir="auto"
          placeholder={t.t('librarySearchPlaceholder')}
          value={filters.text}
          onInput={(event) => set('text', event.currentTarget.value)}
          data-testid="search"
          id="library-search"
        />
      </label>
      <div class="filter-row">
        <label class="field">
          <span>{t.t('filterSite')}</span>
          <select value={filters.site} onChange={(e) => set('site', e.currentTarget.value)} data-testid="filter-site">
            <option value="">{t.t('filterAny')}</option>
            <FacetOptions values={facets.sites} />
          </select>
        </label>
        <label class="field">
          <span>{t.t('filterLanguage')}</span>
          <select value={filters.lang} onChange={(e) => set('lang', e.currentTarget.value)} data-testid="filter-lang">
            <option value="">{t.t('filterAny')}</option>
            <FacetOptions values={facets.langs} name={(lang) => languageName(lang, t.lang)} />
          </select>
        </label>
        <label class="field">
          <span>{t.t('filterTag')}</span>
          <select value={filters.tag} onChange={(e) => set('tag', e.currentTarget.value)} data-testid="filter-tag">
            <option value="">{t.t('filterAny')}</option>
            <FacetOptions values={facets.tags} limit={MAX_OPTIONS} />
          </select>
        </label>
        <label class="field">
          <span>{t.t('filterMention')}</span>
          <select value={filters.mention} onChange={(e) => set('mention', e.currentTarget.value)} data-testid="filter-mention">
            <option value="">{t.t('filterAny')}</option>
            {/* A name from a link (the reader's chips) stays selectable even before the index has it. */}
            {filters.mention && !hasFacet(facets, filters.mention) && <option value={filters.mention}>{filters.mention}</option>}
            <MentionGroup label={t.t('filterPeople')} values={facets.people} />
            <MentionGroup label={t.t('filterOrganisations')} values={facets.organisations} />
          </select>
        </label>
        <label class="field">
          <span>{t.t('filterFrom')}</span>
          <input type="date" value={filters.from} max={filters.to || undefined} onChange={(e) => set('from', e.currentTarget.value)} data-testid="filter-from" />
        </label>
        <label class="field">
          <span>{t.t('filterTo')}</span>
          <input type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => set('to', e.currentTarget.value)} data-testid="filter-to" />
        </label>
        <label class="field">
          <span>{t.t('sortBy')}</span>
          <select value={filters.sort} onChange={(e) => set('sort', e.currentTarget.value as SortOrder)} data-testid="sort">
            {SORT_ORDERS.map((order) => (
              <option key={order} value={order}>
                {t.t(SORT_LABELS[order])}
              </option>
            ))}
          </select>
        </label>
        {isFiltered(filters) && (
          <button type="button" class="button quiet clear-filters" onClick={() => onChange({ ...NO_FILTERS, sort: filters.sort })}>
            {t.t('filterClear')}
          </button>
        )}
      </div>
    </div>
  );
}

/** Long facets (tags, names) list their most frequent values only. */
const MAX_OPTIONS = 300;

/** A facet's values as options, most frequent first, each with its count and in its own direction. */
function FacetOptions({ values, name = (value) => value, limit = values.length }: { values: Facets['tags']; name?: (value: string) => string; limit?: number }) {
  const t = useTranslator();
  return (
    <>
      {values.slice(0, limit).map(({ value, count }) => (
        <option key={value} value={value} dir="auto">
          {name(value)} ({t.formatNumber(count)})
        </option>
      ))}
    </>
  );
}

function hasFacet(facets: Facets, name: string): boolean {
  return [...facets.people, ...facets.organisations].some(({ value }) => value === name);
}

/** People or organisations, most often named first, each in its own direction. */
function MentionGroup({ label, values }: { label: string; values: Facets['people'] }) {
  if (!values.length) return null;
  return (
    <optgroup label={label}>
      <FacetOptions values={values} limit={MAX_OPTIONS} />
    </optgroup>
  );
}
