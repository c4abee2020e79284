import { tzOffset } from '@date-fns/tz';
import { MS_PER_DAY, MS_PER_MINUTE, wallTimeAsUtcMs } from './calendar';
import type { WallTime } from './parse-date-text';

const validity = new Map<string, boolean>();

/** True when the runtime's Intl data knows `zone` as a time zone name. */
export function isValidTimeZone(zone: string): boolean {
  let known = validity.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    validity.set(zone, known);
  }
  return known;
}

/**
 * UTC offset of `zone` at the instant, in whole minutes. Historical local mean times carry seconds
 * (Cairo 1900: +02:05:09); ISO 8601 offsets cannot, so they are truncated toward zero like TZDate does.
 */
export function zoneOffsetMinutes(zone: string, epochMs: number): number {
  return Math.trunc(tzOffset(zone, new Date(epochMs)));
}

/**
 * The instant at which clocks in `zone` show `wall`, following the zone's IANA rules.
 *
 * A wall time that clocks skip (spring-forward gap) is moved forward by the length of the gap, so
 * Cairo's non-existent 2023-04-28 00:30 becomes 01:30 +03:00. A wall time that clocks show twice
 * (fall-back) resolves to its first, earlier occurrence.
 *
 * TZDate's constructor is not used for this: in the repeated hour its answer depends on the
 * system time zone of the machine running it, and these functions must not.
 */
export function wallTimeToEpochMs(wall: WallTime, zone: string): number {
  const asUtc = wallTimeAsUtcMs(wall);
  // Offsets a day either side cover every transition that can touch this wall time.
  const before = zoneOffsetMinutes(zone, asUtc - MS_PER_DAY);
  const after = zoneOffsetMinutes(zone, asUtc + MS_PER_DAY);
  const matching = [before, after]
    .map((offset) => asUtc - offset * MS_PER_MINUTE)
    .filter((epochMs) => wallMatches(epochMs, asUtc, zone));
  if (matching.length > 0) return Math.min(...matching);
  // In a gap: read the wall time with the offset in force before the jump, which lands past it.
  return asUtc - before * MS_PER_MINUTE;
}

function wallMatches(epochMs: number, asUtc: number, zone: string): boolean {
  return epochMs + zoneOffsetMinutes(zone, epochMs) * MS_PER_MINUTE === asUtc;
}
