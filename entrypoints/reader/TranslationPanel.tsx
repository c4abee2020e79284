import { useEffect, useMemo, useState } from 'preact/hooks';
import { useTranslator } from '@/components/i18n-context';
import { problemMessage } from '@/utils/clipper/outcome-messages';
import { pageLibrary } from '@/components/library-access';
import type { ParallelViewProps } from '@/components/ParallelView';
import { createSanitizer } from '@/utils/extract/sanitize-html';
import { formatMoment, languageName } from '@/utils/i18n/format-date';
import type { MessageKey } from '@/utils/i18n/messages-en';
import { uiDirection, type Translator } from '@/utils/i18n/translate';
import type { Clip, StoredTranslation } from '@/utils/library/clip';
import { saveTranslation } from '@/utils/library/clip-store';
import { announceLibraryChange } from '@/utils/library/library-channel';
import { LibraryError } from '@/utils/library/library-error';
import { articleBlocks, type ArticleBlocks } from '@/utils/reader/article-blocks';
import { prepareArticle } from '@/utils/reader/prepare-article';
import type { ArticleRecord } from '@/utils/record/article-record';
import type { FailureReason, UnavailableReason } from '@/utils/translation/run-translation';
import { resolveSourceLanguage } from '@/utils/translation/source-language';
import { isComplete, storedTranslationTexts, toStoredTranslation, translationTexts } from '@/utils/translation/stored-translation';
import { defaultTargetLanguage, TARGET_LANGUAGES, type TargetLanguage } from '@/utils/translation/target-language';
import { TranslationSession, type TranslationState } from '@/utils/translation/translation-session';
import { builtInTranslatorApi, CHROME_TRANSLATOR_ENGINE } from '@/utils/translation/translator-api';
import { translationRows } from './translation-rows';
import './translation-panel.css';

/** A finished translation, in the form a clip keeps it. */
export interface FinishedTranslation {
  lang: string;
  translation: StoredTranslation;
}

interface TranslationPanelProps {
  /** The article shown. */
  record: ArticleRecord;
  /**
   * Where a finished translation goes: onto the clip shown (`clip`), with the clip made when the page is
   * clipped (`tab`), or nowhere, for a past version of a clip (`past`).
   */
  keep: { kind: 'clip'; clip: Clip } | { kind: 'tab' } | { kind: 'past' };
  onParallel(view: ParallelViewProps | null): void;
  /** The latest finished translation, for a page that is not clipped yet. */
  onFinished(finished: FinishedTranslation): void;
  /** The clip after its translation was saved. */
  onSaved(clip: Clip): void;
  notify(text: string): void;
}

const UNAVAILABLE_KEYS: Record<UnavailableReason, MessageKey> = {
  'no-api': 'translateNoApi',
  'unsupported-pair': 'translateUnsupported',
  disabled: 'translateDisabled',
  'same-language': 'translateSameLanguage',
  'unknown-language': 'translateUnknownLanguage',
};

const FAILURE_KEYS: Record<FailureReason, MessageKey> = {
  setup: 'translateFailSetup',
  'too-long': 'translateFailTooLong',
  engine: 'translateFailEngine',
};

function engineName(t: Translator, engine: string): string {
  return engine === CHROME_TRANSLATOR_ENGINE ? t.t('engineChromeTranslator') : engine;
}

/** The article's blocks as the reader shows them, prepared once per article. */
function usePreparedBlocks(record: ArticleRecord): ArticleBlocks | null {
  return useMemo(() => {
    const sanitizer = createSanitizer(window);
    if (!sanitizer) return null;
    const container = prepareArticle(record.contentHtml, record.url, sanitizer, record.dir);
    // As in the article body: a picture that cannot load leaves its caption, not a broken frame.
    for (const image of container.querySelectorAll('img')) image.addEventListener('error', () => (image.hidden = true), { once: true });
    return articleBlocks(container);
  }, [record.contentHtml, record.url, record.dir]);
}

/**
 * "Show translation": the target language, whether this browser can translate on the device, the
 * download and block-by-block progress, cancel and continue, and saving the result with the clip. The
 * article is shown beside its translation through the reader's parallel view.
 */
export function TranslationPanel({ record, keep, onParallel, onFinished, onSaved, notify }: TranslationPanelProps) {
  const t = useTranslator();
  const api = useMemo(() => builtInTranslatorApi(globalThis), []);
  const blocks = usePreparedBlocks(record);
  const texts = useMemo(() => (blocks ? translationTexts(record.title, blocks) : []), [blocks, record.title]);
  const rowsFor = useMemo(() => (blocks ? translationRows(blocks) : null), [blocks]);

  // Undefined while the language is being found out; null when it cannot be.
  const [source, setSource] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    setSource(undefined);
    void resolveSourceLanguage(api, record.lang, texts.slice(0, 20).join('\n'), controller.signal).then((lang) => controller.signal.aborted || setSource(lang));
    return () => controller.abort();
  }, [api, record.lang, texts]);

  const kept = keep.kind === 'clip' ? (keep.clip.translations ?? {}) : {};
  const [chosen, setChosen] = useState<TargetLanguage | null>(null);
  const target = chosen ?? defaultTargetLanguage(t.lang, source ?? null, Object.keys(kept));
  const stored = kept[target] ?? null;
  // The clip object changes on every library reload; the kept translation only when it was saved anew.
  const storedKey = stored ? `${stored.createdAt} ${stored.engine} ${stored.blocks.length}` : null;

  /** The session under way, and whether it started from the translation kept with the clip. */
  const [current, setCurrent] = useState<{ session: TranslationSession; fromStore: boolean } | null>(null);
  const [state, setState] = useState<TranslationState | null>(null);
  const newSession = (previous?: string[]) => new TranslationSession({ api, sourceLanguage: source ?? null, targetLanguage: target, texts, ...(previous && { previous }) });

  useEffect(() => {
    if (source === undefined) return;
    const storedTexts = stored && blocks ? storedTranslationTexts(stored, blocks) : null;
    const session = newSession(storedTexts ?? undefined);
    setCurrent({ session, fromStore: storedTexts !== null });
    // A kept translation is shown as it is; only a new one needs to know what the browser can do.
    if (!storedTexts) void session.check();
  }, [api, source, target, texts, storedKey]);

  const session = current?.session ?? null;
  useEffect(() => {
    if (!session) return;
    setState(session.state);
    const stop = session.subscribe(setState);
    return () => {
      stop();
      session.cancel();
    };
  }, [session]);

  useEffect(() => () => onParallel(null), [onParallel]);

  const running = state?.phase === 'translating' || state?.phase === 'downloading';
  useEffect(() => {
    if (!state || !rowsFor) return;
    const hasText = state.texts.some((text) => text !== undefined);
    if (!running && !hasText) return onParallel(null);
    onParallel({
      left: { lang: record.lang, dir: record.dir, label: t.t('translateOriginalLabel', { language: languageName(record.lang, t.lang) }) },
      right: { lang: target, dir: uiDirection(target), label: t.t('translateTranslationLabel', { language: languageName(target, t.lang) }) },
      rows: rowsFor({
        texts: state.texts,
        running,
        ...(state.phase === 'translating' && state.partial !== undefined && { partial: { index: state.index, text: state.partial } }),
      }),
      pendingLabel: t.t('translatePending'),
    });
  }, [state, rowsFor, running, record.lang, record.dir, target, t, onParallel]);

  const finished = state?.phase === 'done' && isComplete(state.texts, texts.length) ? state.texts : null;
  const fresh = finished !== null && !current?.fromStore;
  useEffect(() => {
    if (fresh && source && keep.kind === 'tab') onFinished({ lang: target, translation: toStoredTranslation(finished, { sourceLang: source, engine: CHROME_TRANSLATOR_ENGINE, now: new Date() }) });
  }, [fresh, finished, source, target, keep.kind, onFinished]);

  const [saving, setSaving] = useState(false);
  async function save(): Promise<void> {
    if (!finished || !source || keep.kind !== 'clip') return;
    setSaving(true);
    try {
      const clip = await saveTranslation(await pageLibrary(), keep.clip.id, target, toStoredTranslation(finished, { sourceLang: source, engine: CHROME_TRANSLATOR_ENGINE, now: new Date() }), new Date());
      announceLibraryChange({ ids: [clip.id] });
      onSaved(clip);
      notify(t.t('translateSaved'));
    } catch (error) {
      notify(problemMessage(t, { code: LibraryError.from(error).code }));
    } finally {
      setSaving(false);
    }
  }

  // Both start the translator from the click itself: creating it may download a model, which needs a user gesture.
  const start = () => void session?.start();
  const again = () => {
    const session = newSession();
    setCurrent({ session, fromStore: false });
    void session.start();
  };

  const names = { source: languageName(source ?? record.lang, t.lang), target: languageName(target, t.lang) };
  const phase = state?.phase ?? 'checking';

  return (
    <section class="translation-panel" aria-label={t.t('translateShow')} data-testid="translation-panel" data-phase={source === undefined ? 'checking' : phase}>
      <div class="translation-controls">
        <label class="translation-target">
          <span>{t.t('translateInto')}</span>
          <select value={target} disabled={running} onChange={(event) => setChosen(event.currentTarget.value as TargetLanguage)} data-testid="translation-target">
            {TARGET_LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {languageName(lang, t.lang)}
              </option>
            ))}
          </select>
        </label>
        <div class="translation-actions">
          {phase === 'ready' && (
            <button type="button" class="button primary" onClick={start} data-testid="translation-start">
              {state?.phase === 'ready' && state.availability !== 'available' ? t.t('translateDownloadStart') : t.t('translateStart')}
            </button>
          )}
          {running && (
            <button type="button" class="button" onClick={() => session?.cancel()} data-testid="translation-cancel">
              {t.t('translateCancel')}
            </button>
          )}
          {(phase === 'cancelled' || phase === 'failed') && (
            <button type="button" class="button primary" onClick={start} data-testid="translation-continue">
              {t.t('translateContinue')}
            </button>
          )}
          {fresh && keep.kind === 'clip' && (
            <button type="button" class="button primary" disabled={saving} onClick={() => void save()} data-testid="translation-save">
              {t.t('translateSave')}
            </button>
          )}
          {phase === 'done' && current?.fromStore && (
            <button type="button" class="button" onClick={again} data-testid="translation-again">
              {t.t('translateAgain')}
            </button>
          )}
        </div>
      </div>
      <TranslationStatus state={source === undefined ? null : state} names={names} stored={finished !== null && !fresh ? stored : null} />
      {fresh && keep.kind === 'tab' && <p class="translation-note muted">{t.t('translateClipToKeep')}</p>}
      {fresh && keep.kind === 'past' && <p class="translation-note muted">{t.t('translatePastVersion')}</p>}
    </section>
  );
}

function TranslationStatus({ state, names, stored }: { state: TranslationState | null; names: { source: string; target: string }; stored: StoredTranslation | null }) {
  const t = useTranslator();
  if (!state || state.phase === 'idle' || state.phase === 'checking') {
    return (
      <p class="translation-status muted" role="status">
        <span class="spinner" /> {t.t('translateChecking')}
      </p>
    );
  }
  if (state.phase === 'unavailable') {
    return (
      <p class="notice translation-unavailable" role="status" data-testid="translation-unavailable" data-reason={state.reason}>
        {t.t(UNAVAILABLE_KEYS[state.reason], names)}
      </p>
    );
  }
  if (state.phase === 'ready') {
    const key: MessageKey = state.availability === 'available' ? 'translateReady' : state.availability === 'downloadable' ? 'translateDownloadable' : 'translateDownloadingModel';
    return (
      <p class="translation-status" role="status">
        {t.t(key, names)}
      </p>
    );
  }
  if (state.phase === 'downloading') {
    return (
      <div class="translation-status" role="status">
        <p>{state.loaded === null ? t.t('translateDownloadingModel') : t.t('translateDownloadProgress', { percent: Math.round(state.loaded * 100) })}</p>
        {state.loaded === null ? <progress data-testid="translation-progress" data-phase="download" /> : <progress max={1} value={state.loaded} data-testid="translation-progress" data-phase="download" />}
      </div>
    );
  }
  if (state.phase === 'translating') {
    return (
      <div class="translation-status" role="status">
        <p>{t.t('translateProgress', { index: Math.max(0, state.index) + 1, total: state.total })}</p>
        <progress max={state.total} value={state.done} data-testid="translation-progress" data-phase="translate" />
      </div>
    );
  }
  if (state.phase === 'done') {
    return (
      <p class="translation-status" role="status" data-testid="translation-done">
        {stored ? t.t('translateStored', { date: formatMoment(stored.createdAt, t.lang, 'short'), engine: engineName(t, stored.engine) }) : t.t('translateDone', names)}
      </p>
    );
  }
  const at = { at: state.at + 1, total: state.total };
  return (
    <p class="notice translation-stopped" role="status" data-testid="translation-stopped" data-phase={state.phase}>
      {state.phase === 'cancelled' ? t.t('translateCancelled', at) : t.t('translateFailed', { ...at, reason: t.t(FAILURE_KEYS[state.reason]) })}
    </p>
  );
}
