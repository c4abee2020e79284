import { useState } from 'preact/hooks';
import { useTranslator } from '@/components/i18n-context';
import { useModalDialog } from '@/components/use-modal-dialog';
import type { ExportFormat } from '@/utils/library/export/export-writer';
import type { ExportScope } from '@/utils/library/library-filters';

interface ExportDialogProps {
  counts: Record<ExportScope, number>;
  /** The scope offered first: the selection when there is one, else the current results. */
  initialScope: ExportScope;
  onExport(format: ExportFormat, scope: ExportScope, history: boolean): Promise<void>;
  onClose(): void;
}

const FORMATS: ReadonlyArray<[ExportFormat, string]> = [
  ['csv', 'CSV'],
  ['json', 'JSON'],
  ['ndjson', 'NDJSON'],
];

/** Chooses format and scope of an export, and runs it. */
export function ExportDialog({ counts, initialScope, onExport, onClose }: ExportDialogProps) {
  const t = useTranslator();
  const dialog = useModalDialog();
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [scope, setScope] = useState<ExportScope>(initialScope);
  const [history, setHistory] = useState(false);
  const [running, setRunning] = useState(false);


  const scopes: ReadonlyArray<[ExportScope, string]> = [
    ['all', t.t('exportScopeAll', { count: counts.all })],
    ['filtered', t.t('exportScopeFiltered', { count: counts.filtered })],
    ['selected', t.t('exportScopeSelected', { count: counts.selected })],
  ];

  return (
    <dialog ref={dialog} class="panel-dialog" onClose={onClose} data-testid="export-dialog">
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          setRunning(true);
          void onExport(format, scope, history).finally(() => {
            setRunning(false);
            dialog.current?.close();
          });
        }}
      >
        <h2>{t.t('exportTitle')}</h2>
        <fieldset>
          <legend>{t.t('exportFormat')}</legend>
          {FORMATS.map(([value, label]) => (
            <label key={value} class="choice">
              <input type="radio" name="format" value={value} checked={format === value} onChange={() => setFormat(value)} data-testid={`export-format-${value}`} />
              {label}
            </label>
          ))}
        </fieldset>
        <p class="muted hint">{t.t('exportCsvHint')}</p>
        <fieldset>
          <legend>{t.t('exportScope')}</legend>
          {scopes.map(([value, label]) => (
            <label key={value} class="choice">
              <input type="radio" name="scope" value={value} checked={scope === value} disabled={counts[value] === 0} onChange={() => setScope(value)} data-testid={`export-scope-${value}`} />
              {label}
            </label>
          ))}
        </fieldset>
        <label class="choice">
          <input type="checkbox" checked={history} onChange={(e) => setHistory(e.currentTarget.checked)} data-testid="export-history" />
          {t.t('exportHistory')}
        </label>
        <div class="dialog-actions">
          <button type="button" class="button" onClick={() => dialog.current?.close()} disabled={running}>
            {t.t('readerCancel')}
          </button>
          <button type="submit" class="button primary" disabled={running || counts[scope] === 0} data-testid="export-run">
            {running && <span class="spinner" />}
            {running ? t.t('exporting') : t.t('exportRun')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
