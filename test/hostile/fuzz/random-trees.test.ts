/**
 * Fuzzing: pages of random real elements in any structure (with or without html, head and body tags), with
 * boilerplate and body class names, scripts, forms, SVG, MathML, templates, broken markup, every URL
 * scheme and event handlers. See `invariants.ts` for what every case must satisfy.
 */

import fc from 'fast-check';
import { expect, it } from 'vitest';
import { nowArb, pageUrlArb, randomPageArb } from './documents';
import { fuzzExtraction, fuzzRuns } from './run-fuzz';

const RUNS = fuzzRuns(4000);

it(`${RUNS} random element trees: extraction never throws, and every record is safe, clean and reproducible`, () => {
  const stats = fuzzExtraction(fc.tuple(randomPageArb({ maxDepth: 5, maxChildren: 5 }), pageUrlArb, nowArb), { seed: 0x6b617469, runs: RUNS });
  expect(stats.runs).toBe(RUNS);
  // Enough cases reach a record for the record invariants to be exercised, not only the failure path.
  expect(stats.records).toBeGreaterThan(RUNS * 0.25);
});
