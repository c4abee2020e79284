// Choose an item by its label in Chromium's real native context menu.
//
// Chromium offers no CDP command for its context menu, and blind key sequences break whenever
// the menu changes (accessibility adds "Get image descriptions from Google", extensions with
// several items get a submenu). So we read the open menu through AT-SPI (atspi-menu.py), move
// the highlight with xdotool, and press Return only once AT-SPI says the wanted item is the
// highlighted one.
//
// Needs Chromium started headful with --force-renderer-accessibility and the `env` from
// startAccessibleDisplay() (accessible-display.mjs), and the system python with Atspi GI
// (ATSPI_PYTHON overrides /usr/bin/python3). NATIVE_MENU_TRACE=1 logs key presses whose effect
// did not show up in time (the driver then re-reads the menu and corrects).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PYTHON = process.env.ATSPI_PYTHON ?? '/usr/bin/python3'; // a pyenv python lacks gi
const MENU_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'atspi-menu.py');
const POLL_MS = 25;
// After keys are sent, how long we wait for AT-SPI to show their effect before we read the
// menu afresh and send keys again; after such a retry, also how long the highlight must stay
// on the target before we trust it (a late key could still move it).
const SETTLE_MS = 1000;

/**
 * The open native menus, outermost first (the last one is the innermost open submenu).
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<Array<{ app: string, items: MenuItem[] }>>}
 * @typedef {{ label: string, name: string, enabled: boolean, selected: boolean, focused: boolean,
 *   submenu: boolean, expanded: boolean }} MenuItem
 */
export async function listOpenMenu(env) {
  const { stdout, stderr, error } = await run(PYTHON, [MENU_SCRIPT], env);
  let parsed;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new Error(`atspi-menu.py failed: ${error?.message ?? ''}\n${stderr}`);
  }
  // The script reports a menu that vanished mid-walk as an error with no menus: for a poller
  // that is just "nothing open right now".
  return parsed.menus;
}

/**
 * Choose `label` in the context menu the caller just opened (e.g. with a right-click).
 * If `submenu` names a top-level item that opens a submenu, the label is looked up in that
 * submenu; if it does not exist (a lone extension item is not grouped), the label is looked up
 * at top level. Without `submenu`, a label missing at top level is searched in each submenu.
 * @param {{ env: NodeJS.ProcessEnv, label: string, submenu?: string, timeoutMs?: number }} options
 * @returns {Promise<{ path: string[], ms: number }>} the labels chosen along the way
 */
export async function chooseContextMenuItem({ env, label, submenu, timeoutMs = 10_000 }) {
  const started = Date.now();
  const deadline = started + timeoutMs;
  const isOpen = (menus) => menus.length > 0 && menus[0].items.length > 0;
  const [top] = await waitForMenus(env, isOpen, deadline, 'a context menu to open');
  const route = [];
  const notes = []; // what we tried, for the "not found" error

  if (submenu && find(top.items, submenu)?.submenu) {
    await enterSubmenu(env, submenu, 0, deadline);
    route.push(submenu);
  } else if (submenu) {
    notes.push(`there is no submenu "${submenu}"`);
  } else if (!find(top.items, label)) {
    // Chromium groups an extension's items under its name; look in each submenu in turn.
    for (const item of top.items.filter((i) => i.submenu && i.enabled)) {
      const [, inner] = await enterSubmenu(env, item.label, 0, deadline);
      if (find(inner.items, label)) {
        route.push(item.label);
        break;
      }
      notes.push(`submenu "${item.label}" has ${inner.items.map((i) => i.label).join(' | ')}`);
      await pressKeys(env, ['Left']); // closes the submenu, keeps the top-level menu open
      await waitForMenus(env, (menus) => menus.length === 1, deadline, `submenu "${item.label}" to close`);
    }
  }

  const where = route.length ? `looked in submenu "${route.join(' > ')}"` : 'looked at top level';
  await highlight(env, label, route.length, deadline, [where, ...notes].join('; '));
  await pressKeys(env, ['Return']);
  await waitForMenus(env, (menus) => menus.length === 0, deadline, 'the menu to close after Return');
  return { path: [...route, label], ms: Date.now() - started };
}

/**
 * Close every open native menu (Escape closes one level at a time). For clean-up after a
 * failed choice, which leaves the menu open so that a screenshot shows where it stopped.
 * @param {NodeJS.ProcessEnv} env
 */
export async function closeOpenMenus(env, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (let menus = await listOpenMenu(env); menus.length; ) {
    if (Date.now() > deadline) throw new Error(`menus still open after ${timeoutMs} ms: ${describeMenus(menus)}`);
    await pressKeys(env, ['Escape']);
    const open = menus.length;
    // If the level did not close in time, read again and send another Escape.
    const closed = await waitForMenus(env, (m) => m.length < open, Math.min(deadline, Date.now() + SETTLE_MS), null);
    menus = closed ?? (await listOpenMenu(env));
  }
}

/** Move the highlight in the menu at `depth` (0 = top level) onto `label`, verified by AT-SPI. */
async function highlight(env, label, depth, deadline, where = '') {
  let unsettled = false; // keys were sent whose effect we never saw: they may still be in flight
  for (;;) {
    const menus = await listOpenMenu(env);
    const menu = menus[depth];
    if (!menu || menus.length !== depth + 1) {
      throw new Error(`expected ${depth + 1} open menu level(s), saw ${describeMenus(menus)}`);
    }
    const target = menu.items.findIndex((i) => matches(i, label));
    if (target < 0) {
      throw new Error(`no menu item "${label}"${where ? ` (${where})` : ''}. Open menus: ${describeMenus(menus)}`);
    }
    const current = menu.items.findIndex((i) => i.selected);
    if (current === target && !unsettled) return;
    if (Date.now() > deadline) {
      throw new Error(`could not highlight "${label}" in time. Open menus: ${describeMenus(menus)}`);
    }
    if (current === target) {
      // Late keys could still move the highlight off the target: look again after they had time.
      unsettled = false;
      await new Promise((res) => setTimeout(res, SETTLE_MS));
      continue;
    }

    // Keys visit every item, disabled ones too, and skip separators (which AT-SPI does not list
    // as items), so the index difference is the number of presses. With nothing highlighted,
    // the first Down lands on item 0. Chromium wraps around at both ends.
    const steps = current < 0 ? target + 1 : target - current;
    await pressKeys(env, Array(Math.abs(steps)).fill(steps > 0 ? 'Down' : 'Up'));
    const onTarget = (m) => m[depth]?.items[target]?.selected;
    const seen = await waitForMenus(env, onTarget, Math.min(deadline, Date.now() + SETTLE_MS), null);
    if (!seen) {
      if (process.env.NATIVE_MENU_TRACE) console.error(`[native-menu] keys not seen in ${SETTLE_MS} ms; retrying`);
      unsettled = true; // not fatal: read the menu again and correct from where it is
    }
  }
}

/** Highlight the submenu item `label` and open it with Right; resolves with all open menus. */
async function enterSubmenu(env, label, depth, deadline) {
  await highlight(env, label, depth, deadline);
  const opened = (menus) => menus.length === depth + 2 && menus[depth + 1].items.length > 0;
  for (;;) {
    await pressKeys(env, ['Right']);
    const menus = await waitForMenus(env, opened, Math.min(deadline, Date.now() + SETTLE_MS), null);
    if (menus) return menus;
    if (Date.now() > deadline) {
      throw new Error(`submenu "${label}" did not open. Open menus: ${describeMenus(await listOpenMenu(env))}`);
    }
  }
}

/**
 * Poll the open menus until `ok(menus)`; resolves with them. On timeout: throws, mentioning
 * `what`, or resolves with null when `what` is null.
 */
async function waitForMenus(env, ok, deadline, what) {
  let menus = [];
  for (;;) {
    menus = await listOpenMenu(env);
    if (ok(menus)) return menus;
    if (Date.now() > deadline) break;
    await new Promise((res) => setTimeout(res, POLL_MS));
  }
  if (what === null) return null;
  throw new Error(`timed out waiting for ${what}. Open menus: ${describeMenus(menus)}`);
}

// Exact match; `name` too, for callers that pass the raw accessible name with its accelerator.
const matches = (item, label) => item.label === label || item.name === label;
const find = (items, label) => items.find((i) => matches(i, label));

function describeMenus(menus) {
  if (!menus.length) return '(none)';
  return menus
    .map((m, depth) => `[${depth}] ` + m.items.map(describeItem).join(' | '))
    .join('; ');
}

// "*" marks the highlighted item, ">" a submenu.
const describeItem = (i) => `${i.selected ? '*' : ''}${i.label}${i.submenu ? ' >' : ''}${i.enabled ? '' : ' (disabled)'}`;

/** xdotool sends real X key events to the focused window, i.e. the menu's keyboard grab. */
async function pressKeys(env, keys) {
  if (!keys.length) return;
  const { error, stderr } = await run('xdotool', ['key', '--delay', '20', ...keys], env);
  if (error) throw new Error(`xdotool key ${keys.join(' ')} failed: ${error.message}\n${stderr}`);
}

function run(cmd, args, env) {
  return new Promise((resolve) => {
    execFile(cmd, args, { env, timeout: 10_000 }, (error, stdout, stderr) => resolve({ error, stdout, stderr }));
  });
}
