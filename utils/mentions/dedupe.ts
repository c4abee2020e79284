/**
 * Collects mentions as the rules find them and merges those that name the same person or institution:
 * the same folded name (Ergüneş = Ergüneş'in = ERGÜNEŞ), a surname or the last words of a full name
 * named before or after it, an institution's acronym, or a longer reading of an institution named alone
 * elsewhere.
 */

import { foldKey } from '../text/fold-key';
import { AGENCY_NAMES } from './gazetteers/agencies';
import type { Mentions, OrganisationMention, PersonMention } from './mention-types';

interface PersonEntry {
  name: string;
  role?: string;
  words: string[];
  order: number;
  /** Found only as a surname after a role ("Bakan Kırcalı"): kept only if it joins a full name. */
  partial: boolean;
}

interface OrganisationEntry {
  name: string;
  words: string[];
  order: number;
}

/** Options for one person mention. */
export interface PersonFind {
  role?: string;
  /** The name is one word after a role or title, so it is most likely a surname. */
  partial?: boolean;
}

const AGENCY_KEYS = new Set(AGENCY_NAMES.map((n) => foldKey(n)));

/** Whether `short` is the last words of `long`: "Ergüneş" of "İsmail Ergüneş". */
function isTailOf(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  const offset = long.length - short.length;
  return short.every((w, i) => w === long[offset + i]);
}

function startsWithWords(long: string[], short: string[]): boolean {
  return short.length < long.length && short.every((w, i) => w === long[i]);
}

export class MentionCollector {
  private readonly people: PersonEntry[] = [];
  private readonly organisations: OrganisationEntry[] = [];
  private readonly aliases = new Map<string, string>();
  private order = 0;

  constructor(private readonly lang: string) {}

  private key(text: string): string {
    return foldKey(text, this.lang);
  }

  /** Records a person; the first role found for a person is the one kept. */
  person(name: string, find: PersonFind = {}): void {
    const clean = name.trim();
    const key = this.key(clean);
    if (!key || AGENCY_KEYS.has(key)) return;
    const role = find.role?.trim() || undefined;
    const same = this.people.find((p) => p.words.join(' ') === key);
    if (same) {
      same.role ??= role;
      same.partial &&= !!find.partial;
      return;
    }
    this.people.push({ name: clean, role, words: key.split(' '), order: this.order++, partial: !!find.partial });
  }

  /** Records an institution, with the acronyms or other-script names written beside it. */
  organisation(name: string, aliases: string[] = []): void {
    const clean = name.trim();
    const key = this.key(clean);
    if (!key || AGENCY_KEYS.has(key)) return;
    const known = this.aliases.get(key) ?? key;
    for (const alias of aliases) {
      const aliasKey = this.key(alias);
      if (aliasKey && !this.aliases.has(aliasKey)) this.aliases.set(aliasKey, known);
    }
    if (this.organisations.some((o) => o.words.join(' ') === known)) return;
    this.organisations.push({ name: clean, words: known.split(' '), order: this.order++ });
  }

  /** The merged mentions in order of first appearance. */
  result(): Mentions {
    return { people: this.mergedPeople(), organisations: this.mergedOrganisations() };
  }

  private mergedPeople(): PersonMention[] {
    const full = this.people.filter((p) => p.words.length > 1 || !p.partial);
    const kept: PersonEntry[] = [];
    for (const person of [...full].sort((a, b) => b.words.length - a.words.length)) {
      const longer = kept.filter((k) => isTailOf(person.words, k.words));
      if (longer.length === 1) this.absorb(longer[0]!, person);
      else if (longer.length === 0) kept.push({ ...person });
      // A surname shared by two full names (Yusuf Demirci, Ayşe Demirci) names neither for certain.
    }
    for (const person of this.people.filter((p) => p.words.length === 1 && p.partial)) {
      const longer = kept.filter((k) => isTailOf(person.words, k.words) || k.words.join(' ') === person.words[0]);
      if (longer.length === 1) this.absorb(longer[0]!, person);
    }
    const organisationKeys = new Set(this.organisations.map((o) => o.words.join(' ')));
    return kept
      .filter((p) => !organisationKeys.has(p.words.join(' ')))
      .sort((a, b) => a.order - b.order)
      .map((p) => (p.role ? { name: p.name, role: p.role } : { name: p.name }));
  }

  /** Merges a shorter or later mention into the person entry that keeps the full name. */
  private absorb(into: PersonEntry, other: PersonEntry): void {
    if (other.order < into.order) {
      into.order = other.order;
      into.role = other.role ?? into.role;
    } else {
      into.role ??= other.role;
    }
  }

  private mergedOrganisations(): OrganisationMention[] {
    const kept: OrganisationEntry[] = [];
    for (const org of [...this.organisations].sort((a, b) => a.words.length - b.words.length)) {
      const shorter = kept.find((k) => readsOnPast(org.words, k.words));
      if (shorter) shorter.order = Math.min(shorter.order, org.order);
      else kept.push({ ...org });
    }
    const merged = kept.filter((org) => {
      const full = kept.find((k) => k !== org && isAnaphorOf(org.words, k.words));
      if (full) full.order = Math.min(full.order, org.order);
      return !full;
    });
    return merged.sort((a, b) => a.order - b.order).map((o) => ({ name: o.name }));
  }
}

/** `long` is `short` read on past a conjunct: "صندوق الخسائر والأضرار | والطاقة المتجددة". */
function readsOnPast(long: string[], short: string[]): boolean {
  return startsWithWords(long, short) && /^[وف]/.test(long[short.length]!);
}

/**
 * `short` ends in a definite complement where `full` names it: "المجلس التنفيذي للمحافظة" for
 * "المجلس التنفيذي لمحافظة الجيزة".
 */
function isAnaphorOf(short: string[], full: string[]): boolean {
  const last = short[short.length - 1];
  if (short.length < 2 || !last?.startsWith('لل')) return false;
  const at = short.length - 1;
  return full.length > short.length && short.slice(0, at).every((w, i) => w === full[i]) && full[at] === `ل${last.slice(2)}`;
}
