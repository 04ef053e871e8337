import { defineConfig } from 'vitest/config';

// Test tiers (see docs/testing.md): unit, session scenarios and integration run in Node against the real engine
// over real sockets; renderer component tests run in happy-dom.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/session/**/*.test.ts', 'test/integration/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
