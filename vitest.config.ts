import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts', 'test/runner/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          environment: 'node',
          // The first run in a fresh browser downloads and compiles the Go toolchain.
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // One browser, one preview server: run files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
