import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useTranslator } from '@/components/i18n-context';
import { pageLibrary } from '@/components/library-access';
import { useToasts } from '@/components/Toasts';
import { VirtualList } from '@/components/VirtualList';
import { exportFailureMessage, importFailureMessage } from '@/utils/clipper/outcome-messages';
import { problemMessageKey } from '@/utils/clipper/problems';
import { deleteClips, restoreClips } from '@/utils/library/clip-store';
import type { ExportFormat } from '@/utils/library/export/export-writer';
import { announceLibraryChange } from '@/utils/library/library-channel';
import { LibraryError } from '@/utils/library/library-error';
import { exportFileName, filtersFromSearch, isFiltered, searchQueryOf, selectRows, type ExportScope, type LibraryFilters } from '@/utils/library/library-filters';
import type { Settings } from '@/utils/settings/settings';
import { ClipRow } from './ClipRow';
import { EmptyLibrary } from './EmptyLibrary';
import { ExportDialog } from './ExportDialog';
import { Filters } from './Filters';
import { ImportReportDialog, type ImportOutcome } from './ImportReportDialog';
import { exportToDownload, importFile } from './library-files';
import { StorageStatus } from './StorageStatus';
import { useLibraryIndex } from './use-library-index';

const ROW_HEIGHT = 104;
/** Typing in the search box waits this long before searching, so that each keystroke does not rescan. */
const SEARCH_DELAY_MS = 120;

/** The library page. */
export function Library({ settings }: { settings: Settings }) {
  const t = useTranslator();
  const { index, revision, error, refresh } = useLibraryIndex();
  const [filters, setFilters] = useState<LibraryFilters>(() => filtersFromSearch(location.search));
  const [query, setQuery] = useState(() => searchQueryOf(filters));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const anchor = useRef<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [importOutcome, setImportOutcome] = useState<ImportOutcome | null>(null);
  const [importing, setImporting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [toasts, toast] = useToasts();

  useEffect(() => {
    const timer = setTimeout(() => setQuery(searchQueryOf(filters)), filters.text ? SEARCH_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [filters]);

  // "/" jumps to the search box, Escape clears the selection: the keys list pages use.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName);
      if (event.key === '/' && !typing) {
        event.preventDefault();
        document.getElementById('library-search')?.focus();
      } else if (event.key === 'Escape' && !typing) setSelected(new Set());
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const result = useMemo(() => (index ? index.search({ ...query, limit: 0 }) : null), [index, query, revision]);
  const facets = useMemo(() => index?.facets() ?? { sites: [], langs: [], tags: [], people: [], organisations: [] }, [index, revision]);
  const ids = result?.ids ?? [];

  // Clips deleted elsewhere leave the selection.
  useEffect(() => {
    if (!index) return;
    setSelected((current) => {
      const kept = [...current].filter((id) => index.get(id));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [index, revision]);

  function toggle(id: string, range: boolean): void {
    setSelected((current) => selectRows(current, ids, id, anchor.current, range));
    anchor.current = id;
  }

  async function removeSelected(): Promise<void> {
    const doomed = [...selected];
    try {
      const db = await pageLibrary();
      const deleted = await deleteClips(db, doomed);
      setSelected(new Set());
      announceLibraryChange({ ids: doomed });
      await refresh(doomed);
      toast({
        text: t.t('deletedCount', { count: doomed.length }),
        duration: 10_000,
        action: {
          label: t.t('undo'),
          run: () =>
            void (async () => {
              const restored = await restoreClips(await pageLibrary(), deleted);
              announceLibraryChange({ ids: doomed });
              await refresh(doomed);
              toast({ text: t.t('restoredCount', { count: restored }) });
            })().catch((failure: unknown) => toast({ text: t.t(problemMessageKey(LibraryError.from(failure).code)) })),
        },
      });
    } catch (failure) {
      toast({ text: t.t(problemMessageKey(LibraryError.from(failure).code)), duration: 8000 });
    }
  }

  async function runExport(format: ExportFormat, scope: ExportScope, history: boolean): Promise<void> {
    const chosen = scope === 'all' ? undefined : scope === 'filtered' ? ids : ids.filter((id) => selected.has(id));
    const fileName = exportFileName(format, scope, new Date());
    try {
      const count = await exportToDownload({ format, history, bom: settings.csvBom, fileName, ...(chosen && { ids: chosen }) });
      toast({ text: t.t('exportDone', { count, file: fileName }), duration: 6000 });
    } catch (failure) {
      toast({ text: exportFailureMessage(t, failure), duration: 8000 });
    }
  }

  async function runImport(file: File): Promise<void> {
    setImporting(true);
    try {
      const report = await importFile(file);
      announceLibraryChange();
      await refresh();
      setImportOutcome({ ok: true, report });
    } catch (failure) {
      setImportOutcome({ ok: false, ...importFailureMessage(t, failure) });
    } finally {
      setImporting(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  const total = index?.size ?? 0;
  const shown = result?.total ?? 0;
  const filtered = isFiltered(filters);
  const selectedCount = selected.size;

  return (
    <div class="library">
      <header class="library-header">
        <div class="library-brand">
          <img src="/icons/48.png" alt="" width={32} height={32} />
          <h1>{t.t('libraryTitle')}</h1>
        </div>
        <div class="library-tools">
          <button type="button" class="button" disabled={importing} onClick={() => fileInput.current?.click()} title={t.t('importHint')} data-testid="import">
            {importing && <span class="spinner" />}
            {importing ? t.t('importing') : t.t('importChoose')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,.ndjson,.jsonl,application/json,application/x-ndjson"
            class="visually-hidden"
            tabIndex={-1}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void runImport(file);
            }}
            data-testid="import-file"
          />
          <button type="button" class="button primary" disabled={total === 0} onClick={() => setExporting(true)} data-testid="export">
            {t.t('exportTitle')}
          </button>
          <button type="button" class="button quiet" onClick={() => void browser.runtime.openOptionsPage()}>
            {t.t('popupSettings')}
          </button>
        </div>
      </header>

      {error && (
        <p class="notice error" role="alert">
          {t.t(problemMessageKey(error))}
        </p>
      )}

      {index === null ? (
        // A library that could not be opened is not an empty one: the notice above says why.
        !error && (
          <p class="library-loading">
            <span class="spinner" /> {t.t('libraryLoading')}
          </p>
        )
      ) : total === 0 ? (
        <EmptyLibrary />
      ) : (
        <>
          <Filters filters={filters} facets={facets} onChange={setFilters} />
          <div class="result-bar">
            <p class="result-count" data-testid="result-count" data-count={shown} data-query={query.text ?? ''}>
              {filtered ? t.t('resultCountFiltered', { count: shown, total }) : t.t('resultCount', { count: total })}
            </p>
            <div class="selection-tools">
              {selectedCount > 0 && <span data-testid="selected-count" data-count={selectedCount}>{t.t('selectedCount', { count: selectedCount })}</span>}
              {shown > 0 && selectedCount < shown && (
                <button type="button" class="button quiet" onClick={() => setSelected(new Set(ids))} data-testid="select-all">
                  {t.t('selectAllResults')}
                </button>
              )}
              {selectedCount > 0 && (
                <>
                  <button type="button" class="button quiet" onClick={() => setSelected(new Set())}>
                    {t.t('clearSelection')}
                  </button>
                  <button type="button" class="button danger" onClick={() => void removeSelected()} data-testid="delete-selected">
                    {t.t('deleteSelected')}
                  </button>
                </>
              )}
            </div>
          </div>
          {shown === 0 ? (
            <p class="no-results">{t.t('noResults')}</p>
          ) : (
            <VirtualList
              count={shown}
              rowHeight={ROW_HEIGHT}
              label={t.t('libraryTitle')}
              renderRow={(i) => {
                const clip = index?.get(ids[i]!);
                if (!clip) return null;
                const twin = clip.duplicateOf ? index?.get(clip.duplicateOf) : undefined;
                return <ClipRow clip={clip} selected={selected.has(clip.id)} duplicateTitle={clip.duplicateOf ? (twin?.title ?? '') : null} onToggle={toggle} />;
              }}
            />
          )}
        </>
      )}

      <StorageStatus revision={revision} />

      {exporting && (
        <ExportDialog
          counts={{ all: total, filtered: shown, selected: selectedCount }}
          initialScope={selectedCount ? 'selected' : filtered ? 'filtered' : 'all'}
          onExport={runExport}
          onClose={() => setExporting(false)}
        />
      )}
      {importOutcome && <ImportReportDialog outcome={importOutcome} onClose={() => setImportOutcome(null)} />}
      {toasts}
    </div>
  );
}
