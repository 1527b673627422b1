// Where the end-to-end tests and the measuring scripts find Chromium. Shared by
// playwright.config.ts, ensure-browser.mjs and scripts/*.mjs.
// Order: $CHROME_PATH, then a system Chromium or Chrome, then Playwright's own downloaded browser.
// The end-to-end tests prefer Chromium's headless shell (findTestBrowser): the same engine
// without the full browser's UI processes, so the suite runs about a quarter faster on two
// cores. Measurements (Lighthouse, search timing) keep the full browser people use.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Debian's `chromium-headless-shell` package (Ubuntu and others: the same path or none). */
export const HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell'];

/** The browser for the end-to-end tests: $CHROME_PATH, a headless shell, else as findBrowser. */
export function findTestBrowser() {
  if (process.env.CHROME_PATH) return findBrowser();
  const shell = HEADLESS_SHELLS.find((p) => existsSync(p));
  return shell ? { path: shell, source: 'headless shell' } : findBrowser();
}

/** @returns {{ path: string | undefined, source: string }} path undefined = Playwright's own browser */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
    return { path: fromEnv, source: 'CHROME_PATH' };
  }
  const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
  if (system) return { path: system, source: 'system' };
  try {
    if (existsSync(chromium.executablePath())) return { path: undefined, source: 'playwright' };
  } catch {
    // Playwright's browser is not installed.
  }
  return { path: undefined, source: 'none' };
}

/** Flags that keep a headless Chromium quiet on a closed network (and working as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
