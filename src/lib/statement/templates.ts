import type { ToneWording, TypeWording } from '../schemas/statement.ts';
import {
  CRISIS_TYPES,
  type CrisisType,
  type Locale,
  STATEMENT_KINDS,
  type StatementKind,
  TONES,
  type Tone,
} from './types.ts';
import type { StatementWording } from './wording.ts';

export { defaultApology } from './fields.ts';

/**
 * Statement templates: one per kind × crisis type × tone (64 per language), with the same id in
 * both languages (`full/service-outage/warm`) so a draft keeps its template when the user
 * switches language. The sentences are data, one file per language
 * (src/content/statements/LANG.yaml, loaded by ./wording.ts); this module says which sentence
 * goes where. Each language is written for itself, not translated.
 *
 * A template is a list of slots (one sentence each). A slot lists alternatives; `compose` uses
 * the first whose fields are all filled, and skips the slot when none is. Placeholders:
 *
 * | placeholder | value |
 * |---|---|
 * | `{brand}`, `{contact}` | the field as typed (trimmed, whitespace collapsed) |
 * | `{WhatHappened}`, `{Cause}`, `{DoingNow}`, `{Fix}`, `{Prevention}`, `{Contact}` | the field, capitalised to start a sentence |
 * | `{whatHappened}`, `{cause}`, `{sorryFor}`, `{whatToDo}`, `{dataInvolved}`, `{authority}`, `{dataContact}` | the field inside a sentence: "Some orders…" → "some orders…" (common words only) |
 * | `{toWho}` | who is affected, after "affected"/"ha afectado" ("a los clientes", "al equipo") |
 * | `{when}` | the next update: a bare time gets "at"/"a las" ("at 13:00"), anything else as typed |
 * | `{topic}` | the crisis as a noun phrase, from the wording file (filled here, never from user input) |
 * | `{?field}` / `{!field}` | print nothing; the alternative needs the field filled / empty |
 *
 * `apology`, `promise`, `contactEmail`, `contactUrl`, `contactHandle`, `contactPhone` and
 * `contactOther` are fields for `{?…}`/`{!…}`: whether to apologise, whether a holding statement
 * makes its commitment, and what kind of contact was given.
 *
 * Sentences that hold no field but `{brand}` are the template's own words: the meter never counts
 * them (./coverage.ts), and `composeSentences` says which they are.
 */

export type SlotPart =
  | 'headline'
  | 'opener'
  | 'facts'
  | 'ack'
  | 'who'
  | 'care'
  | 'own'
  | 'stance'
  | 'apology'
  | 'cause'
  | 'now'
  | 'fix'
  | 'prevention'
  | 'data'
  | 'todo'
  | 'next'
  | 'contact'
  | 'thanks';

export interface Slot {
  part: SlotPart;
  /** 1: kept in the shortest version (one post on X); 2: kept when there is room; 3: long versions and Threads. */
  level: 1 | 2 | 3;
  /** Paragraph in the long versions (website, e-mail, Facebook, LinkedIn, Instagram). */
  para: number;
  /** Alternatives for the long versions. Empty: the slot is not in the long versions. */
  long: readonly string[];
  /** Alternatives for the condensed versions (X, Bluesky, Threads). Absent: same as `long`. Empty: left out. */
  short?: readonly string[];
}

export type TemplateId = `${StatementKind}/${CrisisType}/${Tone}`;

export interface Template {
  id: TemplateId;
  locale: Locale;
  kind: StatementKind;
  crisisType: CrisisType;
  tone: Tone;
  slots: readonly Slot[];
  /** First line of the e-mail version. */
  greeting: string;
  /** Last line of the website and e-mail versions; dropped when there is no brand. */
  signOff: string;
}

export type ContactKind = 'email' | 'url' | 'handle' | 'phone' | 'other';

/** The contact sentence for each kind of contact, gated on the kind detected in the input. */
function contactSlot(tone: ToneWording, level: 1 | 2, para: number): Slot {
  const c = tone.contact;
  return {
    part: 'contact',
    level,
    para,
    long: [
      `{?contactEmail}${c.email}`,
      `{?contactUrl}${c.url}`,
      `{?contactHandle}${c.handle}`,
      `{?contactPhone}${c.phone}`,
      `{?contactOther}${c.other}`,
    ],
  };
}

/** What changes so it does not happen again, introduced in the tone's words (short: the bare text). */
function preventionSlot(tone: ToneWording, para: number): Slot {
  return {
    part: 'prevention',
    level: 2,
    para,
    long: [`${tone.preventionIntro} {Prevention}.`],
    short: ['{Prevention}.'],
  };
}

function nextSlot(tone: ToneWording, para: number): Slot {
  return { part: 'next', level: 1, para, long: [tone.nextUpdate, tone.nextUpdateFallback] };
}

/** Only with an apology: the user's "what we are sorry for", else the crisis type's regret. */
function apologySlot(type: TypeWording, tone: ToneWording, level: 1 | 2 | 3, para: number, short = true): Slot {
  const long = [`{?apology}${tone.sorryFor}`, `{?apology}${type.regret}`];
  return short ? { part: 'apology', level, para, long } : { part: 'apology', level, para, long, short: [] };
}

/** What readers should do now, and for a data incident: which data, the authority, the data-protection contact. */
function readerSlots(tone: ToneWording, para: number): Slot[] {
  return [
    { part: 'data', level: 2, para, long: [tone.dataInvolved] },
    { part: 'todo', level: 1, para, long: [tone.whatToDo] },
    { part: 'data', level: 3, para, long: [tone.authority] },
    { part: 'data', level: 2, para, long: [tone.dataContact] },
  ];
}

const optional = (text: string): string[] => (text ? [text] : []);

/**
 * The false rumour: the fact first, the myth once, the fact again (a "truth sandwich"); a
 * holding statement only says what is being checked, since the truth is not confirmed yet.
 */
function rumourSlots(kind: StatementKind, type: TypeWording, tone: ToneWording): Slot[] {
  const r = tone.rumour;
  if (kind === 'holding') {
    return [
      { part: 'headline', level: 1, para: 0, long: [type.holdingHeadline], short: [] },
      { part: 'facts', level: 1, para: 1, long: [r.claim, r.claimNone], short: [r.claim, r.claimNone] },
      { part: 'now', level: 1, para: 1, long: ['{DoingNow}.', r.checking] },
      apologySlot(type, tone, 2, 1),
      nextSlot(tone, 2),
      contactSlot(tone, 2, 2),
    ];
  }
  const fact = { part: 'headline', level: 1, para: 0, long: ['{Cause}.', type.headline], short: [] } as const;
  const factShort: Slot = { part: 'cause', level: 1, para: 1, long: [], short: ['{Cause}.'] };
  const myth: Slot = { part: 'facts', level: 1, para: 1, long: [r.myth, r.mythNone] };
  const factAgain: Slot = { part: 'cause', level: 2, para: 1, long: [r.factAgain], short: [] };
  if (kind === 'closing') {
    return [
      { part: 'headline', level: 1, para: 0, long: [type.closingHeadline], short: [] },
      { part: 'cause', level: 1, para: 1, long: ['{Cause}.'] },
      { part: 'fix', level: 1, para: 2, long: ['{Fix}.'] },
      { part: 'prevention', level: 3, para: 2, long: ['{Prevention}.'] },
      apologySlot(type, tone, 3, 3),
      contactSlot(tone, 2, 3),
      { part: 'thanks', level: 3, para: 3, long: [tone.thanks] },
    ];
  }
  return [
    kind === 'follow-up' ? { part: 'headline', level: 1, para: 0, long: [tone.followUpHeadline], short: [] } : fact,
    ...(kind === 'follow-up' ? [{ part: 'cause', level: 1, para: 1, long: ['{Cause}.'] } as Slot] : [factShort]),
    myth,
    ...(kind === 'follow-up' ? [] : [factAgain]),
    apologySlot(type, tone, 3, 1),
    { part: 'fix', level: 2, para: 2, long: ['{Fix}.'] },
    { part: 'prevention', level: 3, para: 2, long: ['{Prevention}.'] },
    { part: 'todo', level: 2, para: 2, long: [tone.whatToDo] },
    nextSlot(tone, 3),
    contactSlot(tone, 2, 3),
  ];
}

/**
 * The position the brand keeps: a policy it keeps is stated only without an apology (an apology
 * there means the brand changes its mind); a staff review is stated always.
 */
function stanceSlot(type: TypeWording, crisisType: CrisisType, para: number): Slot {
  const gate = crisisType === 'policy-backlash' ? '{!apology}' : '';
  return { part: 'stance', level: 2, para, long: optional(type.stance).map((stance) => `${gate}${stance}`) };
}

function slotsFor(kind: StatementKind, type: TypeWording, tone: ToneWording, crisisType: CrisisType): Slot[] {
  if (crisisType === 'false-rumour') return rumourSlots(kind, type, tone);
  if (kind === 'holding') {
    // Acknowledge, show care, say what is being done now and when the next update comes.
    return [
      { part: 'headline', level: 1, para: 0, long: [type.holdingHeadline], short: [] },
      { part: 'facts', level: 1, para: 1, long: ['{WhatHappened}.'] },
      {
        part: 'ack',
        level: 1,
        para: 1,
        long: [],
        short: [`{?whatHappened}${tone.holdingAck}`, `{!whatHappened}${type.holdingHeadline}`],
      },
      { part: 'who', level: 3, para: 1, long: [tone.whoAffectedNow] },
      // Care, unless the user opted in to an apology, which already says it.
      { part: 'care', level: 3, para: 1, long: optional(type.care).map((care) => `{!apology}${care}`), short: [] },
      stanceSlot(type, crisisType, 1),
      apologySlot(type, tone, 2, 1),
      { part: 'now', level: 1, para: 2, long: ['{DoingNow}.', tone.holdingNow], short: ['{DoingNow}.'] },
      { part: 'fix', level: 2, para: 2, long: [`{?promise}${tone.promiseIntro} {Fix}.`], short: ['{?promise}{Fix}.'] },
      ...readerSlots(tone, 3),
      nextSlot(tone, 4),
      contactSlot(tone, 2, 4),
    ];
  }
  if (kind === 'follow-up') {
    return [
      { part: 'headline', level: 1, para: 0, long: [tone.followUpHeadline], short: [] },
      { part: 'opener', level: 1, para: 1, long: [], short: [tone.followUpOpener] },
      { part: 'facts', level: 2, para: 1, long: ['{WhatHappened}.'] },
      { part: 'fix', level: 1, para: 1, long: [`${tone.progressIntro} {Fix}.`], short: ['{Fix}.'] },
      { part: 'cause', level: 3, para: 2, long: [`${type.causeIntro} {Cause}.`], short: ['{Cause}.'] },
      preventionSlot(tone, 2),
      ...readerSlots(tone, 3),
      { part: 'apology', level: 3, para: 4, long: [`{?apology}${tone.followUpApology}`] },
      nextSlot(tone, 4),
      contactSlot(tone, 2, 4),
      { part: 'thanks', level: 3, para: 4, long: [tone.thanks] },
    ];
  }
  if (kind === 'closing') {
    // Resolved: what happened, what was done, what changes, where help stays available. No next update.
    return [
      { part: 'headline', level: 1, para: 0, long: [type.closingHeadline], short: [] },
      { part: 'opener', level: 1, para: 1, long: [], short: [type.closingHeadline] },
      { part: 'facts', level: 2, para: 1, long: ['{WhatHappened}.'] },
      { part: 'cause', level: 3, para: 1, long: [`${type.causeIntro} {Cause}.`], short: ['{Cause}.'] },
      { part: 'fix', level: 1, para: 2, long: [`${tone.doneIntro} {Fix}.`], short: ['{Fix}.'] },
      preventionSlot(tone, 2),
      ...readerSlots(tone, 3),
      { part: 'apology', level: 3, para: 4, long: [`{?apology}${tone.followUpApology}`] },
      { part: 'thanks', level: 2, para: 4, long: [tone.thanks] },
      contactSlot(tone, 1, 4),
    ];
  }
  return [
    {
      part: 'headline',
      level: 1,
      para: 0,
      long: [`{?apology}${type.headline}`, `{!apology}${type.headlineNoApology}`],
      short: [],
    },
    { part: 'facts', level: 1, para: 1, long: ['{WhatHappened}.'] },
    { part: 'who', level: 3, para: 1, long: [tone.whoAffected] },
    { part: 'own', level: 2, para: 1, long: optional(type.own).map((own) => `{?apology}${own}`) },
    apologySlot(type, tone, 1, 1),
    // Care where there is no apology (a policy kept, a review under way); the apology already says it.
    { part: 'care', level: 3, para: 1, long: optional(type.care).map((care) => `{!apology}${care}`), short: [] },
    stanceSlot(type, crisisType, 1),
    { part: 'cause', level: 2, para: 2, long: [`${type.causeIntro} {Cause}.`], short: ['{Cause}.'] },
    { part: 'fix', level: 1, para: 3, long: [`${tone.fixIntro} {Fix}.`], short: ['{Fix}.'] },
    preventionSlot(tone, 3),
    ...readerSlots(tone, 4),
    nextSlot(tone, 5),
    contactSlot(tone, 2, 5),
  ];
}

/**
 * Template wording is trusted text: `{topic}` is filled here, once, never from user input. In
 * Spanish, "de el" and "a el" contract ("lo del problema", "al equipo").
 */
function withTopic(slot: Slot, topic: string, locale: Locale): Slot {
  const contract = (text: string) =>
    locale === 'es' ? text.replace(/\bde el\b/gu, 'del').replace(/\ba el\b/gu, 'al') : text;
  const fill = (list: readonly string[]) => list.map((s) => contract(s.replaceAll('{topic}', topic)));
  return slot.short === undefined
    ? { ...slot, long: fill(slot.long) }
    : { ...slot, long: fill(slot.long), short: fill(slot.short) };
}

export function templateId(kind: StatementKind, crisisType: CrisisType, tone: Tone): TemplateId {
  return `${kind}/${crisisType}/${tone}`;
}

/** The template for one combination. Unknown values fall back to a full, formal, service-outage statement. */
export function templateFor(
  kind: StatementKind,
  crisisType: CrisisType,
  tone: Tone,
  wording: StatementWording,
): Template {
  const lang = wording.locale;
  const k: StatementKind = STATEMENT_KINDS.includes(kind) ? kind : 'full';
  const c: CrisisType = CRISIS_TYPES.includes(crisisType) ? crisisType : 'service-outage';
  const t: Tone = TONES.includes(tone) ? tone : 'formal';
  const toneWording = wording.tones[t];
  const type = wording.types[c][t];
  return {
    id: templateId(k, c, t),
    locale: lang,
    kind: k,
    crisisType: c,
    tone: t,
    slots: slotsFor(k, type, toneWording, c).map((slot) => withTopic(slot, type.topic, lang)),
    greeting: toneWording.greeting,
    signOff: toneWording.signOff,
  };
}

/** Every template of a language, kind by kind, then crisis type, then tone. */
export function listTemplates(wording: StatementWording): Template[] {
  return STATEMENT_KINDS.flatMap((kind) =>
    CRISIS_TYPES.flatMap((crisisType) => TONES.map((tone) => templateFor(kind, crisisType, tone, wording))),
  );
}
