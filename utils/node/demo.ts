/**
 * `npm start`: builds the extension for Chromium and Firefox, serves the bundled demo pages on
 * 127.0.0.1 and opens a browser with Katib loaded on them. Without a display it says so, prints how to
 * load the built folders by hand, and exits (pass --serve to keep the demo server running).
 *
 *   npm start                 Chromium (default)
 *   npm start -- --firefox    Firefox ESR
 *   npm start -- --serve      build and serve only
 */

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from './demo-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv3');
const DEMO_PORT = 8377;
const args = new Set(process.argv.slice(2));

function run(command: string, commandArgs: string[]): void {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
}

function findBinary(candidates: string[]): string | null {
  for (const name of candidates) {
    if (path.isAbsolute(name)) {
      if (fs.existsSync(name)) return name;
      continue;
    }
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
    if (found) return found;
  }
  return null;
}

function printManualSteps(origin: string): void {
  console.log(`
How to load Katib by hand:
  Chromium/Chrome: open chrome://extensions, turn on "Developer mode", choose "Load unpacked"
                   and select ${CHROME_BUILD}
  Firefox:         open about:debugging#/runtime/this-firefox, choose "Load Temporary Add-on…"
                   and select ${path.join(FIREFOX_BUILD, 'manifest.json')}
Then open the demo pages at ${origin}/ (run \`npm start -- --serve\` to keep them served).`);
}

async function main(): Promise<void> {
  console.log('Building Katib for Chromium and Firefox…');
  run('npx', ['wxt', 'build']);
  run('npx', ['wxt', 'build', '-b', 'firefox']);

  const server = await startDemoServer(DEMO_PORT).catch(() => startDemoServer(0));
  const start = `${server.origin}/`;
  console.log(`Demo pages (${server.pages.length}) served at ${start}`);

  const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin' || process.platform === 'win32';
  const firefox = args.has('--firefox');
  const browser = firefox ? findBinary(['firefox-esr', 'firefox']) : findBinary(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);
  if (args.has('--serve') || !hasDisplay || !browser) {
    if (!hasDisplay) console.log('\nNo display is available here, so no browser is opened.');
    else if (!browser) console.log(`\n${firefox ? 'Firefox' : 'Chromium'} is not installed, so no browser is opened.`);
    printManualSteps(server.origin);
    if (!args.has('--serve')) {
      await server.close();
      return;
    }
    console.log('\nServing until you press Ctrl+C.');
    return;
  }

  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'katib-demo-'));
  const child = firefox
    ? spawn('npx', ['web-ext', 'run', '--source-dir', FIREFOX_BUILD, '--firefox', browser, '--firefox-profile', profile, '--start-url', start, '--no-reload'], { cwd: ROOT, stdio: 'inherit' })
    : spawn(
        browser,
        [
          `--user-data-dir=${profile}`,
          `--load-extension=${CHROME_BUILD}`,
          `--disable-extensions-except=${CHROME_BUILD}`,
          '--no-first-run',
          '--no-default-browser-check',
          // Chromium refuses to start as root (containers, CI machines) unless its sandbox is off.
          ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
          // Demo pages link their real sites' images and styles; failing those at once keeps pages fast offline.
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
          start,
        ],
        { stdio: 'inherit' },
      );
  console.log(`Opened ${firefox ? 'Firefox' : 'Chromium'} with Katib loaded. Close the browser to stop.`);
  child.on('exit', async () => {
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
