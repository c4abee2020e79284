/**
 * The sentinel every script-injection payload calls when it runs: `${SENTINEL_ORIGIN}/hit/<id>`. Payloads
 * are written with a placeholder origin, filled in when pages are built, so that Node tests and each
 * browser run can point it at a server of their own (on another origin than the pages).
 */

/** Placeholder for the sentinel's origin in payload markup; replaced by `withSentinel`. */
export const SENTINEL_ORIGIN = '{{SENTINEL_ORIGIN}}';

/** The address a payload requests when it runs (still holding the placeholder). */
export function hitUrl(id: string): string {
  return `${SENTINEL_ORIGIN}/hit/${id}`;
}

/** `markup` with the placeholder replaced by `origin` (`http://127.0.0.1:4321`, no trailing slash). */
export function withSentinel(markup: string, origin: string): string {
  return markup.split(SENTINEL_ORIGIN).join(origin);
}

/** The payload id a sentinel request names, or null for any other path. */
export function hitId(pathname: string): string | null {
  const match = /^\/hit\/([\w.-]+)/.exec(pathname);
  return match ? match[1]! : null;
}
