import { describe, expect, it } from 'vitest';
import { hijriToGregorian } from '../../../utils/dates/hijri-to-gregorian';

describe('hijriToGregorian (Umm al-Qura)', () => {
  it.each<[hijri: [number, number, number], gregorian: string]>([
    [[1445, 9, 1], '2024-03-11'], // first day of Ramadan 1445
    [[1445, 9, 4], '2024-03-14'],
    [[1445, 10, 1], '2024-04-10'], // Eid al-Fitr 1445
    [[1444, 10, 1], '2023-04-21'], // Eid al-Fitr 1444
    [[1444, 10, 15], '2023-05-05'],
    [[1445, 3, 12], '2023-09-27'],
    [[1446, 1, 1], '2024-07-07'], // Islamic new year 1446
    [[1446, 9, 1], '2025-03-01'],
    [[1446, 10, 1], '2025-03-30'],
  ])('%j → %s', ([year, month, day], expected) => {
    const wall = hijriToGregorian(year, month, day);
    expect(wall && `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`).toBe(expected);
  });

  it.each<[label: string, fields: [number, number, number]]>([
    ['30 Ramadan 1444 (a 29-day month)', [1444, 9, 30]],
    ['month 13', [1445, 13, 1]],
    ['day 0', [1445, 9, 0]],
    ['day 31', [1445, 9, 31]],
  ])('returns null for %s', (_label, [year, month, day]) => {
    expect(hijriToGregorian(year, month, day)).toBeNull();
  });
});
