import { z } from 'astro/zod';
import { QUESTION_IDS, QUESTIONS } from '../incident/triage.ts';
import { bilingual } from './checklist.ts';
import { SEVERITIES } from './incident.ts';

const option = z
  .object({ id: z.string(), es: z.string().trim().min(1).max(120), en: z.string().trim().min(1).max(120) })
  .strict();
const step = z
  .object({ id: z.string(), es: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) })
  .strict();

/**
 * The wording of triage and of the first minutes (src/content/triage/triage.yaml), both
 * languages side by side. The scoring itself is code (src/lib/incident/triage.ts): this file must
 * word exactly its questions and options, which the build checks.
 */
export const triageSchema = z
  .object({
    source: bilingual,
    unsure: bilingual,
    levels: z.object(
      Object.fromEntries(
        SEVERITIES.map((l) => [l, z.object({ name: bilingual, summary: bilingual, call: bilingual }).strict()]),
      ) as Record<
        (typeof SEVERITIES)[number],
        z.ZodObject<{ name: typeof bilingual; summary: typeof bilingual; call: typeof bilingual }>
      >,
    ),
    questions: z.array(
      z.object({ id: z.string(), prompt: bilingual, short: bilingual, options: z.array(option).min(2) }).strict(),
    ),
    firstSteps: z.array(step).min(3).max(5),
  })
  .strict()
  .superRefine((data, ctx) => {
    const ids = data.questions.map((q) => q.id);
    if (ids.join() !== QUESTION_IDS.join()) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message: `questions must be, in order: ${QUESTION_IDS.join(', ')}`,
      });
    }
    data.questions.forEach((q, i) => {
      const expected = Object.keys(QUESTIONS[q.id as keyof typeof QUESTIONS] ?? {});
      if (q.options.map((o) => o.id).join() !== expected.join()) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'options'],
          message: `options of "${q.id}" must be: ${expected.join(', ')}`,
        });
      }
    });
  });

export type TriageData = z.infer<typeof triageSchema>;
