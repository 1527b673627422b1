// Words of prose per guide and language (frontmatter, tags and Markdown marks left out), with the
// same counter the site uses for reading time. Usage: npm run words [-- --min 900]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { countWords } from '../src/lib/guides.ts';

const dir = resolve(import.meta.dirname, '../src/content/guides');
const args = process.argv.slice(2);
const min = args.includes('--min') ? Number(args[args.indexOf('--min') + 1]) : 0;
const ids = readdirSync(join(dir, 'es'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -4))
  .sort();
const rows = ids.map((id) => ({
  id,
  es: countWords(readFileSync(join(dir, 'es', `${id}.mdx`), 'utf8')),
  en: countWords(readFileSync(join(dir, 'en', `${id}.mdx`), 'utf8')),
}));
console.log('| guide | es | en |\n|---|---:|---:|');
for (const r of rows) console.log(`| ${r.id} | ${r.es} | ${r.en} |`);
const short = rows.filter((r) => r.es < min || r.en < min);
if (short.length) {
  console.error(`Under ${min} words: ${short.map((r) => r.id).join(', ')}`);
  process.exit(1);
}
