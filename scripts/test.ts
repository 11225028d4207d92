// The whole test suite, as README.md and .ci/run call it: static checks, unit tests,
// integration tests against PGlite and then against a real Postgres, and browser tests
// against the built server. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { startThrowawayPostgres } from './throwaway-postgres.ts';

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

// Each test runner also writes a JSON report here, so that the totals can be printed at the end.
const reports = 'reports';
rmSync(reports, { recursive: true, force: true });
const totals = { passed: 0, failed: 0 };

function count(report: string, passed: (json: never) => number, failed: (json: never) => number): void {
  const json = JSON.parse(readFileSync(report, 'utf8')) as never;
  totals.passed += passed(json);
  totals.failed += failed(json);
}

function run(step: Step): void {
  const started = Date.now();
  console.log(`\n━━ ${step.name}`);
  const [program, ...args] = step.command as [string, ...string[]];
  const result = spawnSync(program, args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.status !== 0) {
    console.error(`\n✗ ${step.name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${step.name} (${seconds}s)`);
}

const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(browser)) {
  console.error(
    `Error: Chromium not found at ${browser}: install it with \`apt-get install chromium\` or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

const npx = (...args: string[]) => ['npx', '--no-install', ...args];
const vitest = (project: string, report: string) =>
  npx(
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reports}/${report}.json`,
  );
const countVitest = (report: string) =>
  count(
    `${reports}/${report}.json`,
    (json: { numPassedTests: number }) => json.numPassedTests,
    (json: { numFailedTests: number }) => json.numFailedTests,
  );

run({ name: 'lint', command: npx('eslint', '.') });
run({ name: 'format', command: npx('prettier', '--check', '.') });
run({ name: 'typecheck', command: npx('astro', 'check') });
run({ name: 'typecheck (Svelte)', command: npx('svelte-check', '--fail-on-warnings') });
run({ name: 'unit tests', command: vitest('unit', 'unit') });
countVitest('unit');
run({
  name: 'integration tests (PGlite)',
  command: vitest('integration', 'integration-pglite'),
  env: { TEST_DATABASE_URL: '' },
});
countVitest('integration-pglite');

const external = process.env.TEST_DATABASE_URL;
const postgres = external ? undefined : await startThrowawayPostgres();
try {
  run({
    name: 'integration tests (Postgres)',
    command: vitest('integration', 'integration-postgres'),
    env: { TEST_DATABASE_URL: external ?? postgres!.url },
  });
} finally {
  postgres?.stop();
}
countVitest('integration-postgres');

run({ name: 'build', command: npx('astro', 'build') });
run({
  name: 'browser tests',
  command: npx('playwright', 'test'),
  env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/browser.json` },
});
count(
  `${reports}/browser.json`,
  (json: { stats: { expected: number; flaky: number } }) => json.stats.expected + json.stats.flaky,
  (json: { stats: { unexpected: number } }) => json.stats.unexpected,
);
console.log('\nAll checks passed.');
console.log(`${totals.passed} passed, ${totals.failed} failed`);
