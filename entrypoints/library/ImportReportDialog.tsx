import { useTranslator } from '@/components/i18n-context';
import { useModalDialog } from '@/components/use-modal-dialog';
import type { ImportFailureMessage } from '@/utils/clipper/outcome-messages';
import type { ImportReport } from '@/utils/library/import/merge-import';

export type ImportOutcome = { ok: true; report: ImportReport } | ({ ok: false } & ImportFailureMessage);

/** What an import did, or why it did nothing. */
export function ImportReportDialog({ outcome, onClose }: { outcome: ImportOutcome; onClose(): void }) {
  const t = useTranslator();
  const dialog = useModalDialog();
  return (
    <dialog ref={dialog} class="panel-dialog" onClose={onClose} data-testid="import-report" data-ok={String(outcome.ok)}>
      <h2>{outcome.ok ? t.t('importDone') : t.t('importTitle')}</h2>
      {outcome.ok ? (
        <>
          <ul class="report-list">
            <li data-testid="import-added">{t.t('importAdded', { count: outcome.report.added })}</li>
            <li data-testid="import-updated">{t.t('importUpdated', { count: outcome.report.updated })}</li>
            <li data-testid="import-unchanged">{t.t('importUnchanged', { count: outcome.report.unchanged })}</li>
            <li data-testid="import-rejected">{t.t('importRejected', { count: outcome.report.rejected })}</li>
          </ul>
          {outcome.report.rejections.length > 0 && (
            <ul class="problem-list" lang="en" dir="ltr">
              {outcome.report.rejections.slice(0, 20).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <>
          <p class="notice error" role="alert">
            {outcome.headline}
          </p>
          {outcome.advice && <p data-testid="import-advice">{outcome.advice}</p>}
          {/* The validator's own wording: exact positions in the file, in English. */}
          {outcome.fileProblems && (
            <div lang="en" dir="ltr" class="problem-text">
              <p>{outcome.fileProblems.message}</p>
              {outcome.fileProblems.details.length > 0 && (
                <ul class="problem-list">
                  {outcome.fileProblems.details.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </>
      )}
      <div class="dialog-actions">
        <button type="button" class="button primary" onClick={() => dialog.current?.close()}>
          {t.t('close')}
        </button>
      </div>
    </dialog>
  );
}
