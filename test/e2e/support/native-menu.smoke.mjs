#!/usr/bin/env node
// Smoke test of the native context-menu driver (native-menu.mjs) against a throwaway extension
// named "Katib", in headful Chromium on a private accessible X display.
//   node test/e2e/support/native-menu.smoke.mjs [--rounds N]
// Covers: an item inside the extension's submenu (named and found by search), a lone item that
// Chromium shows at top level, and the "not found" error. Exits non-zero on failure, after
// saving a screenshot of the whole X display.
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startAccessibleDisplay } from './accessible-display.mjs';
import { chooseContextMenuItem, closeOpenMenus, listOpenMenu } from './native-menu.mjs';

const ROUNDS = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 1;

// Two 'page' items make Chromium group them under a "Katib" submenu; the single 'selection'
// item stays at top level when text is selected (Chromium then leaves out 'page' items).
// Each click is recorded by title so the test sees what Chromium actually dispatched.
const BACKGROUND = `
const ITEMS = [
  { id: 'clip', title: 'Clip article', contexts: ['page'] },
  { id: 'reader', title: 'Open in reader', contexts: ['page'] },
  { id: 'quote', title: 'Quote selection', contexts: ['selection'] },
];
globalThis.clicks = [];
globalThis.menusReady = false;
chrome.contextMenus.removeAll(() => {
  for (const { id, title, contexts } of ITEMS) chrome.contextMenus.create({ id, title, contexts });
  globalThis.menusReady = true;
});
chrome.contextMenus.onClicked.addListener((info) => {
  globalThis.clicks.push(ITEMS.find((i) => i.id === info.menuItemId).title);
});
`;

const PAGE = `<!doctype html><title>Native menu smoke</title>
<h1>Native menu smoke</h1><p id="quote">Some text to select and quote.</p>`;

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--force-renderer-accessibility', // exposes the browser UI (and its menus) over AT-SPI
  '--window-size=1280,800',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', // fail fast on anything off-box
];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'katib-native-menu-'));
let display, server, browser;
const timings = [];
try {
  const extDir = path.join(tmp, 'ext');
  fs.mkdirSync(extDir);
  const manifest = {
    manifest_version: 3,
    name: 'Katib',
    version: '0.0.1',
    permissions: ['contextMenus'],
    background: { service_worker: 'background.js' },
  };
  fs.writeFileSync(path.join(extDir, 'manifest.json'), JSON.stringify(manifest));
  fs.writeFileSync(path.join(extDir, 'background.js'), BACKGROUND);

  server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;

  display = await startAccessibleDisplay();
  browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: false,
    pipe: true,
    enableExtensions: true, // not the array form: puppeteer-core 24.43.1 does not await it
    defaultViewport: null,
    args: ARGS,
    env: display.env,
  });
  const extId = await browser.installExtension(extDir);
  const swTarget = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extId}/`),
  );
  const sw = await swTarget.worker();
  await poll(() => sw.evaluate(() => globalThis.menusReady), 'context-menu items created');

  const page = (await browser.pages())[0];
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  // A right-click before the window has focus may open no menu at all.
  await page.waitForFunction(() => document.hasFocus(), { timeout: 10_000 });

  /** Right-click a blank spot, or selected text: Chromium then shows a different menu. */
  async function rightClick(selectText) {
    const { x, y } = await page.evaluate((selectText) => {
      const sel = getSelection();
      sel.removeAllRanges();
      if (!selectText) return { x: 900, y: 500 }; // blank page area
      const p = document.getElementById('quote');
      sel.selectAllChildren(p);
      const r = p.getBoundingClientRect();
      return { x: r.left + 40, y: r.top + r.height / 2 };
    }, selectText);
    await page.mouse.click(x, y, { button: 'right' });
  }

  /** Right-click, choose, then check that exactly `expected` reached the extension. */
  async function pick(name, { selectText = false, expected, ...choice }) {
    await sw.evaluate(() => void (globalThis.clicks = []));
    await rightClick(selectText);
    const { path: route, ms } = await chooseContextMenuItem({ env: display.env, ...choice });
    const clicks = await poll(async () => {
      const c = await sw.evaluate(() => globalThis.clicks);
      return c.length ? c : null;
    }, 'contextMenus.onClicked');
    if (clicks.length !== 1 || clicks[0] !== expected) {
      throw new Error(`${name}: expected ["${expected}"], extension saw ${JSON.stringify(clicks)}`);
    }
    timings.push(ms);
    console.log(`  ok ${name}: ${route.join(' > ')} in ${ms} ms`);
  }

  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`round ${round}/${ROUNDS}`);
    await pick('submenu item', { label: 'Clip article', submenu: 'Katib', expected: 'Clip article' });
    await pick('second submenu item', { label: 'Open in reader', submenu: 'Katib', expected: 'Open in reader' });
    await pick('submenu found by search', { label: 'Clip article', expected: 'Clip article' });
    // `submenu` given but absent: a lone extension item is not grouped, so it is found at top level.
    await pick('top-level item', {
      label: 'Quote selection',
      submenu: 'Katib',
      selectText: true,
      expected: 'Quote selection',
    });
  }

  // The error must name what was there, so a failing test explains itself. Without `submenu`
  // the driver also opens and leaves each submenu in turn looking for the label.
  await rightClick(false);
  const err = await chooseContextMenuItem({ env: display.env, label: 'No such item', timeoutMs: 5000 }).catch((e) => e);
  if (!(err instanceof Error) || !/No such item/.test(err.message) || !/Clip article/.test(err.message)) {
    throw new Error(`missing-label error unclear: ${err}`);
  }
  console.log(`  ok missing label: ${err.message}`);
  await closeOpenMenus(display.env);

  timings.sort((a, b) => a - b);
  const median = timings[timings.length >> 1];
  console.log(`PASS ${timings.length} selections; ms per selection: min ${timings[0]}, median ${median}, max ${timings.at(-1)}`);
} catch (e) {
  process.exitCode = 1;
  console.error('FAIL:', e?.stack ?? e);
  if (display) {
    const shot = path.join(os.tmpdir(), `katib-native-menu-fail-${Date.now()}.png`);
    try {
      execFileSync('import', ['-display', display.display, '-window', 'root', shot]);
      console.error('screenshot:', shot);
    } catch (shotError) {
      console.error('no screenshot:', shotError.message);
    }
    console.error('open menus:', JSON.stringify(await listOpenMenu(display.env).catch((x) => String(x))));
  }
} finally {
  await browser?.close().catch(() => {});
  await display?.stop();
  server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}

async function poll(fn, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}
