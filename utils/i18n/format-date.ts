/**
 * Dates for people, in the interface language. A published time is shown as the site's own wall clock
 * with its UTC offset ("12 Ekim 2024 15:29 (UTC+3)"), read straight from the ISO string, so that neither
 * the reader's zone nor the browser's zone database can shift it; a date without a time stays a date.
 */

const ISO_PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function offsetLabel(offset: string | undefined): string {
  if (!offset || offset === 'Z' || /^[+-]00:?00$/.test(offset)) return 'UTC';
  const sign = offset[0];
  const [hours = '00', minutes = '00'] = offset.slice(1).includes(':') ? offset.slice(1).split(':') : [offset.slice(1, 3), offset.slice(3)];
  const h = String(Number(hours));
  return `UTC${sign}${minutes === '00' ? h : `${h}:${minutes}`}`;
}

/** A published or modified date as the page gave it, in `lang`; null for a value that is not ISO 8601. */
export function formatPageDate(iso: string | null, lang: string): string | null {
  const parts = iso ? ISO_PARTS.exec(iso) : null;
  if (!parts) return null;
  const [, y, mo, d, h, mi, s, offset] = parts;
  const wallClock = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)));
  if (h === undefined) return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(wallClock);
  const text = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(wallClock);
  // A time without an offset is the site's wall clock in an unknown zone: say nothing rather than guess.
  return offset === undefined ? text : `${text} (${offsetLabel(offset)})`;
}

/** A moment (when something was clipped) in the reader's own time zone. */
export function formatMoment(iso: string, lang: string, style: 'long' | 'short' = 'long', timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, {
    dateStyle: style === 'long' ? 'long' : 'medium',
    timeStyle: 'short',
    ...(timeZone && { timeZone }),
  }).format(date);
}

/** The name of a language (`ar` → "Arabic", "Arapça", "العربية"), in `lang`; the tag itself when unknown. */
export function languageName(tag: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
