/** Errors of the library, each with a message a user can act on. */

export type LibraryErrorCode = 'quota' | 'not-found' | 'conflict' | 'blocked' | 'unavailable' | 'newer-library' | 'invalid-import' | 'failed';

export class LibraryError extends Error {
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'LibraryError';
  }

  /** Turns an IndexedDB (or any) failure into a LibraryError with a clear message. */
  static from(error: unknown): LibraryError {
    if (error instanceof LibraryError) return error;
    const name = (error as { name?: string } | null)?.name ?? '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'QuotaExceededError' || /quota/i.test(message)) {
      return new LibraryError('quota', 'The browser has no more room for the library. Nothing was saved. Free some disk space, or export and delete old clips, then try again.');
    }
    if (name === 'VersionError') {
      return new LibraryError('newer-library', 'The library was saved by a newer version of Katib. Nothing was changed. Update Katib to open it.');
    }
    if (name === 'ConstraintError') return new LibraryError('conflict', 'Another clip already holds this page. Nothing was saved.');
    if (name === 'AbortError') return new LibraryError('failed', 'The library change was interrupted. Nothing was saved; try again.');
    if (name === 'InvalidStateError') return new LibraryError('unavailable', 'The library was closed (by another tab or an update). Reload the page and try again.');
    return new LibraryError('failed', `The library could not be changed: ${message}. Nothing was saved.`);
  }
}
