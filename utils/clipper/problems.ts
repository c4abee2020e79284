/**
 * Why a page could not be read or a clip not saved, as one code per cause. Every code has a message the
 * user can act on (`problemMessage`), in the interface language.
 */

import type { LibraryErrorCode } from '../library/library-error';
import type { MessageKey } from '../i18n/messages-en';

export type PageProblemCode =
  | 'browser-page'
  | 'store-page'
  | 'pdf'
  | 'file-page'
  | 'not-web'
  | 'not-html'
  | 'no-article'
  | 'no-access'
  | 'tab-gone'
  | 'link-permission'
  | 'link-load'
  | 'internal';

export type ProblemCode = PageProblemCode | LibraryErrorCode;

export interface Problem {
  code: ProblemCode;
  /** The host a permission is asked for (`link-permission`). */
  host?: string;
  /** Technical detail for the console; never shown as the message itself. */
  detail?: string;
}

const MESSAGE_KEYS: Record<ProblemCode, MessageKey> = {
  'browser-page': 'problemBrowserPage',
  'store-page': 'problemStorePage',
  pdf: 'problemPdf',
  'file-page': 'problemFilePage',
  'not-web': 'problemNotWeb',
  'not-html': 'problemNotHtml',
  'no-article': 'problemNoArticle',
  'no-access': 'problemNoAccess',
  'tab-gone': 'problemTabGone',
  'link-permission': 'problemLinkPermission',
  'link-load': 'problemLinkLoad',
  internal: 'problemInternal',
  quota: 'errorQuota',
  conflict: 'errorConflict',
  blocked: 'errorBlocked',
  unavailable: 'errorUnavailable',
  'newer-library': 'errorNewerLibrary',
  'not-found': 'errorNotFound',
  failed: 'errorFailed',
  'invalid-import': 'importFailed',
};

/** The message key that explains a problem. */
export function problemMessageKey(code: ProblemCode): MessageKey {
  return MESSAGE_KEYS[code];
}
