import { defineConfig } from 'vitest/config';

/** End-to-end tests: Chromium against browser mode (and Electron where it exists); they need `npm run build` first. */
const E2E_TESTS = 'tests/e2e/**/*.e2e.test.ts';

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [E2E_TESTS],
          // Limits for a loaded 2-core machine; no test waits for a duration.
          testTimeout: 120_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: [E2E_TESTS],
          // A browser per worker, a server and a data folder per test: slower than unit tests, and the
          // first run unpacks Chromium (see tests/e2e/support/chromium.ts). Sized for a 2-core machine
          // busy with other work: each test waits for conditions, and these limits only end a hang.
          testTimeout: 240_000,
          hookTimeout: 300_000,
          maxWorkers: 2,
          // After the unit tests, not beside them: 2 cores are shared with a browser per worker.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
