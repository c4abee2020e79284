// A private X display with a working accessibility (AT-SPI) stack, for driving Chromium's
// native menus in end-to-end tests:
//   Xvfb  ->  session D-Bus  ->  at-spi-bus-launcher (accessibility bus + registry daemon).
// Everything is private to this call (own display, own buses, own runtime dir), so tests can
// run in parallel and never touch a desktop session. `stop()` kills all of it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const AT_SPI_BUS_LAUNCHER = '/usr/libexec/at-spi-bus-launcher';

/**
 * @param {{ width?: number, height?: number, timeoutMs?: number }} [options]
 * @returns {Promise<{ display: string, env: NodeJS.ProcessEnv, stop: () => Promise<void> }>}
 */
export async function startAccessibleDisplay({ width = 1280, height = 800, timeoutMs = 10_000 } = {}) {
  const runtimeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'katib-a11y-'));
  fs.chmodSync(runtimeDir, 0o700); // D-Bus and GLib refuse runtime dirs that others can read
  /** @type {import('node:child_process').ChildProcess[]} */
  const procs = [];
  // Our children lead their own process groups, so a Ctrl+C or a crash of the test would not
  // reach them: kill them when this process exits or is signalled, if stop() was not called.
  const killAll = () => {
    procs.forEach((proc) => signal(-proc.pid, 'SIGKILL'));
    fs.rmSync(runtimeDir, { recursive: true, force: true });
  };
  const onSignal = (sig) => {
    killAll();
    // Nobody else handles it: die of it as we would have without this listener.
    if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
  };
  const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  process.once('exit', killAll);
  SIGNALS.forEach((sig) => process.once(sig, onSignal));
  const stop = async () => {
    process.off('exit', killAll);
    SIGNALS.forEach((sig) => process.off(sig, onSignal));
    // Reverse start order: the launcher goes while its buses and display still exist.
    for (const proc of [...procs].reverse()) await killGroup(proc);
    fs.rmSync(runtimeDir, { recursive: true, force: true });
  };

  try {
    // -displayfd lets Xvfb pick a free display number itself: no races with other test runs.
    const xvfb = track(
      procs,
      spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
        detached: true,
      }),
    );
    const display = ':' + (await firstLine(xvfb, 3, 'Xvfb display number', timeoutMs));

    // A fresh session bus; the socket lives in our runtime dir so stop() removes it.
    const dbus = track(
      procs,
      spawn(
        'dbus-daemon',
        ['--session', '--nofork', '--nopidfile', '--nosyslog', '--print-address=1', `--address=unix:dir=${runtimeDir}`],
        { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
      ),
    );
    const busAddress = await firstLine(dbus, 1, 'dbus-daemon address', timeoutMs);

    const env = { ...process.env };
    delete env.NO_AT_BRIDGE; // set in many containers; it keeps GTK programs off AT-SPI
    delete env.AT_SPI_BUS_ADDRESS; // must come from our launcher, not from an outer session
    delete env.WAYLAND_DISPLAY; // Chromium would prefer it to our X display
    Object.assign(env, {
      DISPLAY: display,
      DBUS_SESSION_BUS_ADDRESS: busAddress,
      // at-spi-bus-launcher puts the accessibility bus socket here; private and removed by stop().
      XDG_RUNTIME_DIR: runtimeDir,
      // Chromium exposes its UI over AT-SPI if this is 1, never if it is 0 (which an outer
      // environment may set), and otherwise only if the bus reports IsEnabled (--a11y=1 below).
      ACCESSIBILITY_ENABLED: '1',
      // Keep GLib off dconf: it would be D-Bus-activated on our bus and slows Chromium's start.
      GSETTINGS_BACKEND: 'memory',
    });

    // --launch-immediately: start the accessibility bus now, not on first request.
    // --a11y=1: report org.a11y.Status.IsEnabled=true, which AT-SPI clients check before
    // exposing their UI (Chromium too, when ACCESSIBILITY_ENABLED is unset).
    track(
      procs,
      spawn(AT_SPI_BUS_LAUNCHER, ['--launch-immediately', '--a11y=1'], {
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
        detached: true,
      }),
    );
    await waitForA11yBus(env, timeoutMs);
    return { display, env, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Remember a child and collect its stderr so a failure can say why it died. */
function track(procs, proc) {
  procs.push(proc);
  proc.stderrText = '';
  proc.stderr?.on('data', (d) => (proc.stderrText = (proc.stderrText + d).slice(-2000)));
  return proc;
}

/**
 * End a child and everything it spawned. Descendants go first, so each one is reaped by its
 * still-living parent: killing the whole group at once left the launcher's accessibility bus
 * daemon as a zombie for init to collect seconds later.
 */
async function killGroup(proc) {
  if (proc.exitCode === null && proc.signalCode === null) {
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    await terminateTree(proc.pid, () => proc.exitCode !== null || proc.signalCode !== null);
    await exited;
  }
  // Daemonized members (at-spi2-registryd double-forks, so its parent is init) are found only
  // by their process group: each child we spawn leads its own (detached). Once they are dead,
  // reaping them is init's job; a zombie holds nothing, so we do not wait for it.
  const pgid = proc.pid;
  for (let waited = 0; processes().some((p) => p.pgid === pgid && p.state !== 'Z'); waited += 20) {
    if (waited > 4000) throw new Error(`process group ${pgid} survived SIGKILL`);
    signal(-pgid, waited < 2000 ? 'SIGTERM' : 'SIGKILL');
    await new Promise((res) => setTimeout(res, 20));
  }
}

async function terminateTree(pid, isGone = () => !exists(pid)) {
  for (const child of childPids(pid)) await terminateTree(child);
  signal(pid, 'SIGTERM');
  for (let waited = 0; !isGone(); waited += 20) {
    if (waited === 2000) signal(pid, 'SIGKILL');
    if (waited > 4000) return;
    await new Promise((res) => setTimeout(res, 20));
  }
}

function childPids(pid) {
  return processes()
    .filter((p) => p.ppid === pid)
    .map((p) => p.pid);
}

/** Every process as { pid, state, ppid, pgid }, from /proc (Linux only, like Xvfb here). */
function processes() {
  const list = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // /proc/PID/stat: "pid (comm) state ppid pgrp ..."; comm may contain spaces and parens.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      list.push({ pid: Number(name), state, ppid: Number(ppid), pgid: Number(pgid) });
    } catch {
      // exited while we looked
    }
  }
  return list;
}

/** True until the process is reaped (a zombie still has its /proc entry). */
function exists(pid) {
  return fs.existsSync(`/proc/${pid}`);
}

function signal(pid, sig) {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

function firstLine(proc, fd, what, timeoutMs) {
  return new Promise((resolve, reject) => {
    let buf = '';
    const fail = (why) => reject(new Error(`${what}: ${why}${proc.stderrText ? `\n${proc.stderrText}` : ''}`));
    const timer = setTimeout(() => fail(`nothing after ${timeoutMs} ms`), timeoutMs);
    proc.stdio[fd].on('data', (d) => {
      buf += d;
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      clearTimeout(timer);
      resolve(buf.slice(0, nl).trim());
    });
    proc.once('exit', (code, sig) => {
      clearTimeout(timer);
      fail(`exited early (${code ?? sig})`);
    });
  });
}

/** Wait until our launcher owns org.a11y.Bus and hands out the accessibility bus address. */
async function waitForA11yBus(env, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  const send = (...args) => run('dbus-send', ['--session', '--print-reply', ...args], env);
  let last = '';
  while (Date.now() < deadline) {
    // Ask the bus daemon first: calling org.a11y.Bus before our launcher owns the name would
    // make dbus-daemon auto-start a second launcher from /usr/share/dbus-1/services.
    const owned = await send(
      '--dest=org.freedesktop.DBus',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner',
      'string:org.a11y.Bus',
    );
    if (/boolean true/.test(owned.out)) {
      const r = await send('--dest=org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress');
      if (r.code === 0 && /string "unix:/.test(r.out)) return;
      last = r.out;
    } else last = owned.out;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error(`AT-SPI bus did not come up in ${timeoutMs} ms: ${last}`);
}

function run(cmd, args, env) {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('error', (e) => resolve({ code: -1, out: String(e) }));
    p.on('exit', (code) => resolve({ code, out }));
  });
}
