/**
 * The end-to-end scenario, the same in Chromium and Firefox: golden Arabic and Turkish pages served on
 * 127.0.0.1 are clipped with the toolbar popup and with the real "Clip article" context-menu item; the
 * records in IndexedDB are checked against the golden files; the reader's computed direction, the
 * library's folded search, a CSV export through the real download path and re-clipping are checked;
 * screenshots are saved for people to look at.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Page } from 'puppeteer-core';
import { startDemoServer, type DemoServer } from '../../utils/node/demo-server';
import { CLIP_SCHEMA_VERSION, type Clip } from '../../utils/library/clip';
import type { Mentions } from '../../utils/mentions/mention-types';
import { translatorFor } from '../../utils/i18n/catalogs';
import { PAGES_DIR } from '../support/golden-pages';
import { hashOf, makeRecord } from '../library/records';
import type { E2EDriver } from './support/driver';
import { assert, assertEqual, keepForReadme, poll, Run, shotPath, sleep } from './support/harness';

/** Clipped with the toolbar popup. */
const POPUP_PAGES = ['ar-masr-tadamon-maya-morsi', 'tr-aile-bakanligi-iit-konferansi'] as const;
/** Clipped with the page's context menu. */
const MENU_PAGES = ['ar-wataniya-published-time-arabic', 'tr-aa-haber-ajansi'] as const;

interface Golden {
  title: string;
  lang: string;
  dir: string;
  publishedAt: string | null;
  mentions: Mentions;
  text: string;
}

function golden(slug: string): Golden {
  const metadata = JSON.parse(fs.readFileSync(path.join(PAGES_DIR, slug, 'expected-metadata.json'), 'utf8')) as Golden;
  return { ...metadata, text: fs.readFileSync(path.join(PAGES_DIR, slug, 'expected.txt'), 'utf8') };
}

type LibraryQuery = { kind: 'all' } | { kind: 'count' } | { kind: 'by-url'; url: string };

/** Runs in a Katib page: reads the library's database directly (every clip, their number, or one by address). */
function queryLibraryInPage(query: LibraryQuery): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('katib');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const store = db.transaction('clips').objectStore('clips');
      const read = query.kind === 'count' ? store.count() : query.kind === 'by-url' ? store.index('url').get(query.url) : store.getAll();
      read.onsuccess = () => {
        db.close();
        resolve(read.result);
      };
      read.onerror = () => reject(read.error);
    };
  });
}

/**
 * Runs `probe` on the open toolbar popup's document, reached from another Katib page through
 * `extension.getViews` (the popup is a real extension page in both browsers, but only Chromium exposes
 * it to the test protocol). Returns null while no popup is open.
 */
async function inPopup<T>(helper: Page, probe: (doc: Document) => T): Promise<T | null> {
  return helper.evaluate(`(() => {
    const api = globalThis.browser ?? globalThis.chrome;
    const view = api.extension.getViews({ type: 'popup' })[0];
    return view ? (${probe.toString()})(view.document) : null;
  })()`) as Promise<T | null>;
}

async function closePopup(helper: Page): Promise<void> {
  await helper.evaluate(`(() => { const api = globalThis.browser ?? globalThis.chrome; for (const v of api.extension.getViews({ type: 'popup' })) v.close(); })()`);
  await poll(async () => (await inPopup(helper, () => true)) === null, 'the popup to close', 5000);
}

function checkRecord(clip: Clip, slug: string, pageUrl: string): void {
  const expected = golden(slug);
  assertEqual(clip.url, pageUrl, `${slug}: url`);
  assertEqual(clip.title, expected.title, `${slug}: title`);
  assertEqual(clip.lang, expected.lang, `${slug}: lang`);
  assertEqual(clip.dir, expected.dir, `${slug}: dir`);
  assertEqual(clip.publishedAt, expected.publishedAt, `${slug}: publishedAt`);
  assertEqual(clip.text.trim(), expected.text.trim(), `${slug}: text`);
  assertEqual(clip.version, 1, `${slug}: version`);
}

export async function runScenario(driver: E2EDriver, server: DemoServer, run: Run): Promise<void> {
  const pageUrl = (slug: string) => `${server.origin}/pages/${slug}/`;
  const helper = await run.step('open a Katib page to watch the library', () => driver.openExtensionPage('library.html'));
  const queryLibrary = (query: LibraryQuery) => helper.evaluate(queryLibraryInPage, query);
  const clips = () => queryLibrary({ kind: 'all' }) as Promise<Clip[]>;
  const clipCount = () => queryLibrary({ kind: 'count' }) as Promise<number>;
  const clipOf = (slug: string) => queryLibrary({ kind: 'by-url', url: pageUrl(slug) }) as Promise<Clip | undefined>;

  await run.step('the popup explains why a listing page cannot be clipped', async () => {
    const listing = await driver.openTab(`${server.origin}/`);
    await driver.pressToolbarButton(listing);
    const problem = await poll(() => inPopup(helper, (doc) => doc.querySelector<HTMLElement>('[data-testid=problem]')?.dataset.problem ?? null), 'the popup to report a problem');
    assertEqual(problem, 'no-article', 'problem code');
    const message = await inPopup(helper, (doc) => doc.querySelector('[data-testid=problem]')?.textContent ?? '');
    assert(message?.includes('No article found'), 'a message that says why', message);
    await closePopup(helper);
    await listing.close();
  });

  for (const slug of POPUP_PAGES) {
    await run.step(`toolbar popup → Clip: ${slug}`, async () => {
      const page = await driver.openTab(pageUrl(slug));
      await driver.pressToolbarButton(page);
      const title = await poll(() => inPopup(helper, (doc) => doc.querySelector('[data-testid=popup-title]')?.textContent ?? null), 'the popup to show the page');
      assertEqual(title, golden(slug).title, 'title shown in the popup');
      if (slug === POPUP_PAGES[0]) {
        await page.screenshot({ path: shotPath(`${driver.name}-page-${slug}`) });
        await driver.screenshotPopup?.(shotPath(`${driver.name}-popup-${slug}`));
      }
      await inPopup(helper, (doc) => (doc.querySelector('[data-testid=clip]') as HTMLButtonElement).click());
      const status = await poll(() => inPopup(helper, (doc) => doc.querySelector<HTMLElement>('[data-testid=clip-status]')?.dataset.status ?? null), 'the popup to report the clip');
      assertEqual(status, 'added', 'popup clip status');
      const tabId = Number(await inPopup(helper, (doc) => doc.querySelector<HTMLElement>('[data-testid=popup-ready]')?.dataset.tabId));
      const badge = await poll(() => helper.evaluate((id) => ((globalThis as any).browser ?? (globalThis as any).chrome).action.getBadgeText({ tabId: id }), tabId), 'the clipped badge');
      assertEqual(badge, '✓', 'toolbar badge on the clipped tab');
      await closePopup(helper);
      checkRecord(await poll(() => clipOf(slug), `the record of ${slug} in IndexedDB`), slug, pageUrl(slug));
      await page.close();
    });
  }

  for (const slug of MENU_PAGES) {
    await run.step(`context menu → "Clip article": ${slug}`, async () => {
      const page = await driver.openTab(pageUrl(slug));
      await driver.chooseContextMenuItem(page, 'Clip article');
      checkRecord(await poll(() => clipOf(slug), `the record of ${slug} in IndexedDB`), slug, pageUrl(slug));
      await page.close();
    });
  }

  await run.step('re-clipping never duplicates (popup and menu)', async () => {
    const before = await clips();
    assertEqual(before.length, 4, 'four clips');
    const arabic = await driver.openTab(pageUrl(POPUP_PAGES[0]));
    await driver.pressToolbarButton(arabic);
    const state = await poll(() => inPopup(helper, (doc) => doc.querySelector<HTMLElement>('[data-testid=clip-state]')?.dataset.same ?? null), 'the popup to say the page is clipped');
    assertEqual(state, 'true', 'popup: clipped, unchanged');
    await inPopup(helper, (doc) => (doc.querySelector('[data-testid=clip]') as HTMLButtonElement).click());
    const status = await poll(() => inPopup(helper, (doc) => doc.querySelector<HTMLElement>('[data-testid=clip-status]')?.dataset.status ?? null), 'the re-clip outcome');
    assertEqual(status, 'unchanged', 'popup re-clip status');
    await closePopup(helper);
    await arabic.close();

    const turkish = await driver.openTab(pageUrl(MENU_PAGES[1]));
    const clippedBefore = (await clipOf(MENU_PAGES[1]))!.clippedAt;
    await driver.chooseContextMenuItem(turkish, 'Clip article');
    await poll(async () => (await clipOf(MENU_PAGES[1]))!.clippedAt !== clippedBefore, 'the menu re-clip to move clippedAt');
    await turkish.close();

    const after = await clips();
    assertEqual(after.length, 4, 'still four clips');
    assertEqual(after.map((c) => c.version).sort(), [1, 1, 1, 1], 'no new versions');
  });

  const ids = Object.fromEntries(await Promise.all([...POPUP_PAGES, ...MENU_PAGES].map(async (slug) => [slug, (await clipOf(slug))!.id] as const)));

  for (const [slug, dir] of [
    [POPUP_PAGES[0], 'rtl'],
    [POPUP_PAGES[1], 'ltr'],
  ] as const) {
    await run.step(`reader shows ${slug} ${dir}, light and dark`, async () => {
      const reader = await driver.openExtensionPage(`reader.html?clip=${encodeURIComponent(ids[slug]!)}`);
      await poll(() => reader.evaluate(() => document.querySelectorAll('[data-testid=article-body] p').length > 2), 'the article in the reader');
      const styles = await reader.evaluate(() => {
        const body = document.querySelector('[data-testid=article-body]')!;
        const paragraphs = [...body.querySelectorAll('p')].map((p) => getComputedStyle(p));
        const title = getComputedStyle(document.querySelector('[data-testid=reader-title]')!);
        return {
          title: title.direction,
          titleAlign: title.textAlign,
          paragraphs: [...new Set(paragraphs.map((s) => s.direction))],
          fonts: [...new Set(paragraphs.map((s) => s.fontFamily.split(',')[0]!.replace(/["']/g, '').trim()))],
          letterSpacing: [...new Set(paragraphs.map((s) => s.letterSpacing))],
          // Paragraphs of figures only keep the article's direction; every paragraph with letters decides its own.
          blocksWithAutoDir: body.querySelectorAll('p[dir=auto]').length,
          paragraphCount: [...body.querySelectorAll('p')].filter((p) => /\p{L}/u.test(p.textContent ?? '')).length,
        };
      });
      assertEqual(styles.title, dir, 'computed direction of the title');
      assertEqual(styles.paragraphs, [dir], 'computed direction of every paragraph');
      assertEqual(styles.blocksWithAutoDir, styles.paragraphCount, 'every paragraph with letters has dir=auto');
      assertEqual(styles.fonts, [dir === 'rtl' ? 'Noto Naskh Arabic' : 'Literata'], 'reading face');
      if (dir === 'rtl') assertEqual(styles.letterSpacing, ['normal'], 'no letter-spacing on Arabic');
      const face = dir === 'rtl' ? 'Noto Naskh Arabic' : 'Literata';
      const loaded = await poll(
        () => reader.evaluate(async (family) => {
          await document.fonts.ready;
          return [...document.fonts].some((f) => f.family.replace(/["']/g, '') === family && f.status === 'loaded');
        }, face),
        `the bundled ${face} face to load`,
      );
      assert(loaded, `${face} loaded from the extension`);
      const lang = slug.slice(0, 2);
      await reader.screenshot({ path: shotPath(`${driver.name}-reader-${lang}-light`) });
      if (lang === 'ar') keepForReadme(`${driver.name}-reader-${lang}-light`);
      await reader.click('[data-testid=theme-dark]');
      await poll(() => reader.evaluate(() => document.documentElement.dataset.theme === 'dark'), 'the dark theme');
      const background = await reader.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assertEqual(background, 'rgb(22, 24, 27)', 'dark background');
      await sleep(100);
      await reader.screenshot({ path: shotPath(`${driver.name}-reader-${lang}-dark`) });
      await reader.click('[data-testid=theme-light]');
      await poll(() => reader.evaluate(() => document.documentElement.dataset.theme === 'light'), 'the light theme again');
      await reader.close();
    });
  }

  await run.step('library in Arabic finds clips by folded Arabic and Turkish İ/ı queries', async () => {
    const options = await driver.openExtensionPage('options.html');
    await poll(() => options.$('[data-testid=opt-language]'), 'the settings page');
    await options.select('[data-testid=opt-language]', 'ar');
    await poll(() => options.evaluate(() => document.documentElement.dir === 'rtl'), 'the settings page to turn Arabic');
    await poll(() => options.evaluate(() => document.querySelectorAll('[data-testid^=shortcut-]').length === 3), 'the shortcuts listed');
    await options.screenshot({ path: shotPath(`${driver.name}-options-ar`) });
    await options.close();

    const library = await driver.openExtensionPage('library.html');
    await poll(() => library.evaluate(() => document.querySelectorAll('[data-testid=clip-row]').length === 4), 'four clips listed');
    const uiDirection = await library.evaluate(() => getComputedStyle(document.documentElement).direction);
    assertEqual(uiDirection, 'rtl', 'the library interface mirrors in Arabic');
    const search = async (query: string) => {
      await library.click('[data-testid=search]', { count: 3 });
      await library.keyboard.press('Backspace');
      await library.type('[data-testid=search]', query);
      return poll(
        () => library.evaluate((q) => {
          const input = document.querySelector<HTMLInputElement>('[data-testid=search]')!;
          const counter = document.querySelector<HTMLElement>('[data-testid=result-count]');
          // The list shows the results of the query once the counter says which query it counted.
          if (input.value !== q || counter?.dataset.query !== q) return null;
          const count = Number(counter.dataset.count);
          const rows = [...document.querySelectorAll<HTMLElement>('[data-testid=clip-row]')].map((r) => r.dataset.clipId);
          return count === rows.length ? rows : null;
        }, query),
        `results for "${query}"`,
      );
    };
    // ه for ة, bare alef for أ: the clip says "وزيرة التضامن".
    assertEqual(await search('وزيره التضامن'), [ids[POPUP_PAGES[0]]], 'folded Arabic query');
    // Upper-case İ and I: the clip says "İİT Bakanlar Konferansı".
    assertEqual(await search('İİT KONFERANSI'), [ids[POPUP_PAGES[1]]], 'Turkish İ/ı query');
    await search('زززز');
    await library.screenshot({ path: shotPath(`${driver.name}-library-ar-no-results`) });
    await library.click('[data-testid=search]', { count: 3 });
    await library.keyboard.press('Backspace');
    await poll(() => library.evaluate(() => document.querySelectorAll('[data-testid=clip-row]').length === 4), 'all clips listed again');
    await library.screenshot({ path: shotPath(`${driver.name}-library-ar`) });
    keepForReadme(`${driver.name}-library-ar`);
    await library.close();
  });

  await run.step('CSV export through the real download path parses back', async () => {
    for (const file of fs.readdirSync(driver.downloadsDir)) fs.rmSync(path.join(driver.downloadsDir, file), { force: true });
    const library = await driver.openExtensionPage('library.html');
    await poll(() => library.$('[data-testid=export]'), 'the export button');
    await library.click('[data-testid=export]');
    await poll(() => library.$('[data-testid=export-run]'), 'the export dialog');
    await library.click('[data-testid=export-format-csv]');
    await library.click('[data-testid=export-scope-all]');
    await library.click('[data-testid=export-run]');
    const file = await poll(
      () => fs.readdirSync(driver.downloadsDir).find((f) => f.endsWith('.csv') && fs.statSync(path.join(driver.downloadsDir, f)).size > 0),
      'the CSV file in the downloads folder',
      20_000,
    );
    await sleep(300);
    const bytes = fs.readFileSync(path.join(driver.downloadsDir, file));
    assertEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    assert(/^katib-\d{4}-\d{2}-\d{2}\.csv$/.test(file), 'file name', file);
    const rows = parseCsv(bytes.toString('utf8'), { bom: true, columns: true, relax_quotes: false }) as Array<Record<string, string>>;
    assertEqual(rows.length, 4, 'one row per clip');
    const stored = await clips();
    for (const clip of stored) {
      const row = rows.find((r) => r.id === clip.id);
      assert(row, `a row for ${clip.id}`);
      assertEqual(row.title, clip.title, 'title cell');
      assertEqual(row.text, clip.text, 'text cell, newlines and Arabic intact');
      assertEqual(row.lang, clip.lang, 'lang cell');
      assertEqual(row.tags, clip.tags.join('; '), 'tags joined with "; "');
    }
    await library.close();
  });

  await run.step('"Open in reader" from the menu; edit tags and note; clip from the reader', async () => {
    const slug = 'ar-trt-arabi-mixed';
    const page = await driver.openTab(pageUrl(slug));
    // The interface is in Arabic since the library step, and so are Katib's menu items.
    await driver.chooseContextMenuItem(page, translatorFor('ar').t('menuOpenReader'));
    const reader = await poll(async () => {
      for (const candidate of await driver.browser.pages()) if ((await driver.hrefOf(candidate)).startsWith(`${driver.extensionBase}reader.html?tab=`)) return candidate;
      return null;
    }, 'the reader tab');
    await poll(() => reader.evaluate(() => !!document.querySelector('[data-testid=reader-state]')), 'the page in the reader');
    const isolated = await reader.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid=article-body] bdi[dir=ltr]')].map((b) => [b.textContent, getComputedStyle(b).direction, getComputedStyle(b).unicodeBidi]),
    );
    assert(isolated.some(([text, direction, bidi]) => text === 'Türkiye Maarif Vakfı' && direction === 'ltr' && bidi === 'isolate'), 'the Turkish name isolated inside Arabic text', isolated);
    await reader.screenshot({ path: shotPath(`${driver.name}-reader-ar-mixed`) });
    await reader.click('[data-testid=reader-edit]');
    await poll(() => reader.$('[data-testid=edit-tags]'), 'the edit panel');
    await reader.type('[data-testid=edit-tags]', 'تعليم، Maarif');
    await reader.type('[data-testid=edit-note]', 'Eğitim diplomasisi');
    await reader.click('[data-testid=edit-submit]');
    await poll(async () => (await driver.hrefOf(reader)).includes('reader.html?clip='), 'the reader to show the new clip');
    const clip = await poll(() => clipOf(slug), 'the clip saved from the reader');
    assertEqual(clip.userTags, ['تعليم', 'Maarif'], 'user tags split on the Arabic comma');
    assertEqual(clip.note, 'Eğitim diplomasisi', 'note');
    assertEqual(clip.title, golden(slug).title, 'title');
    await reader.close();
    await page.close();
  });

  await run.step('10,000 imported clips: report, a virtualised list, delete and undo', async () => {
    const file = writeLargeImport(10_000);
    const library = await driver.openExtensionPage('library.html');
    await poll(() => library.$('[data-testid=import-file]'), 'the import control');
    const input = await library.$('[data-testid=import-file]');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    const report = await poll(
      () => library.evaluate(() => {
        const dialog = document.querySelector<HTMLElement>('[data-testid=import-report]');
        return dialog ? { ok: dialog.dataset.ok, added: dialog.querySelector('[data-testid=import-added]')?.textContent } : null;
      }),
      'the import report',
      120_000,
      250,
    );
    assertEqual(report, { ok: 'true', added: translatorFor('ar').t('importAdded', { count: 10_000 }) }, 'import report');
    await library.click('[data-testid=import-report] .button.primary');
    const total = 10_005;
    assertEqual(await clipCount(), total, 'clips in IndexedDB');
    const listed = await poll(
      () => library.evaluate((expected) => {
        const count = Number(document.querySelector<HTMLElement>('[data-testid=result-count]')?.dataset.count);
        return count === expected ? { count, rows: document.querySelectorAll('[data-testid=clip-row]').length } : null;
      }, total),
      'the list to count every clip',
    );
    assertEqual(listed.count, total, 'result count');
    assert(listed.rows > 3 && listed.rows < 60, 'only the rows in view are drawn', listed.rows);
    const bottom = await library.evaluate(async () => {
      const list = document.querySelector<HTMLElement>('[data-testid=clip-list]')!;
      list.scrollTop = list.scrollHeight;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const rows = [...list.querySelectorAll<HTMLElement>('[role=listitem]')];
      return { rows: rows.length, lastTop: Math.max(...rows.map((r) => parseFloat(r.style.top))), height: list.scrollHeight };
    });
    assert(bottom.rows < 60 && bottom.lastTop >= bottom.height - 200, 'the last rows drawn after scrolling to the end', bottom);
    await library.evaluate(() => {
      const list = document.querySelector<HTMLElement>('[data-testid=clip-list]')!;
      list.scrollTop = 0;
    });
    await sleep(100);
    await library.screenshot({ path: shotPath(`${driver.name}-library-10k`) });

    const checks = await library.$$('[data-testid=clip-select]');
    await checks[0]!.click();
    await checks[1]!.click();
    await poll(() => library.evaluate(() => document.querySelector<HTMLElement>('[data-testid=selected-count]')?.dataset.count === '2'), 'two selected');
    await library.click('[data-testid=delete-selected]');
    await poll(async () => (await clipCount()) === total - 2, 'two clips deleted');
    const undo = await poll(() => library.$('[data-testid=toasts] .button'), 'the undo button');
    await undo.click();
    await poll(async () => (await clipCount()) === total, 'the deleted clips restored');
    await library.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  await run.step('the keyboard shortcut Alt+Shift+S clips the page', async () => {
    const commands = await helper.evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).commands.getAll());
    const shortcuts = Object.fromEntries((commands as Array<{ name: string; shortcut: string }>).map((c) => [c.name, c.shortcut]));
    // A suggested key the browser refuses stays silently unassigned: every command must have its key.
    assertEqual(shortcuts, { _execute_action: 'Alt+Shift+K', 'clip-article': 'Alt+Shift+S', 'open-reader': 'Alt+Shift+O' }, 'assigned shortcuts');
    const slug = 'tr-yerel-haber-anahtar-kelime';
    const page = await driver.openTab(pageUrl(slug));
    await driver.pressShortcut(page, 'Alt+Shift+S');
    checkRecord(await poll(() => clipOf(slug), `the record of ${slug} in IndexedDB`), slug, pageUrl(slug));
    await page.close();
  });

  await run.step('"Clip link" asks for the site once, then clips the linked page in a background tab', async () => {
    const slug = 'tr-belediye-kisa-duyuru';
    const listing = await driver.openTab(`${server.origin}/`);
    const tabsBefore = (await driver.browser.pages()).length;
    await driver.chooseContextMenuItem(listing, translatorFor('ar').t('menuClipLink'), `a[href="/pages/${slug}/"]`);
    await driver.allowPermissionPrompt();
    checkRecord(await poll(() => clipOf(slug), `the record of ${slug} in IndexedDB`, 30_000), slug, pageUrl(slug));
    const origins = await helper.evaluate(async () => (await ((globalThis as any).browser ?? (globalThis as any).chrome).permissions.getAll()).origins);
    assertEqual(origins, ['http://127.0.0.1/*'], 'only the link\'s site was granted');
    await poll(async () => (await driver.browser.pages()).length === tabsBefore, 'the background tab to close');
    await listing.close();
  });

  await run.step('reader: the people and organisations named, as chips that open the library filtered by name', async () => {
    const slug = POPUP_PAGES[0];
    const clip = await poll(() => clipOf(slug), `the clip of ${slug}`);
    const reader = await driver.openExtensionPage(`reader.html?clip=${encodeURIComponent(clip.id)}`);
    await poll(() => reader.$('[data-testid=mentions]'), 'the mention chips');
    const chips = await reader.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid=mentions] a.mention')].map((a) => ({
        kind: a.dataset.kind,
        name: a.querySelector('.mention-name')?.textContent,
        role: a.querySelector('.mention-role')?.textContent ?? null,
      })),
    );
    const { mentions } = golden(slug);
    assertEqual(
      chips,
      [...mentions.people.map((p) => ({ kind: 'person', name: p.name, role: p.role ?? null })), ...mentions.organisations.map((o) => ({ kind: 'organisation', name: o.name, role: null }))],
      'a chip for every person (with role) and organisation of the record',
    );
    await reader.screenshot({ path: shotPath(`${driver.name}-reader-mentions`) });
    const person = mentions.people[0]!.name;
    const naming = (await clips()).filter((c) => c.mentions.people.some((p) => p.name === person)).map((c) => c.title);
    await reader.evaluate((name) => [...document.querySelectorAll<HTMLElement>('[data-testid=mentions] a.mention')].find((a) => a.querySelector('.mention-name')?.textContent === name)!.click(), person);
    const listed = await poll(
      () => reader.evaluate((expected) => {
        const count = Number(document.querySelector<HTMLElement>('[data-testid=result-count]')?.dataset.count);
        const filter = document.querySelector<HTMLSelectElement>('[data-testid=filter-mention]')?.value;
        return count === expected ? { filter, titles: [...document.querySelectorAll('[data-testid=clip-row] [data-testid=clip-title]')].map((t) => t.textContent) } : null;
      }, naming.length),
      'the library filtered to the clips naming the person',
    );
    assertEqual(listed.filter, person, 'the mention filter holds the name');
    assertEqual([...listed.titles].sort(), [...naming].sort(), 'exactly the clips that name the person');
    await reader.close();
  });

  await run.step('reader: translation on the device where the browser has it, a plain message where not', async () => {
    const clip = await poll(() => clipOf(POPUP_PAGES[0]), 'the Arabic clip');
    const reader = await driver.openExtensionPage(`reader.html?clip=${encodeURIComponent(clip.id)}`);
    await poll(() => reader.$('[data-testid=translate-toggle]'), 'the translation button');
    await reader.click('[data-testid=translate-toggle]');
    const panel = await poll(
      () => reader.evaluate(() => {
        const section = document.querySelector<HTMLElement>('[data-testid=translation-panel]');
        const phase = section?.dataset.phase;
        if (!phase || phase === 'checking' || phase === 'idle') return null;
        const notice = document.querySelector<HTMLElement>('[data-testid=translation-unavailable]');
        return { phase, reason: notice?.dataset.reason ?? null, message: notice?.textContent ?? null, start: document.querySelector('[data-testid=translation-start]')?.textContent ?? null };
      }),
      'the translation panel to know what the browser offers',
    );
    const ui = translatorFor('ar');
    if (driver.name === 'firefox') {
      // Firefox has no Translator API: the reader says so and keeps the original.
      assertEqual(panel, { phase: 'unavailable', reason: 'no-api', message: ui.t('translateNoApi'), start: null }, 'Firefox: no translation on this device');
    } else {
      // Chromium 156 has the API; the Arabic→English model is not on this machine, so it offers the download.
      assertEqual(panel, { phase: 'ready', reason: null, message: null, start: ui.t('translateDownloadStart') }, 'Chromium: the model offered for download');
      // Offline, the download never starts: the reader shows it waiting, and Cancel stops it cleanly.
      await reader.click('[data-testid=translation-start]');
      await poll(() => reader.$('[data-testid=translation-progress][data-phase=download]'), 'the download progress');
      await reader.screenshot({ path: shotPath(`${driver.name}-reader-translation-download`) });
      await reader.click('[data-testid=translation-cancel]');
      const stopped = await poll(() => reader.evaluate(() => document.querySelector<HTMLElement>('[data-testid=translation-stopped]')?.dataset.phase ?? null), 'the cancelled download');
      assertEqual(stopped, 'cancelled', 'the download cancelled');
    }
    // The original stays on screen: alone, or as the first column beside the (empty) translation.
    const opening = golden(POPUP_PAGES[0]).text.split('\n\n')[0]!.slice(0, 60);
    const originalShown = await reader.evaluate((text) => {
      const shown = document.querySelector('[data-testid=parallel-view] .parallel-cell[data-side=left]')?.closest('[data-testid=parallel-view]') ?? document.querySelector('[data-testid=article-body]');
      return (shown?.textContent ?? '').includes(text);
    }, opening);
    assert(originalShown, 'the original article is still shown', opening);
    await reader.screenshot({ path: shotPath(`${driver.name}-reader-translation`) });
    await reader.close();
  });

  await run.step('reader: the English version alongside, aligned paragraph by paragraph, kept with the clip', async () => {
    const slug = 'ar-kharijiya-ikhtiyar-al-lugha';
    const english = 'en-kharijiya-ikhtiyar-al-lugha';
    const page = await driver.openTab(pageUrl(slug));
    await driver.pressShortcut(page, 'Alt+Shift+S');
    const clip = await poll(() => clipOf(slug), `the clip of ${slug}`);
    await page.close();
    const reader = await driver.openExtensionPage(`reader.html?clip=${encodeURIComponent(clip.id)}`);
    await reader.setViewport({ width: 1280, height: 900 });
    await poll(() => reader.$('[data-testid=alternate-open][data-lang=en]'), 'the offer of the English version');
    // The site was granted by "Clip link" above, so no prompt comes this time.
    await reader.click('[data-testid=alternate-open][data-lang=en]');
    const view = await poll(
      () => reader.evaluate(() => {
        const view = document.querySelector<HTMLElement>('[data-testid=parallel-view]');
        if (!view) return null;
        // No named helpers in here: the test runner's build would wrap them in a function the page lacks.
        const left = [...view.querySelectorAll<HTMLElement>('.parallel-row:not(.parallel-labels) .parallel-cell[data-side=left]')];
        const right = [...view.querySelectorAll<HTMLElement>('.parallel-row:not(.parallel-labels) .parallel-cell[data-side=right]')];
        return {
          left: view.dataset.leftLang,
          right: view.dataset.rightLang,
          rows: view.querySelectorAll('.parallel-row:not(.parallel-labels)').length,
          arabicOnTheRight: left[0]!.getBoundingClientRect().left > right[0]!.getBoundingClientRect().left,
          directions: [getComputedStyle(left[0]!).direction, getComputedStyle(right[0]!).direction],
          englishText: right.map((c) => c.textContent ?? '').join('\n'),
        };
      }),
      'the parallel view',
      30_000,
    );
    const englishGolden = golden(english);
    assertEqual([view.left, view.right, view.arabicOnTheRight, view.directions], ['ar', 'en', true, ['rtl', 'ltr']], 'Arabic on the right, each side in its own direction');
    assert(view.englishText.includes(englishGolden.title), 'the English title heads its column', view.englishText.slice(0, 200));
    for (const paragraph of englishGolden.text.split('\n\n').slice(0, 4)) assert(view.englishText.includes(paragraph.trim()), 'English paragraphs in the right column', paragraph);
    assert(view.rows >= englishGolden.text.split('\n\n').length / 2, 'aligned rows, not one block per side', view.rows);
    await reader.screenshot({ path: shotPath(`${driver.name}-reader-alternate-wide`), fullPage: true });
    await reader.evaluate(() => document.querySelector('[data-testid=parallel-view]')?.scrollIntoView());
    await reader.screenshot({ path: shotPath(`${driver.name}-reader-alternate`) });
    keepForReadme(`${driver.name}-reader-alternate`);
    await reader.setViewport({ width: 640, height: 900 });
    const interleaved = await reader.evaluate(() => {
      const row = document.querySelector('[data-testid=parallel-view] .parallel-row:not(.parallel-labels)')!;
      const [a, b] = [...row.querySelectorAll<HTMLElement>('.parallel-cell')].map((c) => c.getBoundingClientRect());
      return b!.top >= a!.bottom - 1 || a!.top >= b!.bottom - 1;
    });
    assert(interleaved, 'a narrow window stacks each pair of blocks');
    await reader.screenshot({ path: shotPath(`${driver.name}-reader-alternate-narrow`) });
    await reader.setViewport({ width: 1280, height: 900 });
    await reader.click('[data-testid=alternate-keep]');
    const kept = await poll(async () => (await clipOf(slug))?.linkedVersions?.[0], 'the English version kept with the clip');
    assertEqual([kept.lang, kept.url, kept.record.title], ['en', pageUrl(english), englishGolden.title], 'the linked version kept');
    await reader.close();
  });
}

/** A Katib export of `count` generated clips (Arabic and Turkish), written to a temporary folder. */
function writeLargeImport(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'katib-e2e-import-'));
  const clips = Array.from({ length: count }, (_, i) => {
    const lang = i % 2 ? 'ar' : 'tr';
    const text = lang === 'ar' ? `خبر رقم ${i}: التقت الوزيرة وفد المنظمة لبحث التعاون.\n\nوتناول اللقاء سبل الدعم.` : `Haber ${i}: Bakan Yardımcısı heyeti kabul etti.\n\nToplantıda işbirliği ele alındı.`;
    const record = makeRecord({ lang, url: `https://import.example/${lang}/${i}`, text, contentHash: hashOf(text) });
    const clippedAt = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
    return { ...record, id: `import-${i}`, clippedAt, updatedAt: clippedAt, version: 1, note: '', userTags: [], duplicateOf: null };
  });
  const file = path.join(dir, 'katib-import.json');
  fs.writeFileSync(file, JSON.stringify({ format: 'katib-clips', schemaVersion: CLIP_SCHEMA_VERSION, exportedAt: new Date().toISOString(), count, clips }));
  return file;
}

/**
 * Runs the scenario in one browser: serves the demo pages, launches the browser through `launch`,
 * and on failure keeps a screenshot of every open tab. Sets a failing exit status rather than throwing.
 */
export async function runInBrowser(name: E2EDriver['name'], launchTitle: string, launch: () => Promise<E2EDriver>): Promise<void> {
  const run = new Run(name);
  const server = await startDemoServer(0);
  let driver: E2EDriver | undefined;
  try {
    driver = await run.step(launchTitle, launch);
    console.log(`  ${await driver.browser.version()} · ${driver.extensionBase}`);
    await runScenario(driver, server, run);
    console.log(`PASS ${name} e2e (${run.finish()} ms)`);
  } catch (error) {
    process.exitCode = 1;
    console.error(`FAIL ${name} e2e:`, error instanceof Error ? error.stack : error);
    for (const [i, page] of ((await driver?.browser.pages().catch(() => [])) ?? []).entries()) {
      await page.screenshot({ path: shotPath(`${name}-fail-${i}`) }).catch(() => undefined);
    }
  } finally {
    await driver?.close().catch(() => undefined);
    await server.close();
  }
}
