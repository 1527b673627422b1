import { z } from 'astro/zod';

/** Text in both languages, side by side, so an item's ids and wording cannot drift apart. */
export const bilingual = z.object({
  es: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

export const checklistItemId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'item ids are kebab-case: lowercase letters, digits and hyphens');

/**
 * One checklist = one data file (src/content/checklists/ID.yaml). Item ids are stable forever:
 * progress is stored as `checklistId/itemId`, so renaming an id orphans people's ticks.
 */
export const checklistSchema = z
  .object({
    title: bilingual,
    summary: bilingual,
    mode: z.enum(['read-do', 'do-confirm']),
    phase: z.enum(['before', 'during', 'after']),
    /** For a list no guide owns: the id of the list it follows on the checklists page (crisis order). */
    after: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'after names a checklist id: kebab-case')
      .optional(),
    items: z
      .array(
        z.object({
          id: checklistItemId,
          es: z.string().trim().min(1).max(160),
          en: z.string().trim().min(1).max(160),
        }),
      )
      .min(5, 'a checklist keeps to the 5–9 critical items')
      .max(9, 'a checklist keeps to the 5–9 critical items'),
  })
  .strict()
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.items.forEach((item, index) => {
      if (seen.has(item.id)) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `duplicate item id "${item.id}"` });
      }
      seen.add(item.id);
    });
  });

export type ChecklistData = z.infer<typeof checklistSchema>;
export type ChecklistMode = ChecklistData['mode'];
export type ChecklistPhase = ChecklistData['phase'];
