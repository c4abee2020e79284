/**
 * The people and institutions an article names, found with rules and small gazetteers (no model, no
 * network): Arabic and Turkish. Pure: text and language in, mentions out.
 */

import { foldKey } from '../text/fold-key';
import { arabicOrganisations } from './arabic-organisations';
import { arabicPeople } from './arabic-people';
import { MentionCollector } from './dedupe';
import type { Mentions } from './mention-types';
import { tokenLines } from './tokens';
import { turkishOrganisations } from './turkish-organisations';
import { turkishPeople } from './turkish-people';

export type { Mentions, OrganisationMention, PersonMention } from './mention-types';

type Script = 'arabic' | 'turkish';

function rulesFor(lang: string): Script | null {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'ar') return 'arabic';
  if (primary === 'tr') return 'turkish';
  return null;
}

function collectArabic(text: string, collector: MentionCollector): void {
  const surnames = new Set<string>();
  for (const tokens of tokenLines(text)) {
    // People first: their roles tell which sub-units ("رئيس قطاع الري") are not institutions of their own.
    const { people, roleSpans } = arabicPeople(text, tokens, surnames);
    for (const person of people) collector.person(person.name, { role: person.role, partial: person.partial });
    for (const org of arabicOrganisations(text, tokens, roleSpans)) collector.organisation(org.name, org.aliases);
  }
}

function collectTurkish(text: string, collector: MentionCollector): void {
  const fold = (word: string) => foldKey(word, 'tr');
  const nameWords = new Set<string>();
  for (const tokens of tokenLines(text)) {
    for (const person of turkishPeople(text, tokens, nameWords, fold)) collector.person(person.name, { role: person.role, partial: person.partial });
    for (const org of turkishOrganisations(text, tokens, nameWords, fold)) collector.organisation(org.name, org.aliases);
  }
}

/**
 * The people (with their role when the text gives one) and organisations a text names, each once, in
 * order of first appearance. `text` is an article's plain text; `lang` a BCP 47 tag. Arabic (`ar`) and
 * Turkish (`tr`) have rules; any other language gives empty lists. Never throws.
 */
export function extractMentions(text: string, lang: string): Mentions {
  const script = rulesFor(lang ?? '');
  if (!script || typeof text !== 'string' || !text.trim()) return { people: [], organisations: [] };
  const collector = new MentionCollector(script === 'turkish' ? 'tr' : 'ar');
  if (script === 'arabic') collectArabic(text, collector);
  else collectTurkish(text, collector);
  return collector.result();
}
