/**
 * Fuzzing: article pages with crowded heads: titles, Open Graph and article:* meta tags with any value,
 * canonical and hreflang links, base elements, and JSON-LD blocks that are valid, graphs, truncated,
 * commented, nested thousands of levels deep or random JSON. See `invariants.ts` for what must hold.
 */

import fc from 'fast-check';
import { expect, it } from 'vitest';
import { articlePageArb, nowArb, pageUrlArb } from './documents';
import { fuzzExtraction, fuzzRuns } from './run-fuzz';

const RUNS = fuzzRuns(2000);

it(`${RUNS} pages with hostile head metadata and JSON-LD: extraction never throws, and every record is safe, clean and reproducible`, () => {
  const stats = fuzzExtraction(fc.tuple(articlePageArb({ headItems: 10 }), pageUrlArb, nowArb), { seed: 0x6d657461, runs: RUNS });
  expect(stats.runs).toBe(RUNS);
  expect(stats.records).toBeGreaterThan(RUNS * 0.7);
});
