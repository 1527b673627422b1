import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { drillCollectionSchema } from './lib/drills/collection.ts';
import { checklistSchema } from './lib/schemas/checklist.ts';
import { statementWordingSchema } from './lib/schemas/statement.ts';
import { triageSchema } from './lib/schemas/triage.ts';

/**
 * Guides: src/content/guides/{es,en}/ID.mdx. The same file name in both languages pairs them;
 * entry ids are `es/ID` and `en/ID`. A guide must name its checklist (a glossary does not).
 */
const guides = defineCollection({
  loader: glob({ pattern: '{es,en}/*.mdx', base: './src/content/guides' }),
  schema: z
    .object({
      title: z.string().trim().min(3).max(90),
      description: z.string().trim().min(20).max(160),
      order: z.number().int().positive(),
      kind: z.enum(['guide', 'glossary']).default('guide'),
      checklist: reference('checklists').optional(),
      tools: z.array(z.enum(['statement-builder', 'triage', 'crisis-mode'])).default([]),
    })
    .strict()
    .superRefine((guide, ctx) => {
      if (guide.kind === 'guide' && !guide.checklist) {
        ctx.addIssue({
          code: 'custom',
          path: ['checklist'],
          message: 'a guide must name its checklist (checklist: ID)',
        });
      }
    }),
});

/** Checklists: src/content/checklists/ID.yaml, both languages in one file. */
const checklists = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/checklists' }),
  schema: checklistSchema,
});

/**
 * The statement builder's wording: src/content/statements/LANG.yaml, one file per language (the
 * builder loads only the statement's language). No page renders this collection: declaring it
 * makes the build check both files against the schema, naming the file and the field.
 */
const statements = defineCollection({
  loader: glob({ pattern: '{es,en}.yaml', base: './src/content/statements' }),
  schema: statementWordingSchema,
});

/** Triage wording and the first minutes of an incident: src/content/triage/triage.yaml. */
const triage = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/triage' }),
  schema: triageSchema,
});

/**
 * Drills: src/content/drills/ID.yaml, both languages in one file. Validated by the Valibot schema
 * of src/lib/drills/schema.ts and the checks of src/lib/drills/check.ts (see collection.ts).
 */
const drills = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/drills' }),
  schema: drillCollectionSchema,
});

export const collections = { guides, checklists, statements, triage, drills };
