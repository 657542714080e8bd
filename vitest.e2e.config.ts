import { defineConfig } from 'vitest/config';

// End-to-end: the built app in browser mode driven through real Chromium. One file at a time:
// each starts its own server and browser, and the build machines have 2 cores.
export default defineConfig({
  test: {
    root: '.',
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
