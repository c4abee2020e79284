import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createClipService, type TabRef } from '@/utils/clipper/clip-service';
import { originPatternFor } from '@/utils/clipper/page-kind';
import { problemMessage, savedClipMessage } from '@/utils/clipper/outcome-messages';
import type { Problem } from '@/utils/clipper/problems';
import type { Translator } from '@/utils/i18n/translate';
import { announceLibraryChange } from '@/utils/library/library-channel';
import { libraryConnection } from '@/utils/library/library-connection';
import { openLibraryDb } from '@/utils/library/library-db';
import { readRequest, type Request, type SaveReply } from '@/utils/messaging/protocol';
import { interfaceTranslator, loadSettings, onSettingsChange } from '@/utils/extension/settings-store';
import { markTab, toolbarAction } from './badge';
import { withLinkTab } from './clip-link';
import { injectExtractor } from './inject-extractor';
import { createMenus, MENU_CLIP_ARTICLE, MENU_CLIP_LINK, MENU_OPEN_READER } from './menus';
import { showPageToast, type ToastTone } from './page-toast';

export default defineBackground(() => {
  const library = libraryConnection(() => openLibraryDb());
  // The interface language is read once and then followed through setting changes, not read again on
  // every tab event: tabs.onUpdated fires for every page load in every tab.
  let currentTranslator: Promise<Translator> | null = null;
  const translator = (): Promise<Translator> =>
    (currentTranslator ??= loadSettings().then(interfaceTranslator, (error: unknown) => {
      currentTranslator = null;
      throw error;
    }));

  const clips = createClipService({
    inject: injectExtractor,
    library,
    now: () => new Date(),
    onSaved(saved, tabId) {
      announceLibraryChange({ ids: [saved.id] });
      if (tabId !== undefined) void translator().then((t) => markTab(tabId, saved.clippedAt, t));
    },
  });

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
    if (reply.ok) await report(tab, savedClipMessage(t, reply.saved), reply.saved.status === 'unchanged' ? 'info' : 'success');
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
    const refuse = (problem: Problem) => source && translator().then((t) => report(source, problemMessage(t, problem), 'error'));
    if (!pattern) {
      void refuse({ code: 'not-web' });
      return;
    }
    const permissionRefused: Problem = { code: 'link-permission', host: new URL(linkUrl).hostname };
    // Asked before anything is awaited: browsers grant permission prompts only inside the user's click.
    browser.permissions.request({ origins: [pattern] }).then(
      async (granted) => {
        if (!granted) {
          await refuse(permissionRefused);
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
        void refuse(permissionRefused);
      },
    );
  }

  const tabGone = { ok: false, problem: { code: 'tab-gone' } } as const;

  /** The tab a page asks about, with the address the browser lets Katib see; null when it has closed. */
  const tabRef = (tabId: number) => browser.tabs.get(tabId).then((tab) => ({ id: tabId, url: tab.url }), () => null);

  async function handle(request: Request): Promise<unknown> {
    switch (request.type) {
      case 'read-tab': {
        const tab = await tabRef(request.tabId);
        if (!tab) return tabGone;
        const reply = await clips.readTab(tab);
        if (reply.ok) {
          const t = await translator();
          void markTab(request.tabId, reply.clip?.clippedAt ?? null, t);
        }
        return reply;
      }
      case 'clip-tab': {
        const tab = await tabRef(request.tabId);
        return tab ? clips.clipTab(tab, request.edits) : tabGone;
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
  onSettingsChange((settings) => {
    const t = interfaceTranslator(settings);
    currentTranslator = Promise.resolve(t);
    void createMenus(t);
  });

  // The badge follows the tab: cleared when it starts loading another page, set again when the finished
  // page is a clip. The address is visible only for tabs Katib may read (host permission or activeTab).
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && change.url !== undefined) clips.forgetTab(tabId);
    if (change.status === 'loading') void translator().then((t) => markTab(tabId, null, t));
    if (change.status === 'complete' && tab.url) {
      void Promise.all([clips.clipForAddress(tab.url), translator()]).then(([clip, t]) => clip && markTab(tabId, clip.clippedAt, t), () => undefined);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => clips.forgetTab(tabId));
});
