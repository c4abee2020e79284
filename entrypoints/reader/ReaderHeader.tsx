import { LanguageChip, PageDate, TagChips } from '@/components/PageFacts';
import { useTranslator } from '@/components/i18n-context';
import { clipSite } from '@/utils/library/clip';
import { MentionChips } from './MentionChips';
import type { ArticleRecord } from '@/utils/record/article-record';

interface ReaderHeaderProps {
  record: ArticleRecord;
  userTags: readonly string[];
}

/** The article's header: where it comes from, who wrote it, when, in which language, and its tags. */
export function ReaderHeader({ record, userTags }: ReaderHeaderProps) {
  const t = useTranslator();
  return (
    <header class="reader-header">
      <p class="reader-kicker">
        <a href={record.canonicalUrl} target="_blank" rel="noopener noreferrer" data-testid="site">
          <bdi>{clipSite(record)}</bdi>
        </a>
        {record.source && record.source !== record.siteName && (
          <span data-testid="source" lang={t.lang} dir={t.dir}>
            {t.t('fieldSource')}: <bdi>{record.source}</bdi>
          </span>
        )}
      </p>
      <h1 class="reader-title" lang={record.lang} dir={record.dir} data-testid="reader-title">
        {record.title}
      </h1>
      <p class="reader-meta">
        {record.byline && (
          <span data-testid="byline" lang={t.lang} dir={t.dir}>
            {t.t('fieldByline')} <bdi>{record.byline}</bdi>
          </span>
        )}
        {record.dateline && (
          <span data-testid="dateline" title={t.t('fieldDateline')}>
            <bdi>{record.dateline}</bdi>
          </span>
        )}
        <span lang={t.lang} dir={t.dir}>
          <PageDate record={record} />
        </span>
        <span lang={t.lang} dir={t.dir}>
          <LanguageChip lang={record.lang} dir={record.dir} />
        </span>
        <span lang={t.lang} dir={t.dir}>
          {t.t('wordCount', { count: record.wordCount })}
        </span>
      </p>
      {(record.tags.length > 0 || userTags.length > 0) && (
        <div class="reader-tags" aria-label={t.t('fieldTags')}>
          <TagChips tags={record.tags} />
          <TagChips tags={userTags} accent />
        </div>
      )}
      <MentionChips mentions={record.mentions} lang={record.lang} dir={record.dir} />
    </header>
  );
}
