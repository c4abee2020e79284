/** What the user is told after a clip or a failure, in the interface language: one wording everywhere. */

import { formatMoment } from '../i18n/format-date';
import type { Translator } from '../i18n/translate';
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
