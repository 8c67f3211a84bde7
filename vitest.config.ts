import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    // The machine's TZ must not matter: run the suite in a zone far from every sample profile.
    env: { TZ: 'Pacific/Kiritimati' },
  },
});
