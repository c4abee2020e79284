/**
 * End-to-end run in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (no geckodriver).
 * Katib is installed as a temporary add-on; the toolbar button and the context menu are pressed through
 * the browser's own code paths (privileged scripts in the browser window), as a user's click would.
 *
 *   npm run build:firefox && npx tsx test/e2e/firefox.e2e.ts
 *
 * The hostile-page scenario follows in a second session; E2E_SCENARIO=main or =hostile runs one of them.
 */

import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import type { E2EDriver } from './support/driver';
import { assert, poll, ROOT } from './support/harness';
import { elementPoint, paragraphPoint } from './support/page-target';
import { runHostileInBrowser } from './hostile-scenario';
import { runInBrowser } from './scenario';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = path.join(ROOT, '.output/firefox-mv3');

/** A local port nothing listens on: the proxy every other host goes to, so that they fail at once. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs `fn(window, ...args)` in the browser window's privileged scope (Firefox 153: BiDi chrome contexts). */
function chromeScope(browser: Browser) {
  return async <T>(fn: string, ...args: string[]): Promise<T> => {
    const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: any }> } }).connection;
    const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const top = result.contexts.find((c: { url: string }) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!top) throw new Error('no privileged browser window (Firefox needs --remote-allow-system-access)');
    const reply = await connection.send('script.callFunction', {
      functionDeclaration: `(...a) => (${fn})(window, ...a)`,
      arguments: args.map((value) => ({ type: 'string', value })),
      target: { context: top.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (reply.result.type === 'exception') throw new Error(`chrome scope: ${reply.result.exceptionDetails.text}`);
    return reply.result.result?.value as T;
  };
}

async function launch(): Promise<E2EDriver> {
  assert(fs.existsSync(path.join(BUILD, 'manifest.json')), `no Firefox build at ${BUILD}; run "npm run build:firefox"`);
  const downloadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'katib-e2e-firefox-downloads-'));
  const proxyPort = await closedPort();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1100, height: 820 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloadsDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json,application/x-ndjson',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
      'intl.accept_languages': 'en-US,en',
      // Optional permissions are granted without a prompt, as a person clicking "Allow" would.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  const inChrome = chromeScope(browser);
  const addonId = await browser.installExtension(BUILD);
  assert(addonId === GECKO_ID, 'add-on id from browser_specific_settings', addonId);
  const uuid = await inChrome<string>('(win, id) => WebExtensionPolicy.getByID(id).mozExtensionHostname', addonId);
  const extensionBase = `moz-extension://${uuid}/`;

  const hrefOf = (page: Page) => page.evaluate(() => location.href).catch(() => '');

  return {
    name: 'firefox',
    browser,
    extensionBase,
    downloadsDir,
    hrefOf,
    async openTab(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      return page;
    },
    async openExtensionPage(pathAndQuery) {
      const page = await browser.newPage();
      const url = `${extensionBase}${pathAndQuery}`;
      // puppeteer never sees a moz-extension:// navigation finish, though the page loads: poll instead.
      page.goto(url, { timeout: 5000 }).catch(() => undefined);
      await poll(async () => (await hrefOf(page)) === url && (await page.evaluate(() => document.readyState === 'complete' && !!document.getElementById('app')?.firstChild).catch(() => false)), `${pathAndQuery} to load`);
      return page;
    },
    async pressToolbarButton(page) {
      await page.bringToFront();
      // The same entry point as the toolbar click and the _execute_action shortcut: grants activeTab, opens the popup.
      await inChrome(
        `(win, id) => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const ext = ExtensionParent.GlobalManager.getExtension(id);
          ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(win);
        }`,
        addonId,
      );
    },
    async chooseContextMenuItem(page, label, on) {
      await page.bringToFront();
      const { x, y } = on ? await elementPoint(page, on) : await paragraphPoint(page);
      await page.mouse.click(x, y, { button: 'right' });
      // The menu that holds the item: the context menu itself, or Katib's submenu of it.
      const itemPopup = `(win, label) => {
        const menu = win.document.getElementById('contentAreaContextMenu');
        const item = [...menu.querySelectorAll('menuitem')].find((i) => i.label === label && !i.hidden && !i.disabled);
        return menu.state === 'open' && item ? item.closest('menupopup') : null;
      }`;
      await poll(() => inChrome<boolean>(`(win, label) => !!(${itemPopup})(win, label)`, label), `the context menu with "${label}"`);
      // Katib's page items sit in a "Katib" submenu: open it as hovering it would, then choose the item
      // (activateItem is what a click on an item does: menus.onClicked fires with activeTab granted).
      await inChrome(
        `(win, label) => {
          const popup = (${itemPopup})(win, label);
          if (popup.id !== 'contentAreaContextMenu' && popup.state !== 'open') popup.parentNode.openMenu(true);
        }`,
        label,
      );
      await poll(() => inChrome<boolean>(`(win, label) => (${itemPopup})(win, label)?.state === 'open'`, label), `the menu holding "${label}" to open`);
      await inChrome(
        `(win, label) => {
          const popup = (${itemPopup})(win, label);
          popup.activateItem([...popup.children].find((i) => i.label === label));
        }`,
        label,
      );
      await poll(() => inChrome<boolean>(`(win) => win.document.getElementById('contentAreaContextMenu').state === 'closed'`), 'the context menu to close');
    },
    async pressShortcut(page, shortcut) {
      await page.bringToFront();
      // Firefox handles extension shortcuts with <key> elements in the browser window, which only trusted
      // key presses reach; doCommand runs the same handler the key press would (activeTab, then the command).
      const [key, ...modifiers] = shortcut.split('+').reverse();
      const done = await inChrome<boolean>(
        `(win, key, modifiers) => {
          const wanted = modifiers.toLowerCase().split(',').sort().join(',');
          const element = [...win.document.querySelectorAll('keyset[id^="ext-keyset-id-katib"] key')]
            .find((k) => k.getAttribute('key') === key && (k.getAttribute('modifiers') ?? '').split(',').sort().join(',') === wanted);
          if (!element) return false;
          element.doCommand();
          return true;
        }`,
        key!,
        modifiers.join(','),
      );
      assert(done, `Katib's shortcut ${shortcut} is registered`);
    },
    async allowPermissionPrompt() {
      // extensions.webextOptionalPermissionPrompts=false (set at launch) answers Allow for us.
    },
    async close() {
      await browser.close();
      fs.rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}

if (process.env.E2E_SCENARIO !== 'hostile') await runInBrowser('firefox', 'launch Firefox ESR with Katib installed', launch);
if (process.env.E2E_SCENARIO !== 'main') await runHostileInBrowser('firefox', 'launch Firefox ESR again (a fresh profile) for the hostile pages', launch);
