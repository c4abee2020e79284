import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createClipService, type TabRef } from '@/utils/clipper/clip-service';
import { originPatternFor } from '@/utils/clipper/page-kind';
import { problemMessageKey, type Problem } from '@/utils/clipper/problems';
import { formatMoment } from '@/utils/i18n/format-date';
import type { Translator } from '@/utils/i18n/translate';
import { announceLibraryChange } from '@/utils/library/library-channel';
import { libraryConnection } from '@/utils/library/library-connection';
import { openLibraryDb } from '@/utils/library/library-db';
import { readRequest, type Request, type SavedClip, type SaveReply } from '@/utils/messaging/protocol';
import { interfaceTranslator, loadSettings, onSettingsChange } from '@/utils/extension/settings-store';
import { markTab, toolbarAction } from './badge';
import { withLinkTab } from './clip-link';
import { injectExtractor } from './inject-extractor';
import { createMenus, MENU_CLIP_ARTICLE, MENU_CLIP_LINK, MENU_OPEN_READER } from './menus';
import { showPageToast, type ToastTone } from './page-toast';

export default defineBackground(() => {
  const library = libraryConnection(() => openLibraryDb());
  const translator = async (): Promise<Translator> => interfaceTranslator(await loadSettings());
  const dateIn = (t: Translator) => (iso: string) => formatMoment(iso, t.lang, 'short');

  const clips = createClipService({
    inject: injectExtractor,
    library,
    now: () => new Date(),
    onSaved(saved, tabId) {
      announceLibraryChange({ ids: [saved.id] });
      if (tabId !== undefined) void translator().then((t) => markTab(tabId, saved.clippedAt, t, dateIn(t)));
    },
  });

  function savedMessage(t: Translator, saved: SavedClip): string {
    const main =
      saved.status === 'unchanged'
        ? t.t('clipUnchanged', { date: formatMoment(saved.previouslyClippedAt ?? saved.clippedAt, t.lang, 'short') })
        : saved.status === 'updated'
          ? t.t('clipUpdated', { version: saved.version })
          : t.t('clipAdded', { title: saved.title });
    return saved.duplicate?.site ? `${main} ${t.t('clipDuplicateNote', { site: saved.duplicate.site })}` : main;
  }

  function problemMessage(t: Translator, problem: Problem): string {
    return t.t(problemMessageKey(problem.code), { host: problem.host ?? '' });
  }

  /**
   * Tells the user how a menu or shortcut action ended: on the page itself when it can be scripted, else
   * in the popup (which explains the problem again when it opens on that tab).
   */
  async function report(tab: TabRef, text: string, tone: ToastTone): Promise<void> {
    const t = await translator();
    if (await showPageToast(tab.id, text, tone, t.dir, t.lang)) return;
    try {
      await toolbarAction.openPopup();
    } catch {
      await toolbarAction.setBadgeText({ tabId: tab.id, text: '!' }).catch(() => undefined);
      await toolbarAction.setTitle({ tabId: tab.id, title: text }).catch(() => undefined);
    }
  }

  async function reportSave(tab: TabRef, reply: SaveReply): Promise<void> {
    const t = await translator();
    if (reply.ok) await report(tab, savedMessage(t, reply.saved), reply.saved.status === 'unchanged' ? 'info' : 'success');
    else {
      if (reply.problem.detail) console.warn('[katib]', reply.problem.code, reply.problem.detail);
      await report(tab, problemMessage(t, reply.problem), 'error');
    }
  }

  async function clipFromGesture(tab: Browser.tabs.Tab | undefined): Promise<void> {
    if (tab?.id === undefined) return;
    const ref = { id: tab.id, url: tab.url };
    await reportSave(ref, await clips.clipTab(ref));
  }

  async function openReader(tab: Browser.tabs.Tab | undefined): Promise<void> {
    if (tab?.id === undefined) return;
    // Read first, while the gesture's activeTab grant is fresh; the reader then asks for the same read.
    const reply = await clips.readTab({ id: tab.id, url: tab.url });
    if (!reply.ok) {
      await report({ id: tab.id }, problemMessage(await translator(), reply.problem), 'error');
      return;
    }
    await browser.tabs.create({
      url: `${browser.runtime.getURL('/reader.html')}?tab=${tab.id}`,
      ...(tab.index !== undefined && { index: tab.index + 1 }),
      openerTabId: tab.id,
    });
  }

  function clipLink(linkUrl: string, tab: Browser.tabs.Tab | undefined): void {
    const pattern = originPatternFor(linkUrl);
    const source = tab?.id !== undefined ? { id: tab.id } : null;
    if (!pattern) {
      if (source) void translator().then((t) => report(source, t.t('problemNotWeb'), 'error'));
      return;
    }
    // Asked before anything is awaited: browsers grant permission prompts only inside the user's click.
    browser.permissions.request({ origins: [pattern] }).then(
      async (granted) => {
        const t = await translator();
        if (!granted) {
          if (source) await report(source, t.t('problemLinkPermission', { host: new URL(linkUrl).hostname }), 'error');
          return;
        }
        let reply: SaveReply;
        try {
          reply = await withLinkTab(linkUrl, tab, (linkTab) => clips.clipTab(linkTab));
        } catch (error) {
          reply = { ok: false, problem: { code: 'link-load', detail: String(error) } };
        }
        if (source) await reportSave(source, reply);
      },
      (error: unknown) => {
        console.warn('[katib] permission request failed', error);
        if (source) void translator().then((t) => report(source, t.t('problemLinkPermission', { host: new URL(linkUrl).hostname }), 'error'));
      },
    );
  }

  async function handle(request: Request): Promise<unknown> {
    switch (request.type) {
      case 'read-tab': {
        const tab = await browser.tabs.get(request.tabId).catch(() => null);
        if (!tab) return { ok: false, problem: { code: 'tab-gone' } };
        const reply = await clips.readTab({ id: request.tabId, url: tab.url });
        if (reply.ok) {
          const t = await translator();
          void markTab(request.tabId, reply.clip?.clippedAt ?? null, t, dateIn(t));
        }
        return reply;
      }
      case 'clip-tab': {
        const tab = await browser.tabs.get(request.tabId).catch(() => null);
        if (!tab) return { ok: false, problem: { code: 'tab-gone' } };
        return clips.clipTab({ id: request.tabId, url: tab.url }, request.edits);
      }
      case 'save-record':
        return clips.saveRecord(request.record, request.edits, request.tabId);
    }
  }

  // Listeners are registered synchronously, at the top level, so that an event that wakes the background
  // finds them.
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    // Only Katib's own pages may ask; web pages and other extensions cannot reach this listener anyway.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return false;
    const request = readRequest(message);
    if (!request) return false;
    handle(request).then(sendResponse, (error: unknown) => sendResponse({ ok: false, problem: { code: 'internal', detail: String(error) } }));
    return true;
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_CLIP_LINK && info.linkUrl) clipLink(info.linkUrl, tab);
    else if (info.menuItemId === MENU_CLIP_ARTICLE) void clipFromGesture(tab);
    else if (info.menuItemId === MENU_OPEN_READER) void openReader(tab);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'clip-article') void clipFromGesture(tab);
    else if (command === 'open-reader') void openReader(tab);
  });

  browser.runtime.onInstalled.addListener(() => void translator().then(createMenus));
  browser.runtime.onStartup.addListener(() => void translator().then(createMenus));
  onSettingsChange((settings) => void createMenus(interfaceTranslator(settings)));

  // The badge follows the tab: cleared when it starts loading another page, set again when the finished
  // page is a clip. The address is visible only for tabs Katib may read (host permission or activeTab).
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && change.url !== undefined) clips.forgetTab(tabId);
    if (change.status === 'loading') void translator().then((t) => markTab(tabId, null, t, dateIn(t)));
    if (change.status === 'complete' && tab.url) {
      void Promise.all([clips.clipForAddress(tab.url), translator()]).then(([clip, t]) => clip && markTab(tabId, clip.clippedAt, t, dateIn(t)), () => undefined);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => clips.forgetTab(tabId));
});
