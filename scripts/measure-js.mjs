// Measures the JavaScript each built page loads (scripts/page-weight.mjs), gzipped, in two figures:
// "before interaction" (module scripts and islands hydrated on load) and "on view", what the page
// adds when an island hydrated `client:visible` scrolls into view (a guide's checklist).
// Usage: npm run build && npm run measure:js [-- --budget 14.7 --visible-budget 16 --all-pages-budget]
// Budgets are in KB and apply to guide pages unless --all-pages-budget. `npm run budgets` enforces
// the budget of every page kind; this script reports.
import { kb, measurePages } from './page-weight.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) * 1024 : fallback);
const budget = arg('--budget', 14.7 * 1024);
const visibleBudget = arg('--visible-budget', 16 * 1024);
const onlyGuides = !args.includes('--all-pages-budget');

const rows = measurePages();
console.log('page'.padEnd(44), 'js files', 'inline', 'before interaction', 'on view');
for (const r of rows)
  console.log(
    r.page.padEnd(44),
    String(r.files).padStart(8),
    String(r.inline).padStart(6),
    kb(r.js).padStart(18),
    (r.jsVisible ? `+${kb(r.jsVisible)}` : '').padStart(8),
  );

const guided = rows.filter((r) => (onlyGuides ? /\/guides\/[^/]+\/$/.test(r.page) : true));
const over = [
  ...guided.filter((r) => r.js > budget).map((r) => `${r.page} before interaction (${kb(r.js)} > ${kb(budget)})`),
  ...guided
    .filter((r) => r.jsVisible > visibleBudget)
    .map((r) => `${r.page} on view (+${kb(r.jsVisible)} > ${kb(visibleBudget)})`),
];
if (over.length) {
  console.error(`\nOver budget: ${over.join(', ')}`);
  process.exit(1);
}
console.log(
  `\n${guided.length} ${onlyGuides ? 'guide pages' : 'pages'} within ${kb(budget)} before interaction and +${kb(visibleBudget)} on view.`,
);
