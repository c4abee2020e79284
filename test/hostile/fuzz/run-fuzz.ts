/**
 * Runs the extraction invariants over generated pages with fast-check. Each test file has a fixed seed,
 * so CI runs the same cases every time and a failure report (seed, path, shrunk page) replays exactly.
 * `KATIB_FUZZ_RUNS=N` changes the number of cases and `KATIB_FUZZ_SEED=N` (or `random`) the seed, to
 * explore further from the command line.
 */

import fc from 'fast-check';
import { checkExtraction } from './invariants';

export interface FuzzStats {
  runs: number;
  /** Cases that gave a record (so that the record invariants were checked, not only the failure ones). */
  records: number;
  failures: Map<string, number>;
}

function fromEnv(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

/** The number of cases a file runs: its default, or `KATIB_FUZZ_RUNS`. */
export function fuzzRuns(fallback: number): number {
  const runs = Number(fromEnv('KATIB_FUZZ_RUNS') ?? fallback);
  return Number.isInteger(runs) && runs > 0 ? runs : fallback;
}

function fuzzSeed(fallback: number): number {
  const seed = fromEnv('KATIB_FUZZ_SEED');
  if (seed === undefined) return fallback;
  return seed === 'random' ? Date.now() ^ (process.pid << 8) : Number(seed);
}

/** Checks `checkExtraction` on every generated case; throws fast-check's report on the first broken invariant. */
export function fuzzExtraction(cases: fc.Arbitrary<[html: string, url: string, now: Date]>, defaults: { seed: number; runs: number }): FuzzStats {
  const stats: FuzzStats = { runs: 0, records: 0, failures: new Map() };
  fc.assert(
    fc.property(cases, ([html, url, now]) => {
      const { result } = checkExtraction(html, url, now);
      stats.runs++;
      if (result.ok) stats.records++;
      else stats.failures.set(result.reason, (stats.failures.get(result.reason) ?? 0) + 1);
    }),
    { seed: fuzzSeed(defaults.seed), numRuns: fuzzRuns(defaults.runs), endOnFailure: false },
  );
  return stats;
}
