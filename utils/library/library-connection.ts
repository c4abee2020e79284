/**
 * One shared, lazily opened connection to the library for a long-lived context (the background, a
 * library page). It is dropped when the database closes under it (another tab upgrading it, the browser
 * clearing data) and opened again on the next use, so that a context never keeps a dead handle.
 */

import type { LibraryDb } from './library-db';

/** A function that returns the open library, opening it when needed. */
export function libraryConnection(open: () => Promise<LibraryDb>): () => Promise<LibraryDb> {
  let current: Promise<LibraryDb> | null = null;
  return () => {
    if (!current) {
      const opening = open().then((db) => {
        const drop = () => {
          if (current === opening) current = null;
        };
        db.addEventListener('versionchange', drop);
        db.addEventListener('close', drop);
        return db;
      });
      // A failed open is not cached: the next use tries again.
      opening.catch(() => {
        if (current === opening) current = null;
      });
      current = opening;
    }
    return current;
  };
}
