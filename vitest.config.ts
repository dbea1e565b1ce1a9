import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default in a run is one worker fewer than the cores: a single worker on a 2-core
    // machine. Most slow files wait on servers, browsers and child processes, so one worker per
    // core cuts the suite from about 15 to 9.5 minutes on 2 cores without a flaky test.
    maxWorkers: Math.max(2, availableParallelism()),
    // Fails a test that blocks its thread forever instead of letting the run hang.
    setupFiles: ['test/setup/watchdog.ts'],
  },
});
