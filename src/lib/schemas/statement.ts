import { z } from 'astro/zod';
import { CRISIS_TYPES, FLAGGED_RULES, SIGNALS, TONES } from '../statement/types.ts';

/**
 * The statement builder's wording in one language (src/content/statements/LANG.yaml): the
 * templates' sentences and the linter's phrase tables. Every kind of sentence must be there for
 * every tone and crisis type, so a missing or misspelt key fails the build naming the file and
 * the field. Sentences may only use the placeholders the composer fills.
 */

/** The placeholders a template sentence may hold (src/lib/statement/templates.ts explains each). */
export const PLACEHOLDERS = [
  'topic',
  'brand',
  'contact',
  'Contact',
  'whatHappened',
  'cause',
  'toWho',
  'when',
  'sorryFor',
  'whatToDo',
  'dataInvolved',
  'authority',
  'dataContact',
] as const;

const sentence = z
  .string()
  .trim()
  .min(1)
  .refine(
    (text) =>
      [...text.matchAll(/\{(\w+)\}/g)].every(([, name]) => (PLACEHOLDERS as readonly string[]).includes(name ?? '')),
    { message: `a placeholder is not one of {${PLACEHOLDERS.join('}, {')}}` },
  );
/** A sentence a false rumour does without (no responsibility to take for a lie): may be empty. */
const optionalSentence = z.union([z.literal(''), sentence]);

const toneWording = z.strictObject({
  /** What is being done now, when the user has not said (a template sentence: never counted by the meter). */
  holdingNow: sentence,
  holdingAck: sentence,
  followUpHeadline: sentence,
  followUpOpener: sentence,
  whoAffected: sentence,
  whoAffectedNow: sentence,
  fixIntro: sentence,
  progressIntro: sentence,
  preventionIntro: sentence,
  /** Before a holding statement's opt-in commitment. */
  promiseIntro: sentence,
  /** Before what was done, in a closing statement. */
  doneIntro: sentence,
  /** The apology in the user's words: "We apologize for {sorryFor}." */
  sorryFor: sentence,
  whatToDo: sentence,
  dataInvolved: sentence,
  authority: sentence,
  dataContact: sentence,
  nextUpdate: sentence,
  nextUpdateFallback: sentence,
  contact: z.strictObject({ email: sentence, url: sentence, handle: sentence, phone: sentence, other: sentence }),
  followUpApology: sentence,
  thanks: sentence,
  greeting: sentence,
  signOff: sentence,
  /** A false rumour: the fact first, the myth once, the fact again. */
  rumour: z.strictObject({
    claim: sentence,
    claimNone: sentence,
    checking: sentence,
    myth: sentence,
    mythNone: sentence,
    factAgain: sentence,
  }),
});

const typeWording = z.strictObject({
  /** What the crisis is, as a noun phrase ("the outage"). */
  topic: z.string().trim().min(1),
  /** First line of a holding statement: each crisis type its own (no one-size headline). */
  holdingHeadline: sentence,
  /** First line of a full response, with and without an apology. */
  headline: sentence,
  headlineNoApology: sentence,
  /** First line of a closing statement. */
  closingHeadline: sentence,
  /** Taking responsibility, only with an apology (empty where there is no verdict yet: data, staff, rumour). */
  own: optionalSentence,
  /** The apology when the user has not said what for, naming the harm. */
  regret: sentence,
  /** Care for the people affected, without admitting anything. */
  care: optionalSentence,
  /** The position kept without an apology (a policy kept, a review under way; empty if none). */
  stance: optionalSentence,
  /** Before the cause: "The cause is known." / for a policy, "Why we decided it:". */
  causeIntro: sentence,
});

const phrase = z.string().trim().min(1);
const phraseSet = z.strictObject({
  phrases: z.array(phrase).min(1),
  except: z.array(phrase).optional(),
  negatable: z.boolean().optional(),
});
const word = z.string().trim().min(1);

const phrases = z.strictObject({
  negation: z.strictObject({
    words: z.array(word),
    suffixes: z.array(word),
    unless: z.record(word, z.array(word)),
  }),
  flagged: z.record(z.enum(FLAGGED_RULES), phraseSet),
  signals: z.record(z.enum(SIGNALS), phraseSet),
});

export const statementWordingSchema = z.strictObject({
  tones: z.record(z.enum(TONES), toneWording),
  types: z.record(z.enum(CRISIS_TYPES), z.record(z.enum(TONES), typeWording)),
  /** First words that may be lower-cased inside a sentence (folded: no accents). */
  commonWords: z.array(word).min(1),
  phrases,
});

export type StatementWordingData = z.infer<typeof statementWordingSchema>;
export type ToneWording = z.infer<typeof toneWording>;
export type TypeWording = z.infer<typeof typeWording>;
export type PhraseTables = z.infer<typeof phrases>;
