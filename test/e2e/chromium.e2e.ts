/**
 * End-to-end run in Debian's Chromium, headful on a private Xvfb display with accessibility on, so that
 * the real native context menu can be opened with a right-click and its "Clip article" item chosen
 * (read through AT-SPI, see support/native-menu.mjs). The toolbar button is pressed with CDP
 * `Extensions.triggerAction`, which runs the browser's own toolbar-click code (activeTab included).
 *
 *   npm run build && npx tsx test/e2e/chromium.e2e.ts
 *
 * The hostile-page scenario follows in a second session; E2E_SCENARIO=main or =hostile runs one of them.
 */

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { startAccessibleDisplay } from './support/accessible-display.mjs';
import type { E2EDriver } from './support/driver';
import { assert, poll, ROOT, sleep } from './support/harness';
import { chooseContextMenuItem, closeOpenMenus } from './support/native-menu.mjs';
import { elementPoint, paragraphPoint } from './support/page-target';
import { runHostileInBrowser } from './hostile-scenario';
import { runInBrowser } from './scenario';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BUILD = path.join(ROOT, '.output/chrome-mv3');
/** Finds a button of the browser's own windows (its permission prompt) through the accessibility bus. */
const ATSPI_PRESS = path.join(ROOT, 'test/e2e/support/atspi-press.py');

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--force-renderer-accessibility',
  '--window-size=1200,900',
  '--lang=en-US',
  // Only the local test server answers; every other host fails at once instead of stalling page loads.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

async function launch(display: Awaited<ReturnType<typeof startAccessibleDisplay>>): Promise<E2EDriver> {
  assert(fs.existsSync(path.join(BUILD, 'manifest.json')), `no Chromium build at ${BUILD}; run "npm run build"`);
  const downloadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'katib-e2e-chromium-downloads-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: false,
    pipe: true,
    // `true`, then installExtension: the array form is not awaited by puppeteer-core 24.43.
    enableExtensions: true,
    defaultViewport: null,
    args: ARGS,
    env: display.env,
  });
  const id = await browser.installExtension(BUILD);
  const extension = (await browser.extensions()).get(id);
  assert(extension, 'Katib listed by Extensions.getExtensions');
  const session = await browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadsDir, eventsEnabled: true });
  const extensionBase = `chrome-extension://${id}/`;

  const focus = async (page: Page) => {
    await page.bringToFront();
    // A right-click before the window has focus opens no menu.
    await poll(() => page.evaluate(() => document.hasFocus()), 'the page to have focus', 5000);
  };

  return {
    name: 'chromium',
    browser,
    extensionBase,
    downloadsDir,
    hrefOf: (page) => Promise.resolve(page.url()),
    async openTab(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      return page;
    },
    async openExtensionPage(pathAndQuery) {
      const page = await browser.newPage();
      await page.goto(`${extensionBase}${pathAndQuery}`, { waitUntil: 'load' });
      await poll(() => page.evaluate(() => !!document.getElementById('app')?.firstChild), `${pathAndQuery} to render`);
      return page;
    },
    async pressToolbarButton(page) {
      // Extensions.triggerAction acts on the window's active tab.
      await focus(page);
      await page.triggerExtensionAction(extension);
    },
    async screenshotPopup(file) {
      const target = await browser.waitForTarget((t) => t.url() === `${extensionBase}popup.html`, { timeout: 5000 });
      const popup = await target.asPage();
      await popup.screenshot({ path: file });
    },
    async chooseContextMenuItem(page, label, on) {
      // A native menu can close by itself while it is being read (a page repaint taking focus back, more
      // often on a busy machine); then the right-click is made again, up to twice. Nothing was chosen in a
      // menu that closed, and choosing an item twice would only re-clip an unchanged page.
      for (let attempt = 1; ; attempt++) {
        await focus(page);
        const { x, y } = on ? await elementPoint(page, on) : await paragraphPoint(page);
        await page.mouse.click(x, y, { button: 'right' });
        try {
          await chooseContextMenuItem({ env: display.env, label, submenu: 'Katib' });
          return;
        } catch (error) {
          await closeOpenMenus(display.env).catch(() => undefined);
          if (attempt >= 3 || !/open menu level|a context menu to open|did not open\. Open menus: \(none\)/.test(String(error))) throw error;
          console.log(`  (the menu closed early; right-clicking again: ${String(error).split('\n')[0]})`);
        }
      }
    },
    async pressShortcut(page, shortcut) {
      // A real key press on the X display: browser shortcuts never reach the page, so CDP input cannot press them.
      await focus(page);
      execFileSync('xdotool', ['key', '--clearmodifiers', shortcut.toLowerCase()], { env: display.env });
    },
    async allowPermissionPrompt() {
      const button = await poll(() => {
        const found = JSON.parse(execFileSync('/usr/bin/python3', [ATSPI_PRESS, 'Allow'], { env: display.env, encoding: 'utf8' })) as { found: boolean; x: number; y: number; width: number; height: number };
        return found.found ? found : null;
      }, 'the permission prompt');
      // Chromium ignores clicks on a dialog that has only just appeared (against click-jacking).
      await sleep(1000);
      const [x, y] = [Math.round(button.x + button.width / 2), Math.round(button.y + button.height / 2)];
      execFileSync('xdotool', ['mousemove', String(x), String(y), 'click', '1'], { env: display.env });
    },
    async close() {
      await browser.close();
      fs.rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}

const display = await startAccessibleDisplay({ width: 1200, height: 900 });
try {
  if (process.env.E2E_SCENARIO !== 'hostile') await runInBrowser('chromium', 'launch Chromium (Xvfb, accessibility on) with Katib installed', () => launch(display));
  if (process.env.E2E_SCENARIO !== 'main') await runHostileInBrowser('chromium', 'launch Chromium again (a fresh profile) for the hostile pages', () => launch(display));
} finally {
  await display.stop();
}
