// The lab: real servers on 127.0.0.1, one scenario at a time (they share two CPU cores and the
// timing of timeouts matters), with timeouts generous enough for a slow CI machine.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The same `@/` for src/ as the site's own config, so the lab imports what the site runs.
  resolve: { alias: { '@/': fileURLToPath(new URL('../../src/', import.meta.url)) } },
  test: {
    root: `${import.meta.dirname}/../..`,
    include: ['test/lab/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['test/lab/global-setup.ts'],
    reporters: ['default'],
  },
});
