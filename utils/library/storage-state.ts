/** The browser's storage for the library: persistence and usage, as the library page shows them. */

export interface StorageState {
  /** Whether the browser promised not to evict the library under storage pressure (null: unknown). */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Reads the storage state; every part is null where the browser does not say. */
export async function readStorageState(storage: StorageManager | undefined): Promise<StorageState> {
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser to keep the library from eviction; resolves to whether it agreed. */
export async function requestPersistence(storage: StorageManager | undefined): Promise<boolean> {
  if (!storage?.persist) return false;
  if (await storage.persisted?.().catch(() => false)) return true;
  return storage.persist().catch(() => false);
}

/** A byte count for people: "12.4 MB". */
export function formatBytes(bytes: number, locale = 'en'): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 && unit ? 1 : 0 }).format(value)} ${units[unit]}`;
}
