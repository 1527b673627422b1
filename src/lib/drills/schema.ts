/**
 * A drill scenario: one data file, src/content/drills/ID.yaml, both languages side by side (as
 * the checklists are), so the two versions cannot drift apart in structure.
 *
 * This Valibot schema is the ONE schema of the shape. The content collection (src/content.config.ts)
 * runs it through a thin Zod adapter, then the semantic checks of check.ts (reachability, every
 * path ends, cited guide sections exist in both languages). Types for the engine, the scorer
 * and the debrief derive from it.
 *
 * Times in a scenario are simulated minutes since the drill started (T+0). The engine compresses
 * them for a solo play-through (see engine.ts).
 */
import * as v from 'valibot';
import { SEVERITIES, type Severity } from '../incident/levels.ts';
import { CRISIS_TYPES, PLATFORM_IDS } from '../statement/types.ts';
import { CONTACTS, type Contact, DrillId } from './ids.ts';

/** The four severities of crisis mode, most severe first: the incident model's. */
export { DrillId, SEVERITIES, type Severity };

const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const bounded = (max: number) => v.pipe(NonEmpty, v.maxLength(max, `at most ${max} characters`));

/** Text in both languages. */
export const Text = (max = 600) => v.strictObject({ es: bounded(max), en: bounded(max) });
export type Text = { es: string; en: string };

/** Simulated minutes since T+0. */
export const Minutes = v.pipe(v.number(), v.integer('whole minutes'), v.minValue(0), v.maxValue(480));

/**
 * A guide section behind a piece of feedback: the guide's id (its file name, the same in both
 * languages) and the heading's anchor in each language (anchors are slugs of the headings, which
 * differ per language). The build checks that both exist and name the same section.
 */
export const Citation = v.strictObject({ guide: DrillId, es: DrillId, en: DrillId });
export type Citation = v.InferOutput<typeof Citation>;

/** A post's author: the handle and display name differ per language (a Spanish voice, a US voice). */
const Author = v.strictObject({
  handle: v.pipe(v.string(), v.regex(/^@[\w.]{1,30}$/, 'a handle is @ and up to 30 letters, digits, _ or .')),
  name: bounded(60),
});

const injectBase = {
  id: DrillId,
  /** When it is released on its own (simulated minutes). Without it, only a choice, a timeout or a missed deadline releases it. */
  at: v.optional(Minutes),
  /** A few words for the master events list and the printed card. */
  title: Text(80),
};

/** A public post (mock): reads like a real post, in the author's own voice. */
export const PostInject = v.strictObject({
  ...injectBase,
  kind: v.literal('post'),
  network: v.picklist(PLATFORM_IDS),
  author: v.strictObject({ es: Author, en: Author }),
  followers: v.pipe(v.number(), v.integer(), v.minValue(0)),
  text: Text(600),
});

/** Anything else that reaches the team: a journalist, a colleague, an alert, a published article. */
export const MessageInject = v.strictObject({
  ...injectBase,
  kind: v.picklist(['press', 'internal', 'alert', 'news']),
  /** Who it is from, as it would show: “Laura Méndez, reporter at Diario del Sur (fictional)”. */
  from: Text(120),
  text: Text(600),
});

export const Inject = v.variant('kind', [PostInject, MessageInject]);
export type Inject = v.InferOutput<typeof Inject>;
export type InjectKind = Inject['kind'];

/** Releases an inject `after` simulated minutes from the moment of the choice (0 = at once). */
export const Release = v.strictObject({ inject: DrillId, after: v.optional(Minutes, 0) });
export type Release = v.InferOutput<typeof Release>;

/** Where a choice leads: another decision's id, or `end`. */
export const END = 'end';
const Next = DrillId;

/**
 * How good a choice is. `cautious` is safe but slower or incomplete; `wrong` makes things worse.
 * The learner also says how sure they are: a sure wrong choice costs the most (scoring.ts).
 */
export const QUALITIES = ['best', 'cautious', 'wrong'] as const;
export type Quality = (typeof QUALITIES)[number];

const outcome = {
  feedback: Text(700),
  read: v.pipe(v.array(Citation), v.minLength(1, 'feedback cites at least one guide section')),
  releases: v.optional(v.array(Release), []),
  next: Next,
};

export const Choice = v.strictObject({
  id: DrillId,
  label: Text(220),
  quality: v.picklist(QUALITIES),
  ...outcome,
});
export type Choice = v.InferOutput<typeof Choice>;

/** What happens when the learner lets the decision's time run out. */
export const Timeout = v.strictObject(outcome);
export type Timeout = v.InferOutput<typeof Timeout>;

export const Decision = v.strictObject({
  id: DrillId,
  /** The earliest it opens (simulated minutes); it opens when the path reaches it, not before. */
  at: Minutes,
  /** Simulated minutes the learner has, once it is open, before the timeout is taken. */
  window: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)),
  prompt: Text(400),
  choices: v.pipe(
    v.array(Choice),
    v.minLength(2, 'a decision offers 2 to 4 choices'),
    v.maxLength(4, 'a decision offers 2 to 4 choices'),
  ),
  timeout: Timeout,
});
export type Decision = v.InferOutput<typeof Decision>;

/** Actions done in the crisis-mode screens (not in a decision) that a deadline can watch. */
export const ACTIONS = ['statement', 'severity', 'escalate', 'evidence'] as const;
export type Action = (typeof ACTIONS)[number];

export { CONTACTS, type Contact };

/** Not done in time: when `action` has not happened by `by`, its injects are released. */
export const Deadline = v.strictObject({
  id: DrillId,
  action: v.picklist(ACTIONS),
  by: Minutes,
  feedback: Text(700),
  read: v.pipe(v.array(Citation), v.minLength(1, 'feedback cites at least one guide section')),
  releases: v.pipe(v.array(Release), v.minLength(1, 'a missed deadline releases at least one inject')),
});
export type Deadline = v.InferOutput<typeof Deadline>;

export const Drill = v.strictObject({
  title: Text(90),
  /** The scenario in two or three sentences; says that the brand is fictional. */
  summary: Text(400),
  /** The severity the scenario really has (what triage should find). */
  severity: v.picklist(SEVERITIES),
  /** The statement builder's crisis type that fits best. */
  crisisType: v.picklist(CRISIS_TYPES),
  /** Simulated length of the scenario. */
  durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(30), v.maxValue(240)),
  /** Who must be told, and by when (simulated minutes). */
  escalate: v.pipe(
    v.array(v.strictObject({ to: v.picklist(CONTACTS), by: Minutes })),
    v.minLength(1, 'name at least one person to tell'),
  ),
  /** Posts that must be kept as evidence cards (inject ids). */
  evidence: v.array(DrillId),
  /** The master events list. */
  injects: v.pipe(v.array(Inject), v.minLength(6, 'a drill has at least six injects')),
  /** The first decision is where the path starts. */
  decisions: v.pipe(v.array(Decision), v.minLength(5, 'a drill has at least five decision points')),
  deadlines: v.optional(v.array(Deadline), []),
});
export type Drill = v.InferOutput<typeof Drill>;
export type DrillInput = v.InferInput<typeof Drill>;

export interface SchemaIssue {
  /** Dotted path of the field: `decisions.2.choices.0.feedback.en`. */
  path: string;
  message: string;
}

/** Parses a drill file's data; issues come with the path of the field. */
export function parseDrill(value: unknown): { ok: true; drill: Drill } | { ok: false; issues: SchemaIssue[] } {
  const result = v.safeParse(Drill, value);
  if (result.success) return { ok: true, drill: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message })),
  };
}
