// Measures the JavaScript each built page loads before the user interacts (scripts/page-weight.mjs).
// Usage: npm run build && npm run measure:js [-- --budget 20480 --all-pages-budget]
// `npm run budgets` enforces the budget of every page kind; this script reports.
import { kb, measurePages } from './page-weight.mjs';

const args = process.argv.slice(2);
const budget = Number(args[args.indexOf('--budget') + 1]) || 20 * 1024;
const onlyGuides = !args.includes('--all-pages-budget');

const rows = measurePages();
console.log('page'.padEnd(44), 'js files', 'inline', 'gzip');
for (const r of rows)
  console.log(r.page.padEnd(44), String(r.files).padStart(8), String(r.inline).padStart(6), kb(r.js).padStart(9));

const guided = rows.filter((r) => (onlyGuides ? /\/guides\/[^/]+\/$/.test(r.page) : true));
const over = guided.filter((r) => r.js > budget);
if (over.length) {
  console.error(`\nOver the ${kb(budget)} budget: ${over.map((r) => `${r.page} (${kb(r.js)})`).join(', ')}`);
  process.exit(1);
}
console.log(`\n${guided.length} ${onlyGuides ? 'guide pages' : 'pages'} within the ${kb(budget)} budget.`);
