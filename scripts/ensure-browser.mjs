// Makes sure the end-to-end tests have a Chromium, the way Playwright users expect:
// an existing one if there is one; else, on Debian or Ubuntu as root, the `chromium` package;
// else Playwright's own browser download. If all fail, stop with what to install — never skip.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findBrowser } from './browser.mjs';

const found = findBrowser();
if (found.source !== 'none') {
  console.log(`e2e browser: ${found.path ?? "Playwright's Chromium"} (${found.source})`);
  process.exit(0);
}

const run = (cmd) => {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
};
const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
const debianLike = /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const attempts = [];

if (debianLike && isRoot) {
  try {
    run('apt-get update');
    run('apt-get install -y chromium');
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

const after = findBrowser();
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
