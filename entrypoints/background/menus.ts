import { browser } from 'wxt/browser';
import type { Translator } from '@/utils/i18n/translate';

export const MENU_CLIP_ARTICLE = 'katib-clip-article';
export const MENU_CLIP_LINK = 'katib-clip-link';
export const MENU_OPEN_READER = 'katib-open-reader';

/**
 * (Re)creates the context-menu items in the interface language. Run on install, on browser start and
 * when the language setting changes; removing first avoids "duplicate id" errors on restarts.
 */
export async function createMenus(t: Translator): Promise<void> {
  await browser.contextMenus.removeAll();
  const pages = ['http://*/*', 'https://*/*', 'file:///*'];
  browser.contextMenus.create({ id: MENU_CLIP_ARTICLE, title: t.t('menuClipArticle'), contexts: ['page', 'selection'], documentUrlPatterns: pages });
  browser.contextMenus.create({ id: MENU_OPEN_READER, title: t.t('menuOpenReader'), contexts: ['page', 'selection'], documentUrlPatterns: pages });
  browser.contextMenus.create({ id: MENU_CLIP_LINK, title: t.t('menuClipLink'), contexts: ['link'], targetUrlPatterns: ['http://*/*', 'https://*/*'] });
}
