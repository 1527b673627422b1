// Makes sure the end-to-end tests have a Chromium, the way Playwright users expect:
// an existing one if there is one; else, on Debian or Ubuntu as root, the `chromium` package;
// else Playwright's own browser download. If all fail, stop with what to install — never skip.
// On Debian or Ubuntu as root it also adds `chromium-headless-shell`, which the tests prefer
// (faster on a small machine); without it they run in the full browser.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findBrowser, findTestBrowser, HEADLESS_SHELLS } from './browser.mjs';

const run = (cmd) => {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
};
const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
const debianLike = /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const attempts = [];
const found = findBrowser();
const hasShell = HEADLESS_SHELLS.some((p) => existsSync(p));

if (found.source !== 'none' && (hasShell || process.env.CHROME_PATH || !(debianLike && isRoot))) {
  const test = findTestBrowser();
  console.log(`e2e browser: ${test.path ?? "Playwright's Chromium"} (${test.source})`);
  process.exit(0);
}

if (found.source !== 'none') {
  // A browser is there; the lighter headless shell is only a speed-up: a failure is not fatal.
  try {
    run('apt-get install -y chromium-headless-shell');
  } catch {
    try {
      run('apt-get update');
      run('apt-get install -y chromium-headless-shell');
    } catch (error) {
      console.log(`chromium-headless-shell could not be installed (${error.message}): the tests use the full browser.`);
    }
  }
  const test = findTestBrowser();
  console.log(`e2e browser: ${test.path ?? "Playwright's Chromium"} (${test.source})`);
  process.exit(0);
}

if (debianLike && isRoot) {
  try {
    run('apt-get update');
    run('apt-get install -y chromium');
    try {
      run('apt-get install -y chromium-headless-shell');
    } catch (error) {
      attempts.push(`apt-get install chromium-headless-shell failed (not needed): ${error.message}`);
    }
  } catch (error) {
    attempts.push(`apt-get install chromium failed: ${error.message}`);
  }
} else {
  attempts.push(debianLike ? 'not root, so apt-get was not tried' : 'not Debian or Ubuntu, so apt-get was not tried');
}

if (findBrowser().source === 'none') {
  try {
    run('npx playwright install chromium');
  } catch (error) {
    attempts.push(`npx playwright install chromium failed: ${error.message}`);
  }
}

const after = findTestBrowser();
if (after.source === 'none') {
  console.error(
    [
      'The end-to-end tests need Chromium or Chrome, and none could be found or installed.',
      ...attempts.map((a) => `  - ${a}`),
      'Install one and run the tests again, for example:',
      '  Debian/Ubuntu: sudo apt-get install chromium',
      '  anywhere:      npx playwright install chromium',
      '  or point CHROME_PATH at an existing Chrome or Chromium binary.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`e2e browser: ${after.path ?? "Playwright's Chromium"} (${after.source})`);
