// Enforces the performance budgets on the built site (dist/), cheaply, in `npm test`: the
// JavaScript each kind of page loads before interaction and every page's total weight, all gzipped.
// The figures and their reasons are in docs/architecture.md ("Budgets"); change both together.
// Usage: npm run build && npm run budgets
import { kb, measurePages } from './page-weight.mjs';

const KB = 1024;
/** Page kinds, first match wins. A page that matches none fails: give its kind a budget. */
const KINDS = [
  // The learning path's guides index: the search opener and the update banner, plus the loader of
  // the guides' states (0.5 KB), which loads the progress store only when progress is stored.
  // 3.7 rather than 3.5 KB since the opener carries the search warm-up (see "no island").
  { kind: 'learning path', match: /^\/(es|en)\/guides\/$/, js: 3.7 * KB },
  // Only the search opener and the service worker registration (DESIGN.md: "none except what
  // the search dialog needs to open"). Issue 15 added the search warm-up to the opener (the plan's
  // files fetched and Pagefind started on intent, 0.4 KB with the plan reader it shares with the
  // search page's panel), hence 3.2 rather than 3 KB.
  // A drill's printable cards are a page without an island.
  {
    kind: 'no island',
    match: /^\/((es|en)\/((guides\/(glossary\/)?)?|training\/[^/]+\/cards\/))?$|^\/404\.html$/,
    js: 3.2 * KB,
  },
  // A drill page: plain HTML and the start form's small script; the drill-play store loads on "Start".
  { kind: 'drill', match: /^\/(es|en)\/training\/[^/]+\/$/, js: 4 * KB },
  // The drills list, the learning path's other overview (its states' loader, as the guides index);
  // "Your drills" (the plays on this device) hydrates when it scrolls into view.
  { kind: 'training', match: /^\/(es|en)\/training\/$/, js: 6 * KB, visible: 26 * KB },
  // Before interaction: the search opener and the update banner; the checklist at the end of the
  // guide hydrates when it scrolls into view (`visible`: what it adds then). Issue 15: under 12 KB.
  // On view: 16.5 KB since the shared state chunk carries the drill clock's seam and the stores'
  // equality check that stops needless re-renders (a lost draft name, issue 10).
  { kind: 'guide', match: /^\/(es|en)\/guides\/[^/]+\/$/, js: 12 * KB, visible: 16.5 * KB },
  // Every list hydrates at once (the lists are the page) with the session and data panels; the data
  // panel exports, imports and clears every concern (incidents included), so it carries their
  // schemas (incidents, reading progress, drill plays, statements' published versions: 38 KB).
  // Its HTML holds every checklist item, hence its own page weight.
  { kind: 'checklists', match: /^\/(es|en)\/checklists\/$/, js: 38 * KB, weight: 85 * KB },
  // The search panel on the shared Preact chunk; 16.5 since a whole query (pasted, a suggestion) searches at once.
  { kind: 'search', match: /^\/(es|en)\/search\/$/, js: 16.5 * KB },
  // The builder before interaction: its form and drafts on the shared Preact and storage chunks
  // (25.1 KB). The output column (composer, preview) and the wording of the statement's language
  // load when it mounts; the linter, the thread splitter and X's exact counter on the first
  // keystroke; the checklist runs when a new draft is made (docs/architecture.md, "The statement
  // builder loads in steps"). Issue 15 aims at 20 KB: what is left is Preact, Astro's island
  // loader, the page's own scripts and the storage chunk the drafts store shares with every island.
  { kind: 'statement builder', match: /^\/(es|en)\/statement-builder\/$/, js: 25.5 * KB },
  // The whole incident hydrates at once (clocks, first steps, lists, roles, timeline, evidence,
  // statements, report), so nothing has to load mid-crisis or offline; its HTML holds the lists,
  // and the drill panel's wording (a gate island: its code loads only when a drill is shown).
  // 51 KB and 114 KB since evidence corrections, follow-ups and statement versions joined it;
  // 51.5 since the checklist runs are a chunk of their own (the builder no longer loads them);
  // weight 115 since the debrief names the statement checker's rules in words.
  { kind: 'crisis mode', match: /^\/(es|en)\/crisis\/$/, js: 51.5 * KB, weight: 115 * KB },
  // The triage wizard: one island on the shared Preact chunk.
  { kind: 'triage', match: /^\/(es|en)\/triage\/$/, js: 16 * KB },
];
/** HTML + CSS + JavaScript of any page, gzipped: a first view on a slow phone connection. */
const PAGE_WEIGHT = 64 * KB;

const failures = [];
const byKind = new Map();
const rows = measurePages();
for (const row of rows) {
  const kind = KINDS.find((k) => k.match.test(row.page));
  if (!kind) {
    failures.push(`${row.page}: no budget for this kind of page (add it to scripts/budgets.mjs)`);
    continue;
  }
  const weight = row.js + row.css + row.html;
  if (row.js > kind.js) failures.push(`${row.page} (${kind.kind}): JavaScript ${kb(row.js)} > ${kb(kind.js)}`);
  if (row.jsVisible > (kind.visible ?? 0))
    failures.push(`${row.page} (${kind.kind}): JavaScript on view +${kb(row.jsVisible)} > ${kb(kind.visible ?? 0)}`);
  const maxWeight = kind.weight ?? PAGE_WEIGHT;
  if (weight > maxWeight) failures.push(`${row.page}: page weight ${kb(weight)} > ${kb(maxWeight)}`);
  const seen = byKind.get(kind.kind) ?? { budget: kind.js, js: 0, visible: 0, weight: 0, pages: 0 };
  byKind.set(kind.kind, {
    ...seen,
    js: Math.max(seen.js, row.js),
    visible: Math.max(seen.visible, row.jsVisible),
    weight: Math.max(seen.weight, weight),
    pages: seen.pages + 1,
  });
}

console.log('kind'.padEnd(20), 'pages', '  js (max) [+ on view]', '  budget', ' weight (max)');
for (const [kind, s] of byKind)
  console.log(
    kind.padEnd(20),
    String(s.pages).padStart(5),
    (kb(s.js) + (s.visible ? ` +${kb(s.visible)}` : '')).padStart(18),
    kb(s.budget).padStart(8),
    kb(s.weight).padStart(13),
  );
if (rows.length < 20) failures.push(`only ${rows.length} pages in dist/: is the build complete?`);
if (failures.length) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `\n${rows.length} pages within their budgets (page weight ≤ ${kb(PAGE_WEIGHT)} unless the kind says otherwise).`,
);
