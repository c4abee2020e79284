import { afterEach, describe, expect, it } from 'vitest';
import { isValidTimeZone, wallTimeToEpochMs, zoneOffsetMinutes } from '../../../utils/dates/zone-offset';

const originalTz = process.env.TZ;

afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('zone-offset', () => {
  it('knows IANA names and rejects others', () => {
    expect(isValidTimeZone('Africa/Cairo')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Africa/Atlantis')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('reads offsets in minutes', () => {
    expect(zoneOffsetMinutes('Asia/Kolkata', Date.UTC(2024, 0, 1))).toBe(330);
    expect(zoneOffsetMinutes('America/St_Johns', Date.UTC(2024, 0, 1))).toBe(-210);
  });

  it.each(['UTC', 'Africa/Cairo', 'America/New_York', 'Europe/London', 'Asia/Beirut'])(
    'gives the same instants whatever the machine zone is (TZ=%s)',
    (machineZone) => {
      process.env.TZ = machineZone;
      // Cairo's repeated hour on 26 October 2023: first occurrence at +03:00.
      expect(new Date(wallTimeToEpochMs({ year: 2023, month: 10, day: 26, hour: 23, minute: 30 }, 'Africa/Cairo')).toISOString()).toBe(
        '2023-10-26T20:30:00.000Z',
      );
      // London's repeated hour on 27 October 2024: first occurrence at +01:00.
      expect(new Date(wallTimeToEpochMs({ year: 2024, month: 10, day: 27, hour: 1, minute: 30 }, 'Europe/London')).toISOString()).toBe(
        '2024-10-27T00:30:00.000Z',
      );
      // Beirut's skipped hour on 31 March 2024.
      expect(new Date(wallTimeToEpochMs({ year: 2024, month: 3, day: 31, hour: 0, minute: 30 }, 'Asia/Beirut')).toISOString()).toBe(
        '2024-03-30T22:30:00.000Z',
      );
    },
  );
});
