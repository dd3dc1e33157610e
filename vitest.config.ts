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
          testTimeout: 20_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: [E2E_TESTS],
          // A browser per worker, a server and a data folder per test: slower than unit tests, and the
          // first run unpacks Chromium (see tests/e2e/support/chromium.ts).
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          // After the unit tests, not beside them: 2 cores are shared with a browser per worker.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
