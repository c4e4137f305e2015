import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Workers run the built code: rebuild first when sources are newer (see the file).
    globalSetup: ['tests/setup/build.ts'],
    testTimeout: 60_000,
    // `--cache` without node_modules writes to the user cache folder: never the real one in tests.
    // FAQ_LINT_THREAD_COVERAGE: where the CLI runs of the tests write V8 coverage, so the code that
    // runs in worker threads is measured too (scripts/thread-coverage.mjs).
    env: {
      XDG_CACHE_HOME: path.join(tmpdir(), 'faq-lint-test-user-cache'),
      FAQ_LINT_THREAD_COVERAGE: fileURLToPath(new URL('test-results/thread-v8', import.meta.url)),
    },
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'rules/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'test-results/coverage',
      // `npm test` fails below these (measured 80.4 / 74.5 / 79.1 / 83.2 % with the whole suite on
      // 2026-11-29; raise them as tests are added). These count the test process; the code that
      // runs in faq-lint's own worker threads has thresholds of its own (scripts/thread-coverage.mjs).
      thresholds: { statements: 79, branches: 73, functions: 78, lines: 82 },
    },
  },
});
