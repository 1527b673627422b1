import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findTestBrowser } from './scripts/browser.mjs';

// E2E_PORT lets several checkouts run their end-to-end tests side by side on one machine.
const PORT = Number(process.env['E2E_PORT'] ?? 4322);
const browser = findTestBrowser();

/** End-to-end tests against the built site (`dist/`), served by `astro preview` on 127.0.0.1. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // Sized for a busy two-core machine: tests wait on what the page shows, and each does one
  // page's worth of work (axe, privacy and layout run one test per page), so these are ceilings
  // for a slow moment, not delays.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env['CI']),
  // CI runs on a shared two-core machine: one retry there, so a test that fails twice fails the
  // build. Flaky tests are defects to fix (the closing notes list the ones seen), not to hide.
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace for every test cost a quarter of the suite's time on two cores: CI records
    // one when a test is retried (a failure's second try); locally, `--trace on` when needed.
    trace: 'on-first-retry',
    locale: 'es-ES',
    // The service worker would precache the whole site in every test's fresh context: only the
    // offline tests (tests/e2e/offline.spec.ts) let it run.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          args: CHROMIUM_ARGS,
          ...(browser.path ? { executablePath: browser.path } : {}),
        },
      },
    },
  ],
  webServer: {
    // --ignore-lock: run beside a preview the developer may have open (`npm start`), not fail.
    command: `astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
    url: `http://127.0.0.1:${PORT}/es/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
