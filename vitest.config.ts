import { defineConfig } from 'vitest/config';

// Two projects: `unit` (unit and integration tests, in process; `npm test`) and `e2e` (the built
// binary and the real tools beside it: khal, Chromium, python3-icalendar, a pseudo-terminal;
// `npm run test:e2e`). `npx vitest run test/path/file.test.ts` runs one file from either.
export default defineConfig({
  test: {
    // A program of moved-work weeks (the morning example) takes about 1.5 s a week to plan.
    testTimeout: 90_000,
    // The machine's TZ must not matter: run the suite in a zone far from every sample profile.
    env: { TZ: 'Pacific/Kiritimati' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'] },
      },
      {
        extends: true,
        // End-to-end tests spawn the built binary: build it once, fresh, before any of them runs.
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/global-setup.ts'] },
      },
    ],
  },
});
