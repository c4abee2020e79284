/**
 * Scoring found mentions against hand-written truth. Names match by folded key (foldKey) or by one of
 * the aliases the truth lists (an acronym, the name in the other script, a surname used alone). Each
 * truth entry is matched once: a second mention of the same person or institution counts as a false
 * positive. A role is right when one of the two folded roles starts the other, and the shorter has at
 * least two words (or is the whole expected role): "وزيرة التضامن" is right for "وزيرة التضامن
 * الاجتماعي", "Bakan" is not for "Bakan Yardımcısı".
 */

import fs from 'node:fs';
import path from 'node:path';
import { foldKey } from '../../../utils/text/fold-key';
import type { Mentions } from '../../../utils/mentions/extract-mentions';

export interface TruthPerson {
  name: string;
  role?: string;
  aliases?: string[];
}

export interface TruthOrganisation {
  name: string;
  aliases?: string[];
}

export interface MentionTruth {
  people: TruthPerson[];
  organisations: TruthOrganisation[];
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Matched people whose truth has a role, and those whose found role is right. */
  rolesExpected: number;
  rolesRight: number;
  missed: string[];
  extra: string[];
  wrongRoles: string[];
}

export function emptyTally(): Tally {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0, rolesExpected: 0, rolesRight: 0, missed: [], extra: [], wrongRoles: [] };
}

/** The truth of one golden page, or null when the page has none. */
export function loadMentionTruth(dir: string): MentionTruth | null {
  const file = path.join(dir, 'expected-mentions.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as MentionTruth) : null;
}

function keyOf(text: string, lang: string): string {
  return foldKey(text.replace(/^[وفبل](?=ال)/, ''), lang);
}

/** Whether a found role is right for the expected one (see the module comment). */
export function roleMatches(found: string | undefined, expected: string, lang: string): boolean {
  if (!found) return false;
  const a = keyOf(found, lang).split(' ');
  const b = keyOf(expected, lang).split(' ');
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!short.every((w, i) => w === long[i])) return false;
  return short.length >= Math.min(2, b.length);
}

function scoreList<T extends { name: string; aliases?: string[] }>(
  found: { name: string; role?: string }[],
  expected: T[],
  lang: string,
  tally: Tally,
  onMatch?: (found: { name: string; role?: string }, truth: T) => void,
): void {
  const used = new Set<number>();
  for (const item of found) {
    const key = keyOf(item.name, lang);
    const index = expected.findIndex((e) => [e.name, ...(e.aliases ?? [])].some((n) => keyOf(n, lang) === key));
    if (index >= 0 && !used.has(index)) {
      used.add(index);
      tally.truePositives++;
      onMatch?.(item, expected[index]!);
    } else {
      tally.falsePositives++;
      tally.extra.push(item.name);
    }
  }
  expected.forEach((e, i) => {
    if (!used.has(i)) {
      tally.falseNegatives++;
      tally.missed.push(e.name);
    }
  });
}

/** Adds one page's people to `people` and organisations to `organisations`. */
export function scorePage(found: Mentions, truth: MentionTruth, lang: string, people: Tally, organisations: Tally): void {
  scoreList(found.people, truth.people, lang, people, (person, expected) => {
    if (!expected.role) return;
    people.rolesExpected++;
    if (roleMatches(person.role, expected.role, lang)) people.rolesRight++;
    else people.wrongRoles.push(`${person.name}: ${person.role ?? '(none)'} ≠ ${expected.role}`);
  });
  scoreList(found.organisations, truth.organisations, lang, organisations);
}

export function precision(t: Tally): number {
  return t.truePositives + t.falsePositives === 0 ? 1 : t.truePositives / (t.truePositives + t.falsePositives);
}

export function recall(t: Tally): number {
  return t.truePositives + t.falseNegatives === 0 ? 1 : t.truePositives / (t.truePositives + t.falseNegatives);
}

export function combine(...tallies: Tally[]): Tally {
  const out = emptyTally();
  for (const t of tallies) {
    out.truePositives += t.truePositives;
    out.falsePositives += t.falsePositives;
    out.falseNegatives += t.falseNegatives;
    out.rolesExpected += t.rolesExpected;
    out.rolesRight += t.rolesRight;
    out.missed.push(...t.missed);
    out.extra.push(...t.extra);
    out.wrongRoles.push(...t.wrongRoles);
  }
  return out;
}
