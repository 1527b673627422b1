// Where the end-to-end tests find Chromium. Shared by playwright.config.ts and ensure-browser.mjs.
// Order: $CHROME_PATH, then a system Chromium or Chrome, then Playwright's own downloaded browser.
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
