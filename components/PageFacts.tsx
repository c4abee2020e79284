import type { ArticleRecord } from '@/utils/record/article-record';
import { formatPageDate, languageName } from '@/utils/i18n/format-date';
import { useTranslator } from './i18n-context';

/** The published date in the interface language, with the page's own wording on hover. */
export function PageDate({ record }: { record: Pick<ArticleRecord, 'publishedAt' | 'publishedText' | 'dateApproximate'> }) {
  const t = useTranslator();
  const shown = formatPageDate(record.publishedAt, t.lang);
  if (!shown) return <span class="muted">{t.t('noDate')}</span>;
  const original = record.publishedText ? t.t('originalDateText', { text: record.publishedText }) : undefined;
  return (
    <time dateTime={record.publishedAt ?? undefined} title={original} data-testid="published">
      <bdi>{shown}</bdi>
      {record.dateApproximate && record.publishedText && <span class="muted"> ({t.t('dateApproximate', { text: record.publishedText })})</span>}
    </time>
  );
}

/** The article's language as a chip, named in the interface language. */
export function LanguageChip({ lang, dir }: { lang: string; dir: 'rtl' | 'ltr' }) {
  const t = useTranslator();
  return (
    <span class="chip" title={`${t.t('fieldLanguage')}: ${lang} (${dir.toUpperCase()})`} data-testid="language">
      {languageName(lang, t.lang)}
    </span>
  );
}

/** Tags as chips; each in its own direction, since a tag list often mixes scripts. */
export function TagChips({ tags, accent = false }: { tags: readonly string[]; accent?: boolean }) {
  if (!tags.length) return null;
  return (
    <ul class="tag-list">
      {tags.map((tag) => (
        <li key={tag} class={`chip${accent ? ' accent' : ''}`} dir="auto">
          {tag}
        </li>
      ))}
    </ul>
  );
}
