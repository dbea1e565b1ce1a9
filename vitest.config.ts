import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Fails a test that blocks its thread forever instead of letting the run hang.
    setupFiles: ['test/setup/watchdog.ts'],
  },
});
