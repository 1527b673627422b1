/**
 * The drills content collection's schema: a thin Zod adapter (Astro collections take Zod) around
 * the ONE schema of the shape, the Valibot `Drill` of schema.ts, followed by the semantic checks
 * of check.ts against the guides on disk. Each issue becomes a Zod issue with the field's path,
 * so a broken drill fails `astro build` (and `astro sync`) naming the file and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { checkDrill, type GuideHeadings } from './check.ts';
import { headingIds } from './headings.ts';
import { type Drill, parseDrill } from './schema.ts';

/** Heading ids of every guide in both languages, read from src/content/guides (build time only). */
export function readGuideHeadings(guidesDir = join(process.cwd(), 'src/content/guides')): GuideHeadings {
  const out: GuideHeadings = { es: {}, en: {} };
  for (const lang of ['es', 'en'] as const) {
    for (const file of readdirSync(join(guidesDir, lang)).filter((f) => f.endsWith('.mdx'))) {
      out[lang][file.slice(0, -'.mdx'.length)] = headingIds(readFileSync(join(guidesDir, lang, file), 'utf8'));
    }
  }
  return out;
}

let headings: GuideHeadings | undefined;

export const drillCollectionSchema = z.unknown().transform((value, ctx): Drill => {
  const parsed = parseDrill(value);
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      ctx.addIssue({ code: 'custom', path: issue.path ? issue.path.split('.') : [], message: issue.message });
    }
    return z.NEVER;
  }
  headings ??= readGuideHeadings();
  const issues = checkDrill(parsed.drill, headings);
  for (const issue of issues) {
    ctx.addIssue({ code: 'custom', path: issue.path ? issue.path.split('.') : [], message: issue.message });
  }
  return issues.length ? z.NEVER : parsed.drill;
});
