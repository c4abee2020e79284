import { browser } from 'wxt/browser';

const LOAD_TIMEOUT_MS = 45_000;

/** Resolves when the tab has finished loading; rejects when it closes or takes too long. */
function tabLoaded(tabId: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      if (error) reject(error);
      else resolve();
    };
    // A new tab is first a complete about:blank (Firefox says so); the link's page is what we wait for.
    const loaded = (tab: { status?: string; url?: string }) => tab.status === 'complete' && !!tab.url && tab.url !== 'about:blank';
    const onUpdated = (id: number, _change: unknown, tab: { status?: string; url?: string }) => {
      if (id === tabId && loaded(tab)) finish();
    };
    const onRemoved = (id: number) => {
      if (id === tabId) finish(new Error('tab was closed'));
    };
    const timer = setTimeout(() => finish(new Error('link-load')), LOAD_TIMEOUT_MS);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    // It may have finished before the listeners were added.
    browser.tabs.get(tabId).then((tab) => loaded(tab) && finish(), () => finish(new Error('tab was closed')));
  });
}

/**
 * Loads a link in a background tab (so the page renders as for a visit), runs `work` on it and closes
 * it. Needs the host permission for the link's site.
 */
export async function withLinkTab<T>(linkUrl: string, openerTab: { index?: number; windowId?: number } | undefined, work: (tab: { id: number; url: string }) => Promise<T>): Promise<T> {
  const tab = await browser.tabs.create({
    url: linkUrl,
    active: false,
    ...(openerTab?.index !== undefined && { index: openerTab.index + 1 }),
    ...(openerTab?.windowId !== undefined && { windowId: openerTab.windowId }),
  });
  const tabId = tab.id;
  if (tabId === undefined) throw new Error('link-load');
  try {
    await tabLoaded(tabId);
    const loaded = await browser.tabs.get(tabId);
    return await work({ id: tabId, url: loaded.url ?? linkUrl });
  } finally {
    await browser.tabs.remove(tabId).catch(() => undefined);
  }
}
