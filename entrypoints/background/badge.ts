import { browser } from 'wxt/browser';
import { formatMoment } from '@/utils/i18n/format-date';
import type { Translator } from '@/utils/i18n/translate';

/** MV3 builds have `action`; the type also covers a Firefox MV2 build's `browserAction`. */
export const toolbarAction = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

const CLIPPED_COLOUR = '#1f6f43';

/** Shows on the toolbar button whether the tab's page is in the library. */
export async function markTab(tabId: number, clippedAt: string | null, t: Translator): Promise<void> {
  try {
    if (clippedAt) {
      await toolbarAction.setBadgeText({ tabId, text: '✓' });
      await toolbarAction.setBadgeBackgroundColor({ tabId, color: CLIPPED_COLOUR });
      await toolbarAction.setBadgeTextColor?.({ tabId, color: '#ffffff' });
      await toolbarAction.setTitle({ tabId, title: `${t.t('extName')}: ${t.t('readerClippedOn', { date: formatMoment(clippedAt, t.lang, 'short') })}` });
    } else {
      await toolbarAction.setBadgeText({ tabId, text: '' });
      await toolbarAction.setTitle({ tabId, title: t.t('actionTitle') });
    }
  } catch {
    // The tab closed meanwhile: nothing to mark.
  }
}
