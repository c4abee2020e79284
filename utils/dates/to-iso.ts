import { MS_PER_MINUTE, isValidWallTime, wallTimeAsUtcMs, wallTimeAtOffset } from './calendar';
import type { ParsedDate, WallTime } from './parse-date-text';
import { isValidTimeZone, wallTimeToEpochMs, zoneOffsetMinutes } from './zone-offset';

export interface IsoDate {
  iso: string;
  /** False for a date-only value ("2024-03-14"). */
  hasTime: boolean;
}

/**
 * Turns a parsed date into ISO 8601.
 *
 * - No time written: `YYYY-MM-DD`.
 * - An instant is known (offset written, or a zone named in the text, or a site `zone` to resolve the
 *   wall time in, DST included): `YYYY-MM-DDTHH:mm:ss[.sss]±HH:MM`, rendered in the site `zone` when
 *   one is given, else at the offset or named zone of the text.
 * - Neither: the wall time without offset, `YYYY-MM-DDTHH:mm:ss[.sss]`.
 *
 * A wall time that a DST jump skips is moved forward by the jump (Cairo 2023-04-28 00:30 → 01:30+03:00);
 * one that a fall-back repeats is read as its first occurrence. A `zone` the runtime does not know is
 * ignored. Returns null for fields that name no real date.
 */
export function toIsoDate(parsed: ParsedDate, zone: string | null): IsoDate | null {
  const { wall } = parsed;
  if (!isValidWallTime(wall)) return null;
  if (wall.hour === undefined) return { iso: formatDate(wall), hasTime: false };

  const siteZone = knownZone(zone);
  const namedZone = knownZone(parsed.zone);
  const written = parsed.offsetMinutes;
  const resolveIn = namedZone ?? siteZone;
  if (written === undefined && !resolveIn) return { iso: `${formatDate(wall)}T${formatClock(wall)}`, hasTime: true };

  const epochMs =
    written !== undefined ? wallTimeAsUtcMs(wall) - written * MS_PER_MINUTE : wallTimeToEpochMs(wall, resolveIn!);
  // Readers of the site see its own offset; without a site zone, say it the way the text did.
  const renderIn = siteZone ?? (written === undefined ? namedZone : null);
  const offset = renderIn ? zoneOffsetMinutes(renderIn, epochMs) : (written ?? 0);
  const local = wallTimeAtOffset(epochMs, offset);
  return { iso: `${formatDate(local)}T${formatClock(local)}${formatOffset(offset)}`, hasTime: true };
}

function knownZone(zone: string | null | undefined): string | null {
  return zone && isValidTimeZone(zone) ? zone : null;
}

function formatDate({ year, month, day }: WallTime): string {
  const yyyy = year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
  return `${yyyy}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Seconds are always written; milliseconds only when there are some. */
function formatClock({ hour = 0, minute = 0, second = 0, millisecond = 0 }: WallTime): string {
  const clock = `${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}`;
  return millisecond ? `${clock}.${pad(millisecond, 3)}` : clock;
}

function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}
