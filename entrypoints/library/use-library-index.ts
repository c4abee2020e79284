import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { pageLibrary } from '@/components/library-access';
import { listSummaries } from '@/utils/library/clip-store';
import { onLibraryChange } from '@/utils/library/library-channel';
import { LibraryError, type LibraryErrorCode } from '@/utils/library/library-error';
import { SearchIndex } from '@/utils/library/search-index';

export interface LibraryIndexState {
  index: SearchIndex | null;
  /** Bumped on every change, so that views recompute their results. */
  revision: number;
  error: LibraryErrorCode | null;
  /** Re-reads the given clips' summaries (all of them without ids) after a change made on this page. */
  refresh(ids?: readonly string[]): Promise<void>;
}

/** The in-memory search index over every clip's summary, kept current with changes from any tab. */
export function useLibraryIndex(): LibraryIndexState {
  const index = useRef<SearchIndex | null>(null);
  const [revision, setRevision] = useState(0);
  const [error, setError] = useState<LibraryErrorCode | null>(null);

  const refresh = useCallback(async (ids?: readonly string[]) => {
    try {
      const db = await pageLibrary();
      if (!ids || !index.current) {
        index.current = new SearchIndex(await listSummaries(db));
      } else {
        const tx = db.transaction('summaries');
        const summaries = await Promise.all(ids.map((id) => tx.store.get(id)));
        ids.forEach((id, i) => {
          const summary = summaries[i];
          if (summary) index.current!.put(summary);
          else index.current!.remove(id);
        });
      }
      setError(null);
    } catch (failure) {
      setError(LibraryError.from(failure).code);
    }
    setRevision((r) => r + 1);
  }, []);

  useEffect(() => {
    void refresh();
    return onLibraryChange((change) => void refresh(change.ids));
  }, [refresh]);

  return { index: index.current, revision, error, refresh };
}
