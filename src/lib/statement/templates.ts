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
 * Statement templates: one per kind × crisis type × tone (42 per language), with the same id in
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
 * | `{WhatHappened}`, `{Cause}`, `{Fix}`, `{Prevention}`, `{Contact}` | the field, capitalised to start a sentence |
 * | `{whatHappened}` | the field inside a sentence: "Some orders…" → "some orders…" (common words only) |
 * | `{toWho}` | who is affected, after "affected"/"ha afectado" ("a los clientes", "al equipo") |
 * | `{when}` | the next update: a bare time gets "at"/"a las" ("at 13:00"), anything else as typed |
 * | `{topic}` | the crisis as a noun phrase, from the wording file (filled here, never from user input) |
 * | `{?field}` / `{!field}` | print nothing; the alternative needs the field filled / empty |
 *
 * `apology`, `contactEmail`, `contactUrl`, `contactHandle`, `contactPhone` and `contactOther` are
 * fields for `{?…}`/`{!…}`: whether to apologise, and what kind of contact was given.
 */

export type SlotPart =
  | 'headline'
  | 'opener'
  | 'facts'
  | 'ack'
  | 'who'
  | 'own'
  | 'apology'
  | 'cause'
  | 'fix'
  | 'prevention'
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

function nextSlot(tone: ToneWording, para: number): Slot {
  return { part: 'next', level: 1, para, long: [tone.nextUpdate, tone.nextUpdateFallback] };
}

function slotsFor(kind: StatementKind, type: TypeWording, tone: ToneWording, rumour: boolean): Slot[] {
  const r = tone.rumour;
  if (rumour) {
    if (kind === 'holding') {
      return [
        { part: 'headline', level: 1, para: 0, long: [r.holdingHeadline], short: [] },
        { part: 'facts', level: 1, para: 1, long: [r.claim], short: [r.claim, r.claimNone] },
        { part: 'ack', level: 1, para: 1, long: [r.checking] },
        { part: 'apology', level: 2, para: 1, long: [`{?apology}${type.regret}`] },
        { part: 'fix', level: 2, para: 2, long: ['{Fix}.'] },
        nextSlot(tone, 3),
        contactSlot(tone, 2, 3),
      ];
    }
    if (kind === 'follow-up') {
      return [
        { part: 'headline', level: 1, para: 0, long: [tone.followUpHeadline], short: [] },
        { part: 'opener', level: 1, para: 1, long: [], short: [tone.followUpOpener] },
        { part: 'facts', level: 1, para: 1, long: [r.followUpClaim] },
        { part: 'own', level: 1, para: 1, long: ['{Cause}.'] },
        { part: 'fix', level: 2, para: 2, long: ['{Fix}.'] },
        { part: 'prevention', level: 3, para: 2, long: ['{Prevention}.'] },
        { part: 'apology', level: 3, para: 3, long: [`{?apology}${type.regret}`] },
        nextSlot(tone, 3),
        contactSlot(tone, 2, 3),
        { part: 'thanks', level: 3, para: 3, long: [tone.thanks] },
      ];
    }
    return [
      { part: 'headline', level: 1, para: 0, long: [type.headline], short: [] },
      { part: 'facts', level: 1, para: 1, long: [r.claim, r.claimNone] },
      { part: 'ack', level: 1, para: 1, long: [], short: [r.denial] },
      { part: 'own', level: 1, para: 1, long: ['{Cause}.'] },
      { part: 'apology', level: 2, para: 1, long: [`{?apology}${type.regret}`] },
      { part: 'fix', level: 2, para: 2, long: ['{Fix}.'] },
      { part: 'prevention', level: 3, para: 2, long: ['{Prevention}.'] },
      nextSlot(tone, 3),
      contactSlot(tone, 2, 3),
    ];
  }
  if (kind === 'holding') {
    return [
      { part: 'headline', level: 1, para: 0, long: [tone.holdingHeadline], short: [] },
      { part: 'facts', level: 1, para: 1, long: ['{WhatHappened}.'] },
      {
        part: 'ack',
        level: 1,
        para: 1,
        long: [tone.holdingNow],
        short: [`{?whatHappened}${tone.holdingAck}`, `{!whatHappened}${tone.holdingAckNoFacts}`],
      },
      { part: 'who', level: 3, para: 1, long: [tone.whoAffectedNow] },
      { part: 'apology', level: 2, para: 1, long: [`{?apology}${type.regret}`] },
      { part: 'fix', level: 2, para: 2, long: ['{Fix}.'] },
      nextSlot(tone, 3),
      contactSlot(tone, 2, 3),
    ];
  }
  if (kind === 'follow-up') {
    return [
      { part: 'headline', level: 1, para: 0, long: [tone.followUpHeadline], short: [] },
      { part: 'opener', level: 1, para: 1, long: [], short: [tone.followUpOpener] },
      { part: 'facts', level: 2, para: 1, long: ['{WhatHappened}.'] },
      { part: 'fix', level: 1, para: 1, long: [`${tone.progressIntro} {Fix}.`], short: ['{Fix}.'] },
      { part: 'cause', level: 3, para: 2, long: [`${tone.causeIntro} {Cause}.`], short: ['{Cause}.'] },
      {
        part: 'prevention',
        level: 2,
        para: 2,
        long: [`${tone.preventionIntro} {Prevention}.`],
        short: ['{Prevention}.'],
      },
      { part: 'apology', level: 3, para: 3, long: [`{?apology}${tone.followUpApology}`] },
      nextSlot(tone, 3),
      contactSlot(tone, 2, 3),
      { part: 'thanks', level: 3, para: 3, long: [tone.thanks] },
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
    {
      part: 'own',
      level: 1,
      para: 1,
      long: [type.own],
      short: [`{?apology}${tone.ownApologyShort}`, `{!apology}${tone.ownShort}`],
    },
    { part: 'apology', level: 1, para: 1, long: [`{?apology}${type.harm}`], short: [] },
    { part: 'cause', level: 2, para: 2, long: [`${tone.causeIntro} {Cause}.`], short: ['{Cause}.'] },
    { part: 'fix', level: 1, para: 3, long: [`${tone.fixIntro} {Fix}.`], short: ['{Fix}.'] },
    {
      part: 'prevention',
      level: 2,
      para: 3,
      long: [`${tone.preventionIntro} {Prevention}.`],
      short: ['{Prevention}.'],
    },
    nextSlot(tone, 4),
    contactSlot(tone, 2, 4),
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
    slots: slotsFor(k, type, toneWording, c === 'false-rumour').map((slot) => withTopic(slot, type.topic, lang)),
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
