import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One test file per core. Vitest's default leaves one core to its main process, which does
    // next to nothing while tests run: on a 2-core machine that halved the speed.
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Test files share a worker's loaded modules instead of importing everything anew
          // (a third of the time). No test mocks a module or changes one's state.
          isolate: false,
          // A limit on waiting, not a goal for speed: images, PDFs and password hashes take a
          // second or two, far more on a machine busy with other work (Vitest's default is 5 s).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Seeds the template databases once; each test file, or test, copies one of its own
          // (support/templates.ts, support/test-database.ts).
          globalSetup: ['tests/integration/support/global-setup.ts'],
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
