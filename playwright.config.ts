import { defineConfig, devices } from '@playwright/test';
import { e2eAdminEmail, e2eAdminPassword, e2eJourneys, e2eProjects } from './tests/support/e2e-accounts.ts';

const port = Number(process.env.E2E_PORT ?? 4391);
const stripePort = port + 1;
const webhookSecret = 'whsec_browsertests';
const deployment = 'deployment.spec.ts';
const httpOnly = /(hostile-[a-z-]+|witness|servers-behind-cache)\.spec\.ts$/;

/**
 * Browser tests against the built server (`npm run build` first), seeded on its own embedded
 * database in data/e2e. Debian's Chromium is used: this machine cannot download browsers.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // Limits on waiting, not goals for speed (no test asserts how fast anything is): generous, so
  // that a machine busy with other work slows the tests down without failing them. Playwright's
  // defaults (30 s a test, 5 s an expectation) failed tests when the machine was shared.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  // The JSON report's path comes from PLAYWRIGHT_JSON_OUTPUT_NAME (set by scripts/test.ts).
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: [deployment, httpOnly] },
    // The server's memory on a large statement is measured once, not once per browser.
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], channel: undefined },
      // Lighthouse emulates a phone in a browser of its own: once is enough.
      testIgnore: [deployment, httpOnly, 'statement-memory.spec.ts', 'lighthouse.spec.ts'],
    },
    // Once: it starts a portal of its own, behind nginx (tests/support/tls-proxy.ts).
    { name: 'deployment', use: { ...devices['Desktop Chrome'], channel: undefined }, testMatch: deployment },
    // Specs that only send requests, with no page to show: once is enough.
    { name: 'http', testMatch: httpOnly },
  ],
  webServer: [
    {
      // Stripe's API and Checkout, played locally: this machine has no internet.
      command: 'node tests/support/fake-stripe.ts',
      url: `http://localhost:${stripePort}/health`,
      env: {
        FAKE_STRIPE_PORT: String(stripePort),
        FAKE_STRIPE_WEBHOOK_URL: `http://localhost:${port}/api/stripe/webhook`,
        STRIPE_WEBHOOK_SECRET: webhookSecret,
      },
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // A fresh database each run: accounts are made once, as on a new server.
      command: [
        'rm -rf data/e2e data/e2e.lock data/e2e-evidence',
        'node scripts/seed.ts',
        ...e2eProjects.flatMap((project) =>
          e2eJourneys.map(
            (journey) =>
              `printf '%s\\n' '${e2eAdminPassword}' | node scripts/create-admin.ts --email ${e2eAdminEmail(project, journey)} --name 'Quản trị ${journey} ${project}'`,
          ),
        ),
        // As `npm start` runs it (package.json).
        'node --max-semi-space-size=8 scripts/start.ts',
      ].join(' && '),
      url: `http://localhost:${port}/api/health`,
      env: {
        PORT: String(port),
        PGLITE_DATA_DIR: 'data/e2e',
        EVIDENCE_DIR: 'data/e2e-evidence',
        DATABASE_URL: '',
        // A made-up fund account for the transfer details and VietQR code; no money moves in tests.
        FUND_BANK_BIN: '970415',
        FUND_ACCOUNT_NUMBER: '1122334455',
        FUND_ACCOUNT_NAME: 'QUY THU NGHIEM',
        FUND_BANK_NAME: 'VietinBank',
        STRIPE_SECRET_KEY: 'sk_test_portal',
        STRIPE_WEBHOOK_SECRET: webhookSecret,
        STRIPE_API_URL: `http://localhost:${stripePort}`,
        // Both browser projects pledge and complain from one address within a minute.
        PLEDGE_RATE_LIMIT_PER_MINUTE: '1000',
        COMPLAINT_RATE_LIMIT_PER_10_MINUTES: '1000',
      },
      reuseExistingServer: false,
      // Seeding and making the accounts take a minute on a busy machine.
      timeout: 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
