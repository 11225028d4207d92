// The whole test suite, as README.md and .ci/run call it: static checks, unit tests,
// integration tests against PGlite and then against a real Postgres, and browser tests
// against the built server. Stops at the first failing step, and ends with each step's time.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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
const times: { name: string; seconds: number }[] = [];
const suiteStarted = Date.now();

function count(report: string, passed: (json: never) => number, failed: (json: never) => number): void {
  const json = JSON.parse(readFileSync(report, 'utf8')) as never;
  totals.passed += passed(json);
  totals.failed += failed(json);
}

const running = new Set<ReturnType<typeof spawn>>();
// What must be undone however the suite ends (the throwaway Postgres server).
const cleanups: (() => void)[] = [];

function stop(status: number): never {
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  process.exit(status);
}
process.once('SIGINT', () => stop(130));
process.once('SIGTERM', () => stop(143));

function fail(name: string, seconds: number, status: number | null): never {
  console.error(`\n✗ ${name} failed after ${seconds}s`);
  // Steps still running beside the failed one are stopped with it.
  stop(status || 1);
}

/**
 * Runs one step. Alone, its output goes straight to the terminal; beside other steps
 * (`buffered`), it is kept and printed whole when the step ends, so that outputs never mix.
 */
function run(step: Step, buffered = false): Promise<void> {
  const started = Date.now();
  if (!buffered) console.log(`\n━━ ${step.name}`);
  const [program, ...args] = step.command as [string, ...string[]];
  const child = spawn(program, args, {
    stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...step.env },
    // Its own process group, so that a failure elsewhere can stop it and whatever it started.
    detached: true,
  });
  running.add(child);
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (status) => {
      running.delete(child);
      const seconds = Math.round((Date.now() - started) / 1000);
      if (buffered) process.stdout.write(`\n━━ ${step.name}\n${Buffer.concat(output).toString()}`);
      if (status !== 0) fail(step.name, seconds, status);
      console.log(`✓ ${step.name} (${seconds}s)`);
      times.push({ name: step.name, seconds });
      resolve();
    });
  });
}

/** Lanes of steps side by side, each lane's steps one after another: for the single-threaded checks. */
async function side(...lanes: Step[][]): Promise<void> {
  await Promise.all(
    lanes.map(async (lane) => {
      for (const step of lane) await run(step, true);
    }),
  );
}

const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(browser)) {
  console.error(
    `Error: Chromium not found at ${browser}: install it with \`apt-get install chromium\` or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
if (spawnSync('pdftotext', ['-v']).error) {
  console.error('Error: pdftotext not found: install it with `apt-get install poppler-utils`.');
  process.exit(1);
}

const npx = (...args: string[]) => ['npx', '--no-install', ...args];
const vitest = (project: string, report: string, ...options: string[]) =>
  npx(
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reports}/${report}.json`,
    ...options,
  );
const countVitest = (report: string) =>
  count(
    `${reports}/${report}.json`,
    (json: { numPassedTests: number }) => json.numPassedTests,
    (json: { numFailedTests: number }) => json.numFailedTests,
  );

// The static checks and the unit tests each keep about one core busy: two lanes fill two cores.
// astro check and svelte-check share a lane, since astro check rewrites .astro/types.d.ts, which
// svelte-check reads. The unit tests run in one worker there, as the other lane has the other core.
const lint = { name: 'lint', command: npx('eslint', '.') };
const format = { name: 'format', command: npx('prettier', '--check', '.') };
const typecheck = { name: 'typecheck', command: npx('astro', 'check') };
const svelteCheck = { name: 'typecheck (Svelte)', command: npx('svelte-check', '--fail-on-warnings') };
const unit = { name: 'unit tests', command: vitest('unit', 'unit', '--maxWorkers=1') };
if (availableParallelism() > 1) await side([typecheck, svelteCheck], [lint, format, unit]);
else for (const step of [lint, format, typecheck, svelteCheck, unit]) await run(step);
countVitest('unit');

await run({
  name: 'integration tests (PGlite)',
  command: vitest('integration', 'integration-pglite'),
  env: { TEST_DATABASE_URL: '' },
});
countVitest('integration-pglite');

const external = process.env.TEST_DATABASE_URL;
const postgres = external ? undefined : await startThrowawayPostgres();
if (postgres) cleanups.push(() => postgres.stop());
await run({
  name: 'integration tests (Postgres)',
  command: vitest('integration', 'integration-postgres'),
  env: { TEST_DATABASE_URL: external ?? postgres!.url },
});
for (const cleanup of cleanups.splice(0)) cleanup();
countVitest('integration-postgres');

await run({ name: 'build', command: npx('astro', 'build') });
await run({
  name: 'browser tests',
  command: npx('playwright', 'test'),
  env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/browser.json` },
});
count(
  `${reports}/browser.json`,
  (json: { stats: { expected: number; flaky: number } }) => json.stats.expected + json.stats.flaky,
  (json: { stats: { unexpected: number } }) => json.stats.unexpected,
);

console.log('\nTimes:');
for (const { name, seconds } of times) console.log(`  ${name.padEnd(30)} ${String(seconds).padStart(4)}s`);
console.log(`  ${'whole suite'.padEnd(30)} ${String(Math.round((Date.now() - suiteStarted) / 1000)).padStart(4)}s`);
console.log('\nAll checks passed.');
console.log(`${totals.passed} passed, ${totals.failed} failed`);
