/**
 * Fuzzing: article pages whose text is thick with bidi controls, zero-width and control characters, lone
 * surrogates, combining marks, Arabic-Indic digits, entity escapes of all of these, and date-like strings.
 * The record's text, title and excerpt must come out clean. See `invariants.ts` for what must hold.
 */

import fc from 'fast-check';
import { expect, it } from 'vitest';
import { articlePageArb, nowArb, pageUrlArb } from './documents';
import { fuzzExtraction, fuzzRuns } from './run-fuzz';

const RUNS = fuzzRuns(2000);

it(`${RUNS} article pages full of hostile characters: extraction never throws, and every record is safe, clean and reproducible`, () => {
  const stats = fuzzExtraction(fc.tuple(articlePageArb({ mix: { hostile: 12 } }), pageUrlArb, nowArb), { seed: 0x74657874, runs: RUNS });
  expect(stats.runs).toBe(RUNS);
  expect(stats.records).toBeGreaterThan(RUNS * 0.7);
});
