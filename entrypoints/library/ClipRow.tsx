import { useTranslator } from '@/components/i18n-context';
import { formatMoment, formatPageDate, languageName } from '@/utils/i18n/format-date';
import type { ClipSummary } from '@/utils/library/clip-summary';
import { readerQuery } from '@/utils/reader/reader-target';

interface ClipRowProps {
  clip: ClipSummary;
  selected: boolean;
  /** The title of the clip this one duplicates, when it does. */
  duplicateTitle: string | null;
  onToggle(id: string, range: boolean): void;
}

const readerHref = (id: string) => `/reader.html${readerQuery({ kind: 'clip', clipId: id, version: null })}`;

/** One clip in the library list. */
export function ClipRow({ clip, selected, duplicateTitle, onToggle }: ClipRowProps) {
  const t = useTranslator();
  const published = formatPageDate(clip.publishedAt, t.lang);
  const tags = [...clip.tags, ...clip.userTags].slice(0, 6);
  return (
    <div class={`clip-row${selected ? ' selected' : ''}`} data-testid="clip-row" data-clip-id={clip.id}>
      <input
        type="checkbox"
        class="clip-check"
        checked={selected}
        aria-label={t.t('selectClip', { title: clip.title })}
        onClick={(event) => {
          event.preventDefault();
          onToggle(clip.id, event.shiftKey);
        }}
        data-testid="clip-select"
      />
      <div class="clip-main">
        {/* The link lines up with the interface; the title inside keeps its own direction. */}
        <a class="clip-title" href={readerHref(clip.id)} data-testid="clip-title">
          <bdi dir={clip.dir} lang={clip.lang}>
            {clip.title}
          </bdi>
        </a>
        <p class="clip-meta">
          <bdi class="clip-site">{clip.site}</bdi>
          {published && (
            <span title={t.t('fieldPublished')}>
              <bdi>{published}</bdi>
            </span>
          )}
          <span class="muted" title={t.t('fieldClipped')}>
            {t.t('fieldClipped')}: <bdi>{formatMoment(clip.clippedAt, t.lang, 'short')}</bdi>
          </span>
          <span class="chip">{languageName(clip.lang, t.lang)}</span>
          {clip.version > 1 && <span class="chip">{t.t('versionBadge', { version: clip.version })}</span>}
          {duplicateTitle !== null && clip.duplicateOf && (
            <a class="chip accent" href={readerHref(clip.duplicateOf)} data-testid="duplicate-of">
              {t.t('sameTextAs', { title: '' })}
              <bdi>{duplicateTitle}</bdi>
            </a>
          )}
        </p>
        {tags.length > 0 && (
          <p class="clip-tags">
            {tags.map((tag) => (
              <span key={tag} class="chip" dir="auto">
                {tag}
              </span>
            ))}
          </p>
        )}
      </div>
      <div class="clip-actions">
        <a class="button" href={readerHref(clip.id)} data-testid="clip-open">
          {t.t('openInReader')}
        </a>
        <a class="button quiet" href={clip.canonicalUrl} target="_blank" rel="noopener noreferrer">
          {t.t('openOriginal')}
        </a>
      </div>
    </div>
  );
}
