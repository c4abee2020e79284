import { useEffect, useState } from 'preact/hooks';
import { useTranslator } from '@/components/i18n-context';
import { formatBytes, readStorageState, requestPersistence, type StorageState } from '@/utils/library/storage-state';

/** How much room the library takes, and whether the browser promised to keep it. */
export function StorageStatus({ revision }: { revision: number }) {
  const t = useTranslator();
  const [state, setState] = useState<StorageState | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void readStorageState(navigator.storage).then(setState);
  }, [revision]);
  if (!state) return null;
  const usage =
    state.usage !== null && state.quota !== null
      ? t.t('storageUsage', { used: formatBytes(state.usage, t.lang), quota: formatBytes(state.quota, t.lang) })
      : t.t('storageUsageUnknown');
  return (
    <section class="storage-status" aria-label={t.t('storageTitle')} data-testid="storage" data-persisted={String(state.persisted)}>
      <p>
        <strong>{t.t('storageTitle')}:</strong> <bdi>{usage}</bdi>
      </p>
      <p class={state.persisted ? 'muted' : ''}>{state.persisted ? t.t('storagePersistent') : t.t('storageNotPersistent')}</p>
      {!state.persisted && (
        <button
          type="button"
          class="button"
          onClick={() =>
            void requestPersistence(navigator.storage).then(async (granted) => {
              setRefused(!granted);
              setState(await readStorageState(navigator.storage));
            })
          }
        >
          {t.t('storagePersist')}
        </button>
      )}
      {refused && <p class="notice">{t.t('storagePersistRefused')}</p>}
    </section>
  );
}
