/** Steps, polling and assertions for the end-to-end runs, with per-step timings and failure screenshots. */

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Screenshots and timings of the last run (not committed). */
export const SHOTS_DIR = path.join(ROOT, 'shots');
/** The screenshots the README shows, rewritten only with E2E_README_SHOTS=1. */
export const README_SHOTS_DIR = path.join(ROOT, 'test/e2e/screenshots');

fs.mkdirSync(SHOTS_DIR, { recursive: true });

export interface StepTiming {
  step: string;
  ms: number;
}

/** A named sequence of steps; each prints its outcome and time. */
export class Run {
  readonly timings: StepTiming[] = [];
  private readonly started = performance.now();

  constructor(readonly name: string) {}

  async step<T>(title: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    process.stdout.write(`  ${this.name} ▶ ${title} … `);
    try {
      const result = await work();
      const ms = Math.round(performance.now() - start);
      this.timings.push({ step: title, ms });
      console.log(`ok (${ms} ms)`);
      return result;
    } catch (error) {
      console.log(`FAILED after ${Math.round(performance.now() - start)} ms`);
      throw error;
    }
  }

  /** Writes the timings next to the screenshots; returns the total in milliseconds. */
  finish(): number {
    const total = Math.round(performance.now() - this.started);
    fs.writeFileSync(path.join(SHOTS_DIR, `${this.name}-timings.json`), `${JSON.stringify({ total, steps: this.timings }, null, 2)}\n`);
    return total;
  }
}

export function assert(condition: unknown, message: string, actual?: unknown): asserts condition {
  if (!condition) throw new Error(`assertion failed: ${message}${actual === undefined ? '' : `\n  got: ${JSON.stringify(actual, null, 1)?.slice(0, 2000)}`}`);
}

export function assertEqual<T>(actual: T, expected: T, message: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`assertion failed: ${message}\n  expected: ${JSON.stringify(expected)?.slice(0, 1000)}\n  got:      ${JSON.stringify(actual)?.slice(0, 1000)}`);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `probe` until it returns a truthy value; throws naming `what` after `timeout` ms. */
export async function poll<T>(probe: () => Promise<T> | T, what: string, timeout = 15_000, interval = 100): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (error) {
      last = error instanceof Error ? error.message : error;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)?.slice(0, 300)})`);
    await sleep(interval);
  }
}

/** Path of a screenshot of this run. */
export function shotPath(name: string): string {
  return path.join(SHOTS_DIR, `${name}.png`);
}

/** Copies a run screenshot into the README's folder when asked to (E2E_README_SHOTS=1). */
export function keepForReadme(name: string): void {
  if (process.env.E2E_README_SHOTS !== '1') return;
  fs.mkdirSync(README_SHOTS_DIR, { recursive: true });
  fs.copyFileSync(shotPath(name), path.join(README_SHOTS_DIR, `${name}.png`));
}
