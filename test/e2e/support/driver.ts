/** What the shared scenario needs from a browser: the same steps run in Chromium and Firefox. */

import type { Browser, Page } from 'puppeteer-core';

export interface E2EDriver {
  name: 'chromium' | 'firefox';
  browser: Browser;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionBase: string;
  /** Where the browser saves downloads without asking. */
  downloadsDir: string;
  /** Opens a web page in a new tab, loaded and in front. */
  openTab(url: string): Promise<Page>;
  /** Opens one of Katib's pages (`library.html?…`) in a new tab and waits until it runs. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  /** Brings the tab to the front and presses Katib's toolbar button (the popup opens). */
  pressToolbarButton(page: Page): Promise<void>;
  /**
   * Right-clicks the page (on a plain paragraph, or on the element `on` selects) and chooses `label` in
   * the browser's real context menu.
   */
  chooseContextMenuItem(page: Page, label: string, on?: string): Promise<void>;
  /** Presses one of Katib's keyboard shortcuts ("Alt+Shift+S") with the tab in front. */
  pressShortcut(page: Page, shortcut: string): Promise<void>;
  /** Answers "Allow" to the browser's prompt for an optional host permission (Clip link asks for one). */
  allowPermissionPrompt(): Promise<void>;
  /** Saves a picture of the open popup, where the browser lets the test see it as a page (Chromium). */
  screenshotPopup?(file: string): Promise<void>;
  /** Reads the location of a page (puppeteer's own `url()` is unreliable for extension pages in Firefox). */
  hrefOf(page: Page): Promise<string>;
  close(): Promise<void>;
}
