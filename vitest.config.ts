import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 120_000,
    // The suite is CPU-bound (fuzzing, corpora, golden pages): one worker per core, where vitest's
    // default leaves one core idle, which on a 2-core machine halves the speed.
    maxWorkers: os.availableParallelism(),
  },
});
