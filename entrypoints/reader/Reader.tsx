import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ArticleBody } from '@/components/ArticleBody';
import { ParallelView, type ParallelViewProps } from '@/components/ParallelView';
import { useTranslator } from '@/components/i18n-context';
import { pageLibrary } from '@/components/library-access';
import { useToasts } from '@/components/Toasts';
import { problemMessage, savedClipMessage } from '@/utils/clipper/outcome-messages';
import { problemMessageKey, type Problem } from '@/utils/clipper/problems';
import { formatMoment, languageName } from '@/utils/i18n/format-date';
import type { Clip } from '@/utils/library/clip';
import { editClip, saveTranslation } from '@/utils/library/clip-store';
import { announceLibraryChange, onLibraryChange } from '@/utils/library/library-channel';
import { LibraryError } from '@/utils/library/library-error';
import type { ClipEdits } from '@/utils/messaging/protocol';
import { readerQuery, type ReaderTarget } from '@/utils/reader/reader-target';
import type { ArticleRecord } from '@/utils/record/article-record';
import type { Settings } from '@/utils/settings/settings';
import { ask } from '@/utils/extension/background-client';
import { EditPanel } from './EditPanel';
import { forgetTabRead, loadReader, type ReaderContent } from './load-reader';
import { ReaderHeader } from './ReaderHeader';
import { ReadingControls } from './ReadingControls';
import { TranslationPanel, type FinishedTranslation } from './TranslationPanel';
import { AlternatePanel } from './AlternatePanel';

type ReaderState = { phase: 'loading' } | { phase: 'problem'; problem: Problem } | { phase: 'ready'; content: ReaderContent };

/** The record the reader shows for its content: the page, the clip, or the past version chosen. */
function shownRecord(content: ReaderContent): ArticleRecord {
  if (content.kind === 'tab') return content.record;
  return content.shown?.clip ?? content.clip;
}


/** The reader page. */
export function Reader({ target: initialTarget, settings }: { target: ReaderTarget; settings: Settings }) {
  const t = useTranslator();
  const [target, setTarget] = useState(initialTarget);
  /** Shows a clip (or one of its versions) in this tab, its address following so that a reload keeps it. */
  const showClip = (clipId: string, version: number | null = null) => {
    const next: ReaderTarget = { kind: 'clip', clipId, version };
    history.replaceState(null, '', readerQuery(next));
    setTarget(next);
  };
  const [state, setState] = useState<ReaderState>({ phase: 'loading' });
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [toasts, toast] = useToasts();
  /** When set, the article is shown aligned with another text (a translation, another-language version). */
  const [parallel, setParallel] = useState<ParallelViewProps | null>(null);
  const [translating, setTranslating] = useState(false);
  /** A translation finished before the page was clipped: it is saved with the clip. */
  const unclippedTranslation = useRef<FinishedTranslation | null>(null);
  /** Set when a page was clipped with its translation: the clip then opens with the translation shown. */
  const translationCarried = useRef(false);

  const keepFinished = useCallback((finished: FinishedTranslation) => (unclippedTranslation.current = finished), []);
  const showSavedClip = useCallback(
    (clip: Clip) => setState((current) => (current.phase === 'ready' && current.content.kind === 'clip' ? { phase: 'ready', content: { ...current.content, clip } } : current)),
    [],
  );
  /** Another-language version beside the article; opening one closes the translation, and the reverse. */
  const [alternateView, setAlternateView] = useState<ParallelViewProps | null>(null);
  // Another article: nothing beside it, unless it is the clip just made from a translated page.
  useEffect(() => {
    setParallel(null);
    setAlternateView(null);
    setTranslating(translationCarried.current);
    translationCarried.current = false;
    unclippedTranslation.current = null;
  }, [target]);

  const reload = useCallback(async (next: ReaderTarget) => {
    const load = await loadReader(next);
    setState(load.ok ? { phase: 'ready', content: load.content } : { phase: 'problem', problem: load.problem });
  }, []);

  useEffect(() => void reload(target), [target, reload]);

  // A clip edited or deleted in another tab shows its new state here.
  useEffect(
    () =>
      onLibraryChange((change) => {
        if (target.kind === 'clip' && (!change.ids || change.ids.includes(target.clipId))) void reload(target);
      }),
    [target, reload],
  );

  useEffect(() => {
    if (state.phase === 'ready') document.title = `${shownRecord(state.content).title} · ${t.t('extName')}`;
  }, [state, t]);

  const showProblem = (problem: Problem) => toast({ text: problemMessage(t, problem), duration: 8000 });

  async function clipPage(edits?: ClipEdits): Promise<void> {
    if (state.phase !== 'ready' || state.content.kind !== 'tab') return;
    const { record, tabId } = state.content;
    setBusy(true);
    const reply = await ask({ type: 'save-record', record, tabId, ...(edits && { edits }) }).catch((error: unknown) => ({ ok: false as const, problem: { code: 'internal' as const, detail: String(error) } }));
    setBusy(false);
    if (!reply.ok) return showProblem(reply.problem);
    toast({ text: savedClipMessage(t, reply.saved) });
    const translation = unclippedTranslation.current;
    if (translation) {
      try {
        await saveTranslation(await pageLibrary(), reply.saved.id, translation.lang, translation.translation, new Date());
        toast({ text: t.t('translateSaved') });
        translationCarried.current = true;
      } catch (error) {
        showProblem({ code: LibraryError.from(error).code });
      }
    }
    setEditing(false);
    forgetTabRead(tabId);
    showClip(reply.saved.id);
  }

  async function saveEdits(edits: Required<ClipEdits>): Promise<void> {
    if (state.phase !== 'ready' || state.content.kind !== 'clip') return;
    setBusy(true);
    try {
      const clip = await editClip(await pageLibrary(), state.content.clip.id, edits, new Date());
      announceLibraryChange({ ids: [clip.id] });
      setState({ phase: 'ready', content: { ...state.content, clip } });
      setEditing(false);
      toast({ text: t.t('readerSaved') });
    } catch (error) {
      showProblem({ code: LibraryError.from(error).code });
    } finally {
      setBusy(false);
    }
  }

  async function copyText(record: ArticleRecord): Promise<void> {
    try {
      await navigator.clipboard.writeText(`${record.title}\n\n${record.text}\n\n${record.canonicalUrl}\n`);
      toast({ text: t.t('readerCopied') });
    } catch {
      toast({ text: t.t('readerCopyFailed') });
    }
  }

  const style = { '--reader-scale': String(settings.fontScale) } as Record<string, string>;

  if (state.phase === 'loading') {
    return (
      <main class="reader" data-width={settings.width} style={style} aria-busy="true">
        <p class="reader-status">
          <span class="spinner" /> {t.t('readerLoading')}
        </p>
      </main>
    );
  }
  if (state.phase === 'problem') {
    const key = state.problem.code === 'tab-gone' ? 'readerTabGone' : problemMessageKey(state.problem.code);
    return (
      <main class="reader" data-width={settings.width} style={style}>
        <p class="notice error" role="alert" data-testid="problem" data-problem={state.problem.code}>
          {t.t(key)}
        </p>
        <p>
          <a href="/library.html">{t.t('libraryTitle')}</a>
        </p>
      </main>
    );
  }

  const { content } = state;
  const record = shownRecord(content);
  const clip = content.kind === 'clip' ? content.clip : null;
  const userTags = content.kind === 'clip' ? (content.shown?.clip ?? content.clip).userTags : [];
  const note = clip?.note ?? '';
  const shownView = alternateView ?? parallel;

  return (
    <>
      <div class="reader-bar">
        <div class="reader-bar-inner">
          <div class="reader-actions">
            {content.kind === 'tab' ? (
              <>
                <button type="button" class="button primary" disabled={busy} onClick={() => void clipPage()} data-testid="reader-clip">
                  {content.clip && !content.clip.sameContent ? t.t('popupUpdate') : t.t('popupClip')}
                </button>
                <button type="button" class="button" onClick={() => setEditing((v) => !v)} aria-expanded={editing} data-testid="reader-edit">
                  {t.t('readerEdit')}
                </button>
              </>
            ) : (
              !content.shown && (
                <button type="button" class="button" onClick={() => setEditing((v) => !v)} aria-expanded={editing} data-testid="reader-edit">
                  {t.t('readerEdit')}
                </button>
              )
            )}
            <button
              type="button"
              class="button"
              aria-expanded={translating}
              onClick={() => {
                if (translating) setParallel(null);
                else setAlternateView(null);
                setTranslating(!translating);
              }}
              data-testid="translate-toggle"
            >
              {translating ? t.t('translateHide') : t.t('translateShow')}
            </button>
            <button type="button" class="button" onClick={() => void copyText(record)} data-testid="reader-copy">
              {t.t('readerCopy')}
            </button>
            <a class="button quiet" href={record.url} target="_blank" rel="noopener noreferrer">
              {t.t('readerOriginal')}
            </a>
            <a class="button quiet" href="/library.html">
              {t.t('popupLibrary')}
            </a>
          </div>
          <ReadingControls settings={settings} />
        </div>
      </div>

      <main class="reader" data-width={settings.width} data-parallel={shownView ? 'true' : undefined} style={style} data-testid="reader" data-lang={record.lang} data-dir={record.dir}>
        {content.kind === 'tab' && (
          <p class="reader-state muted" data-testid="reader-state">
            {content.clip ? t.t('readerClippedOn', { date: formatMoment(content.clip.clippedAt, t.lang, 'short') }) : t.t('readerNotClipped')}
          </p>
        )}
        {content.kind === 'clip' && content.shown && (
          <p class="notice" data-testid="past-version">
            {t.t('readerViewingPast', { version: content.shown.version, date: formatMoment(content.shown.replacedAt, t.lang, 'short') })}{' '}
            <a
              href={readerQuery({ kind: 'clip', clipId: content.clip.id, version: null })}
              onClick={(event) => {
                event.preventDefault();
                showClip(content.clip.id);
              }}
            >
              {t.t('readerShowCurrent')}
            </a>
          </p>
        )}
        {editing && (
          <EditPanel
            title={record.title}
            userTags={userTags}
            note={note}
            submitLabel={content.kind === 'tab' ? t.t('popupClip') : t.t('readerSave')}
            onCancel={() => setEditing(false)}
            onSubmit={(edits) => void (content.kind === 'tab' ? clipPage(edits) : saveEdits(edits))}
          />
        )}
        {translating && (
          <TranslationPanel
            record={record}
            keep={content.kind === 'tab' ? { kind: 'tab' } : content.shown ? { kind: 'past' } : { kind: 'clip', clip: content.clip }}
            onParallel={setParallel}
            onFinished={keepFinished}
            onSaved={showSavedClip}
            notify={(text) => toast({ text })}
          />
        )}
        <AlternatePanel
          key={record.url}
          record={record}
          clip={content.kind === 'clip' && !content.shown ? content.clip : null}
          kept={clip?.linkedVersions ?? []}
          unclipped={content.kind === 'tab'}
          showing={alternateView !== null}
          onShow={(view) => {
            if (view) setTranslating(false);
            setAlternateView(view);
          }}
          onKept={showSavedClip}
        />
        <article class="reader-article" lang={record.lang} dir={record.dir}>
          <ReaderHeader record={record} userTags={userTags} />
          {shownView ? <ParallelView {...shownView} /> : <ArticleBody html={record.contentHtml} baseUrl={record.url} lang={record.lang} dir={record.dir} />}
        </article>

        {note && !editing && (
          <aside class="reader-note" dir="auto">
            <h2>{t.t('fieldNote')}</h2>
            <p>{note}</p>
          </aside>
        )}
        <ReaderAppendix record={record} content={content} onOpenVersion={(version) => {
          if (content.kind !== 'clip') return;
          showClip(content.clip.id, version);
        }} />
      </main>
      {toasts}
    </>
  );
}

/** Related links, other-language versions, the clip's duplicate and its versions. */
function ReaderAppendix({ record, content, onOpenVersion }: { record: ArticleRecord; content: ReaderContent; onOpenVersion(version: number): void }) {
  const t = useTranslator();
  const versions = content.kind === 'clip' ? content.versions : [];
  const duplicate = content.kind === 'clip' ? content.duplicateOf : null;
  if (!record.relatedLinks.length && !record.alternates.length && !versions.length && !duplicate) return null;
  return (
    <footer class="reader-appendix">
      {duplicate && (
        <section>
          <h2>{t.t('readerDuplicateOf')}</h2>
          <p>
            <a href={readerQuery({ kind: 'clip', clipId: duplicate.id, version: null })} dir="auto" data-testid="duplicate-link">
              {duplicate.title}
            </a>
          </p>
        </section>
      )}
      {record.relatedLinks.length > 0 && (
        <section>
          <h2>{t.t('readerRelated')}</h2>
          <ul class="link-list" lang={record.lang}>
            {record.relatedLinks.map((link) => (
              <li key={link.url} dir="auto">
                <a href={link.url} target="_blank" rel="noopener noreferrer">
                  {link.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {record.alternates.length > 0 && (
        <section>
          <h2>{t.t('readerAlternates')}</h2>
          <ul class="link-list">
            {record.alternates.map((alternate) => (
              <li key={alternate.url}>
                <a href={alternate.url} target="_blank" rel="noopener noreferrer" hrefLang={alternate.lang}>
                  {alternate.lang === 'x-default' ? alternate.url : languageName(alternate.lang, t.lang)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {content.kind === 'clip' && versions.length > 0 && (
        <section>
          <h2>{t.t('readerVersions')}</h2>
          <ul class="link-list" data-testid="versions">
            <li>
              <button type="button" class="link-button" aria-current={!content.shown} onClick={() => onOpenVersion(content.clip.version)}>
                {t.t('readerVersionCurrent', { version: content.clip.version })}
              </button>
            </li>
            {versions.map((version) => (
              <li key={version.key}>
                <button type="button" class="link-button" aria-current={content.shown?.version === version.version} onClick={() => onOpenVersion(version.version)}>
                  {t.t('readerVersionPast', { version: version.version, date: formatMoment(version.replacedAt, t.lang, 'short') })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </footer>
  );
}
