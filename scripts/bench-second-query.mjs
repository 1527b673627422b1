// Second query through the search UI, for any site (ours or the peer): fresh context, load the page,
// throttle (Lighthouse's mobile profile, from the harness), open, type the first query, wait for a
// result; then type the second query and time until the results shown are not the first query's.
// Run by scripts/bench.mjs with the harness's Node 24 (it imports the harness's own modules).
// usage: node bench-second-query.mjs HARNESS DIST PAGE OPEN|- INPUT RESULT Q1 Q2 REPEATS
import { pathToFileURL } from 'node:url';

const [harness, dist, pagePath, open, input, result, q1, q2, repeats = '3'] = process.argv.slice(2);
const lib = (f) => import(pathToFileURL(`${harness}/lib/${f}`).href);
const { startServer } = await lib('server.mjs');
const { startBlackhole } = await lib('chrome.mjs');
const { launchBrowser, MOBILE_CONTEXT, MOBILE_THROTTLE } = await lib('browser.mjs');

const hrefs = (page) => page.$$eval(result, (links) => links.map((a) => a.getAttribute('href')).join(' '));
const bh = await startBlackhole();
const server = await startServer({ root: dist });
const browser = await launchBrowser(bh.port);
const runs = [];
try {
  for (let i = 0; i < Number(repeats); i++) {
    const ctx = await browser.newContext(MOBILE_CONTEXT);
    try {
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await page.goto(server.url + pagePath, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: MOBILE_THROTTLE.latencyMs,
        downloadThroughput: (MOBILE_THROTTLE.downloadKbps * 1024) / 8,
        uploadThroughput: (MOBILE_THROTTLE.uploadKbps * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_THROTTLE.cpuSlowdown });
      if (open !== '-') await page.click(open);
      await page.waitForSelector(input, { state: 'visible' });
      await page.fill(input, q1);
      await page.waitForSelector(result, { state: 'visible', timeout: 60_000 });
      await page.waitForLoadState('networkidle'); // the first query's downloads are over
      const before = await hrefs(page);
      const t0 = performance.now();
      await page.fill(input, q2);
      await page.waitForFunction(
        ([sel, was]) => {
          const links = [...document.querySelectorAll(sel)];
          return links.length > 0 && links.map((a) => a.getAttribute('href')).join(' ') !== was;
        },
        [result, before],
        { timeout: 60_000, polling: 'raf' },
      );
      runs.push(Math.round(performance.now() - t0));
    } finally {
      await ctx.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  await bh.close();
}
const sorted = [...runs].sort((a, b) => a - b);
console.log(JSON.stringify({ runs, median: sorted[Math.floor(sorted.length / 2)] }));
