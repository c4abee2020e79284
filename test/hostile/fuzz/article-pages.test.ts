/**
 * Fuzzing: news article skeletons (header, headline, body container, boilerplate, footer) whose paragraphs
 * carry random elements, hostile attributes and broken markup between real Turkish and Arabic sentences,
 * so that most cases give a record. See `invariants.ts` for what every case must satisfy.
 */

import fc from 'fast-check';
import { expect, it } from 'vitest';
import { articlePageArb, nowArb, pageUrlArb } from './documents';
import { fuzzExtraction, fuzzRuns } from './run-fuzz';

const RUNS = fuzzRuns(2000);

it(`${RUNS} article pages laced with hostile markup: extraction never throws, and every record is safe, clean and reproducible`, () => {
  const stats = fuzzExtraction(fc.tuple(articlePageArb(), pageUrlArb, nowArb), { seed: 0x6172746b, runs: RUNS });
  expect(stats.runs).toBe(RUNS);
  expect(stats.records).toBeGreaterThan(RUNS * 0.7);
});
