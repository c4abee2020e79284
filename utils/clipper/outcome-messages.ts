/** What the user is told after a clip or a failure, in the interface language: one wording everywhere. */

import { formatMoment } from '../i18n/format-date';
import type { Translator } from '../i18n/translate';
import { LibraryError } from '../library/library-error';
import type { SavedClip } from '../messaging/protocol';
import { problemMessageKey, type Problem } from './problems';

/** The message for a problem, its host filled in where it names one. */
export function problemMessage(t: Translator, problem: Pick<Problem, 'code' | 'host'>): string {
  return t.t(problemMessageKey(problem.code), { host: problem.host ?? '' });
}

/** The message for a save: added, unchanged since a date, or a new version; and the twin's site, if any. */
export function savedClipMessage(t: Translator, saved: SavedClip): string {
  const main =
    saved.status === 'unchanged'
      ? t.t('clipUnchanged', { date: formatMoment(saved.previouslyClippedAt ?? saved.clippedAt, t.lang, 'short') })
      : saved.status === 'updated'
        ? t.t('clipUpdated', { version: saved.version })
        : t.t('clipAdded', { title: saved.title });
  return saved.duplicate?.site ? `${main} ${t.t('clipDuplicateNote', { site: saved.duplicate.site })}` : main;
}

/** What a failed import tells the user. */
export interface ImportFailureMessage {
  /** That nothing was imported, in the interface language. */
  headline: string;
  /** What to do about a library failure (a full disk, a blocked or closed library), in the interface language. */
  advice: string | null;
  /** A file Katib cannot read: the validator's own wording with positions in the file, in English. */
  fileProblems: { message: string; details: readonly string[] } | null;
}

/** The message for an import that failed with `failure` (whatever the import threw). */
export function importFailureMessage(t: Translator, failure: unknown): ImportFailureMessage {
  const error = LibraryError.from(failure);
  const headline = t.t('importFailed');
  if (error.code === 'invalid-import') return { headline, advice: null, fileProblems: { message: error.message, details: error.details } };
  return { headline, advice: problemMessage(t, { code: error.code }), fileProblems: null };
}

/**
 * The message for an export that failed with `failure`. An export only reads, so a failure the library
 * cannot name is told as the library being unavailable, not as a change that was not saved.
 */
export function exportFailureMessage(t: Translator, failure: unknown): string {
  const { code } = LibraryError.from(failure);
  return t.t('exportFailed', { reason: problemMessage(t, { code: code === 'failed' ? 'unavailable' : code }) });
}
