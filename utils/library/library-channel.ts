/**
 * Tells every open extension page that the library changed (a clip saved by the background, deleted in
 * one library tab, imported in another), so that lists and badges refresh without polling.
 * BroadcastChannel reaches every context of the extension's origin, the background included.
 */

export const LIBRARY_CHANNEL = 'katib-library';

export interface LibraryChange {
  type: 'library-changed';
  /** The clips that changed; absent when many did (an import). */
  ids?: string[];
}

/** Announces a change; does nothing where BroadcastChannel is missing (Node tests). */
export function announceLibraryChange(change: Omit<LibraryChange, 'type'> = {}): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(LIBRARY_CHANNEL);
  channel.postMessage({ type: 'library-changed', ...change } satisfies LibraryChange);
  channel.close();
}

/** Calls `listener` on every change announced by another context; returns the unsubscribe function. */
export function onLibraryChange(listener: (change: LibraryChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(LIBRARY_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<LibraryChange> | null;
    if (data?.type === 'library-changed') listener({ type: 'library-changed', ...(Array.isArray(data.ids) && { ids: data.ids.filter((id): id is string => typeof id === 'string') }) });
  };
  return () => channel.close();
}
