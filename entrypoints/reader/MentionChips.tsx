import { useTranslator } from '@/components/i18n-context';
import { mentionFilterHref } from '@/utils/library/library-filters';
import type { Mentions } from '@/utils/mentions/mention-types';

/**
 * The people and organisations the article names, as chips in the article's language. Each opens the
 * library filtered to the clips that name the same person or organisation; a person's role shows under
 * the name, since "who" is rarely enough in ministry news.
 */
export function MentionChips({ mentions, lang, dir }: { mentions: Mentions; lang: string; dir: 'rtl' | 'ltr' }) {
  const t = useTranslator();
  if (!mentions.people.length && !mentions.organisations.length) return null;
  return (
    <section class="reader-mentions" aria-labelledby="reader-mentions-title" data-testid="mentions">
      {/* Aligned with the chips (the article's side); the interface-language words are isolated. */}
      <h2 class="reader-mentions-title" id="reader-mentions-title">
        <bdi lang={t.lang}>{t.t('readerMentions')}</bdi>
      </h2>
      <ul class="tag-list" lang={lang} dir={dir}>
        {mentions.people.map((person) => (
          <li key={`p:${person.name}`}>
            <a class="chip mention person" href={mentionFilterHref(person.name)} title={t.t('readerMentionLink', { name: person.name })} data-kind="person" dir="auto">
              <span class="mention-name">{person.name}</span>
              {person.role && <span class="mention-role">{person.role}</span>}
            </a>
          </li>
        ))}
        {mentions.organisations.map((organisation) => (
          <li key={`o:${organisation.name}`}>
            <a class="chip mention organisation" href={mentionFilterHref(organisation.name)} title={t.t('readerMentionLink', { name: organisation.name })} data-kind="organisation" dir="auto">
              <span class="mention-name">{organisation.name}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
