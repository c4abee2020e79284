import { browser } from 'wxt/browser';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useTranslator } from '@/components/i18n-context';
import { pageLibrary } from '@/components/library-access';
import type { ParallelCell, ParallelViewProps } from '@/components/ParallelView';
import { alternateChoices, type AlternateChoice } from '@/utils/alternate/alternate-choices';
import { alternateProblemMessage } from '@/utils/alternate/alternate-messages';
import type { AlternateProblem } from '@/utils/alternate/load-alternate';
import { pairRows } from '@/utils/alternate/pair-rows';
import { problemMessage } from '@/utils/clipper/outcome-messages';
import { originPatternFor } from '@/utils/clipper/page-kind';
import { createSanitizer } from '@/utils/extract/sanitize-html';
import { siteHost } from '@/utils/extract/page-url';
import { formatMoment, languageName } from '@/utils/i18n/format-date';
import type { Translator } from '@/utils/i18n/translate';
import type { Clip, LinkedVersion } from '@/utils/library/clip';
import { saveLinkedVersion } from '@/utils/library/clip-store';
import { announceLibraryChange } from '@/utils/library/library-channel';
import { LibraryError } from '@/utils/library/library-error';
import { articleBlocks, type ArticleBlocks } from '@/utils/reader/article-blocks';
import { prepareArticle } from '@/utils/reader/prepare-article';
import type { ArticleRecord } from '@/utils/record/article-record';
import './alternate-panel.css';

interface AlternatePanelProps {
  /** The article shown. */
  record: ArticleRecord;
  /** The clip a version can be kept with (its current version is shown); null for a page or a past version. */
  clip: Clip | null;
  /** Versions kept with the clip, shown without fetching. */
  kept: readonly LinkedVersion[];
  /** True for a page that is not clipped yet: the panel says that clipping keeps nothing yet. */
  unclipped: boolean;
  /** Whether the reader still shows the view this panel last gave it. */
  showing: boolean;
  onShow(view: ParallelViewProps | null): void;
  /** The clip after a version was kept with it. */
  onKept(clip: Clip): void;
}

type PanelState =
  | { phase: 'idle' }
  | { phase: 'loading'; choice: AlternateChoice; controller: AbortController }
  | { phase: 'problem'; choice: AlternateChoice; reason: AlternateProblem; detail?: string }
  | { phase: 'shown'; record: ArticleRecord; kept: LinkedVersion | null };

/** Versions read in this reader tab, by address: showing one again (after clipping the page) fetches nothing. */
const readThisSession = new Map<string, ArticleRecord>();

function preparedBlocks(record: ArticleRecord): ArticleBlocks | null {
  const sanitizer = createSanitizer(window);
  if (!sanitizer) return null;
  const container = prepareArticle(record.contentHtml, record.url, sanitizer, record.dir);
  // As in the article body: a picture that cannot load leaves its caption, not a broken frame.
  for (const image of container.querySelectorAll('img')) image.addEventListener('error', () => (image.hidden = true), { once: true });
  return articleBlocks(container);
}

function cellOf(blocks: ArticleBlocks, rows: readonly number[]): ParallelCell {
  return rows.length ? { kind: 'nodes', nodes: rows.flatMap((row) => blocks.rows[row]!.nodes) } : { kind: 'empty' };
}

function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** The article beside its other-language version: titles first, then the rows `pairRows` aligned. Built anew each time, since a view takes its nodes. */
function parallelView(t: Translator, original: ArticleRecord, other: ArticleRecord, kept: LinkedVersion | null): ParallelViewProps | null {
  const left = preparedBlocks(original);
  const right = preparedBlocks(other);
  if (!left || !right) return null;
  const language = languageName(other.lang, t.lang);
  return {
    left: { lang: original.lang, dir: original.dir, label: t.t('translateOriginalLabel', { language: languageName(original.lang, t.lang) }) },
    right: { lang: other.lang, dir: other.dir, label: t.t('alternateVersionLabel', { language }) },
    rows: [
      { key: 'title', role: 'title', left: { kind: 'text', text: original.title }, right: { kind: 'text', text: other.title } },
      ...pairRows(left, right).map((pair) => ({ key: pair.key, left: cellOf(left, pair.left), right: cellOf(right, pair.right) })),
    ],
    caption: (
      <>
        {kept
          ? t.t('alternateKeptOn', { language, date: formatMoment(kept.linkedAt, t.lang, 'short') })
          : t.t('alternateFrom', { language, site: siteHost(other.url) ?? other.url })}{' '}
        {isWebAddress(other.url) && (
          <a href={other.url} target="_blank" rel="noopener noreferrer">
            {t.t('alternateOpenPage')}
          </a>
        )}
      </>
    ),
  };
}

/**
 * "Open the English version alongside": for each other-language version the page names (its `hreflang`
 * links or its language switcher), a button that fetches that page, extracts it with the same engine and
 * shows it beside the article, aligned block by block. A version kept with the clip shows without
 * fetching; a fetched one can be kept with the clip.
 */
export function AlternatePanel({ record, clip, kept, unclipped, showing, onShow, onKept }: AlternatePanelProps) {
  const t = useTranslator();
  const choices = useMemo(() => alternateChoices(record, kept), [record, kept]);
  const [state, setState] = useState<PanelState>({ phase: 'idle' });
  const [keeping, setKeeping] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  // The reader dropped the view (another article, or the translation took its place).
  useEffect(() => {
    if (!showing && state.phase === 'shown') setState({ phase: 'idle' });
  }, [showing, state.phase]);

  function show(other: ArticleRecord, keptVersion: LinkedVersion | null): void {
    const view = parallelView(t, record, other, keptVersion);
    if (!view) return;
    setKeeping({ busy: false, error: null });
    setState({ phase: 'shown', record: other, kept: keptVersion });
    onShow(view);
  }

  function open(choice: AlternateChoice): void {
    if (choice.kept) return show(choice.kept.record, choice.kept);
    const already = readThisSession.get(choice.url);
    if (already) return show(already, null);
    const pattern = originPatternFor(choice.url);
    if (!pattern) return setState({ phase: 'problem', choice, reason: 'not-html' });
    // Asked before anything is awaited: both browsers show a permission prompt only inside the user's click.
    let granted: Promise<boolean>;
    try {
      granted = browser.permissions.request({ origins: [pattern] });
    } catch {
      granted = Promise.resolve(false);
    }
    const controller = new AbortController();
    setState({ phase: 'loading', choice, controller });
    const settle = (next: () => void) => alive.current && !controller.signal.aborted && next();
    granted
      .catch(() => false)
      .then(async (ok) => {
        if (!ok) return settle(() => setState({ phase: 'problem', choice, reason: 'permission-denied' }));
        const { loadAlternateInPage } = await import('@/utils/extension/alternate-deps');
        const load = await loadAlternateInPage(window, choice, controller.signal, record.lang);
        settle(() => {
          if (!load.ok) return setState({ phase: 'problem', choice, reason: load.reason, ...(load.detail && { detail: load.detail }) });
          readThisSession.set(choice.url, load.record);
          show(load.record, null);
        });
      })
      .catch(() => settle(() => setState({ phase: 'problem', choice, reason: 'network' })));
  }

  function cancel(): void {
    if (state.phase === 'loading') state.controller.abort();
    setState({ phase: 'idle' });
  }

  function close(): void {
    setState({ phase: 'idle' });
    onShow(null);
  }

  async function keep(other: ArticleRecord): Promise<void> {
    if (!clip) return;
    setKeeping({ busy: true, error: null });
    try {
      const linked: LinkedVersion = { lang: other.lang, url: other.url, record: other, linkedAt: new Date().toISOString() };
      const saved = await saveLinkedVersion(await pageLibrary(), clip.id, linked, new Date());
      announceLibraryChange({ ids: [saved.id] });
      if (!alive.current) return;
      setState({ phase: 'shown', record: other, kept: linked });
      setKeeping({ busy: false, error: null });
      onKept(saved);
    } catch (error) {
      if (alive.current) setKeeping({ busy: false, error: problemMessage(t, { code: LibraryError.from(error).code }) });
    }
  }

  if (!choices.length) return null;
  const name = (lang: string) => languageName(lang, t.lang);

  return (
    <section class="alternate-panel" aria-label={t.t('alternatesTitle')} data-testid="alternate-panel" data-phase={state.phase}>
      {state.phase === 'shown' ? (
        <div class="alternate-actions">
          <button type="button" class="button" onClick={close} data-testid="alternate-close">
            {t.t('alternateClose')}
          </button>
          {clip && !state.kept && (
            <button type="button" class="button primary" disabled={keeping.busy} onClick={() => void keep(state.record)} data-testid="alternate-keep">
              {t.t('alternateKeep')}
            </button>
          )}
          {clip && state.kept && (
            <span class="alternate-note muted" role="status" data-testid="alternate-kept">
              {t.t('alternateKept')}
            </span>
          )}
          {unclipped && !state.kept && <span class="alternate-note muted">{t.t('alternateClipFirst')}</span>}
        </div>
      ) : (
        <div class="alternate-actions">
          {choices.map((choice) => (
            <button
              key={choice.lang}
              type="button"
              class="button"
              disabled={state.phase === 'loading'}
              onClick={() => open(choice)}
              data-testid="alternate-open"
              data-lang={choice.lang}
              data-kept={choice.kept ? 'true' : undefined}
            >
              {choice.kept ? t.t('alternateShowKept', { language: name(choice.lang) }) : t.t('alternateOpen', { language: name(choice.lang) })}
            </button>
          ))}
        </div>
      )}
      {state.phase === 'loading' && (
        <p class="alternate-status" role="status" data-testid="alternate-loading">
          <span class="spinner" /> {t.t('alternateLoading', { language: name(state.choice.lang) })}
          <button type="button" class="button quiet" onClick={cancel} data-testid="alternate-cancel">
            {t.t('readerCancel')}
          </button>
        </p>
      )}
      {state.phase === 'problem' && (
        <p class="notice error alternate-problem" role="alert" data-testid="alternate-problem" data-reason={state.reason} data-lang={state.choice.lang}>
          {alternateProblemMessage(t, state.reason, state.choice.lang, state.choice.url, state.detail)}{' '}
          <button type="button" class="link-button" onClick={() => open(state.choice)} data-testid="alternate-retry">
            {t.t('alternateRetry')}
          </button>
        </p>
      )}
      {keeping.error && (
        <p class="notice error alternate-problem" role="alert" data-testid="alternate-keep-problem">
          {keeping.error}
        </p>
      )}
    </section>
  );
}
