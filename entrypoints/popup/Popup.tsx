import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LanguageChip, PageDate } from '@/components/PageFacts';
import { useTranslator } from '@/components/i18n-context';
import { ask } from '@/utils/extension/background-client';
import { problemMessage, savedClipMessage } from '@/utils/clipper/outcome-messages';
import type { Problem } from '@/utils/clipper/problems';
import { formatMoment } from '@/utils/i18n/format-date';
import { clipSite } from '@/utils/library/clip';
import type { ClipState, SavedClip } from '@/utils/messaging/protocol';
import type { ArticleRecord } from '@/utils/record/article-record';

type PopupState =
  | { phase: 'reading' }
  | { phase: 'problem'; problem: Problem }
  | { phase: 'ready'; tabId: number; record: ArticleRecord; clip: ClipState | null; saving: boolean; saved: SavedClip | null; error: Problem | null };

type ExtensionPage = '/reader.html' | '/library.html';

function openExtensionPage(page: ExtensionPage, query = ''): void {
  void browser.tabs.create({ url: `${browser.runtime.getURL(page)}${query}` }).then(() => window.close());
}

/** The toolbar popup: what Katib found on the current page, and Read / Clip. */
export function Popup() {
  const t = useTranslator();
  const [state, setState] = useState<PopupState>({ phase: 'reading' });

  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setState({ phase: 'problem', problem: { code: 'tab-gone' } });
      const reply = await ask({ type: 'read-tab', tabId: tab.id });
      if (!reply.ok) return setState({ phase: 'problem', problem: reply.problem });
      setState({ phase: 'ready', tabId: tab.id, record: reply.record, clip: reply.clip, saving: false, saved: null, error: null });
    })().catch((error: unknown) => setState({ phase: 'problem', problem: { code: 'internal', detail: String(error) } }));
  }, []);

  async function clip(): Promise<void> {
    if (state.phase !== 'ready') return;
    setState({ ...state, saving: true, error: null });
    const reply = await ask({ type: 'clip-tab', tabId: state.tabId }).catch((error: unknown) => ({ ok: false as const, problem: { code: 'internal' as const, detail: String(error) } }));
    if (!reply.ok) return setState({ ...state, saving: false, error: reply.problem });
    const saved = reply.saved;
    setState({ ...state, saving: false, saved, clip: { id: saved.id, title: saved.title, clippedAt: saved.clippedAt, version: saved.version, sameContent: true } });
  }

  const footer = (
    <footer class="popup-footer">
      <button type="button" class="button quiet" onClick={() => openExtensionPage('/library.html')} data-testid="open-library">
        {t.t('popupLibrary')}
      </button>
      <button type="button" class="button quiet" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
        {t.t('popupSettings')}
      </button>
    </footer>
  );

  if (state.phase === 'reading') {
    return (
      <main class="popup" aria-busy="true">
        <p class="popup-status">
          <span class="spinner" /> {t.t('popupReading')}
        </p>
        {footer}
      </main>
    );
  }

  if (state.phase === 'problem') {
    return (
      <main class="popup">
        <p class="notice error" role="alert" data-testid="problem" data-problem={state.problem.code}>
          {problemMessage(t, state.problem)}
        </p>
        {footer}
      </main>
    );
  }

  const { record, clip: existing, saved, saving, error } = state;
  const when = (iso: string) => formatMoment(iso, t.lang, 'short');
  const changed = existing !== null && !existing.sameContent;

  return (
    <main class="popup" data-testid="popup-ready" data-tab-id={state.tabId}>
      <article class="popup-page" dir={record.dir} lang={record.lang}>
        <p class="popup-site">
          <bdi>{clipSite(record)}</bdi>
          {record.source && record.source !== record.siteName && (
            <span class="muted" dir={t.dir} lang={t.lang}>
              {' · '}
              {t.t('fieldSource')}: <bdi>{record.source}</bdi>
            </span>
          )}
        </p>
        <h1 class="popup-title" data-testid="popup-title">
          {record.title}
        </h1>
        <p class="popup-meta" dir={t.dir} lang={t.lang}>
          <PageDate record={record} />
          <LanguageChip lang={record.lang} dir={record.dir} />
          <span class="chip">{t.t('wordCount', { count: record.wordCount })}</span>
        </p>
      </article>

      {saved && (
        <p class={`notice ${saved.status === 'unchanged' ? '' : 'success'}`} role="status" data-testid="clip-status" data-status={saved.status}>
          {savedClipMessage(t, saved)}
        </p>
      )}
      {!saved && existing && (
        <p class="notice" data-testid="clip-state" data-same={String(existing.sameContent)}>
          {existing.sameContent ? t.t('popupUpToDate', { date: when(existing.clippedAt) }) : t.t('popupChanged', { date: when(existing.clippedAt) })}
        </p>
      )}
      {error && (
        <p class="notice error" role="alert" data-testid="problem" data-problem={error.code}>
          {problemMessage(t, error)}
        </p>
      )}

      <div class="popup-actions">
        <button type="button" class="button" onClick={() => openExtensionPage('/reader.html', `?tab=${state.tabId}`)} data-testid="read">
          {t.t('popupRead')}
        </button>
        {existing && (saved || existing.sameContent) ? (
          <button type="button" class="button" onClick={() => openExtensionPage('/reader.html', `?clip=${encodeURIComponent(existing.id)}`)} data-testid="open-clip">
            {t.t('popupOpenClip')}
          </button>
        ) : null}
        {!saved && (
          <button type="button" class="button primary" disabled={saving} onClick={() => void clip()} data-testid={changed ? 'update' : 'clip'}>
            {saving ? <span class="spinner" /> : null}
            {changed ? t.t('popupUpdate') : t.t('popupClip')}
          </button>
        )}
      </div>
      {footer}
    </main>
  );
}
