import { defaultApology, fieldsFor, holdingPromise, TEXT_FIELDS, type TextField } from './fields.ts';
import { measure, PLATFORM_RULES } from './platforms.ts';
import { type ContactKind, type Slot, type Template, templateFor } from './templates.ts';
import { capitalise, cleanField, lowerStart, WHOLE_URL } from './text.ts';
import type { Locale, Platform, StatementInput } from './types.ts';
import type { StatementWording } from './wording.ts';

/**
 * Builds the statement for every platform from the builder's fields and a template.
 *
 * - Website: headline, paragraphs, sign-off ("The Café Lumbre team", when there is a brand).
 * - E-mail: greeting, then the website text.
 * - Facebook, LinkedIn, Instagram: headline and paragraphs. The headline is the key message
 *   (we know / we're sorry) and is short, so it sits inside Instagram's first 125 characters and
 *   LinkedIn's first 210.
 * - X and Bluesky: the full text (without the sign-off) when it fits one post, else every
 *   sentence in its condensed form, without the headline; when that is over the limit too,
 *   `splitThread` makes a thread of it (no sentence is ever dropped: prevention and contact
 *   included).
 * - Threads: the longest version that fits one post: the full text, else condensed sentences
 *   without the headline, dropping the optional ones (who is affected, the cause, prevention,
 *   contact) until it fits; when even the shortest does not fit, the shortest is returned and
 *   `lintStatement(text, wording, { platform })` reports it as too long.
 *
 * Never throws. Every field is plain text: trimmed, whitespace collapsed, and inserted as is (no
 * HTML, no placeholder expansion: a user's "{brand}" stays "{brand}"). An empty optional field
 * drops its sentence, so there is no dangling punctuation or placeholder.
 */

type Fields = Record<string, string>;

const BARE_TIME = /^([01]?\d|2[0-3])(?:[:.h][0-5]\d)?\s*(?:h|am|pm|a\.m\.|p\.m\.)?$/iu;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const HANDLE = /^@[\p{L}\p{N}_.]+$/u;
const PHONE = /^\+?[\d\s().-]{6,}$/u;

export function contactKind(contact: string): ContactKind | null {
  if (!contact) return null;
  if (EMAIL.test(contact)) return 'email';
  if (HANDLE.test(contact)) return 'handle';
  if (WHOLE_URL.test(contact)) return 'url';
  if (PHONE.test(contact) && (contact.match(/\d/gu)?.length ?? 0) >= 6) return 'phone';
  return 'other';
}

/** A day or a date that needs its preposition or article: "Friday" → "on Friday", "viernes" → "el viernes". */
const DAY_OR_DATE = {
  en: /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|febr)uary|march|april|may|june|july|august|(?:septem|octo|novem|decem)ber|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]+)\b/iu,
  es: /^(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|\d{1,2}\s+de\s)/iu,
} as const;

function whenOf(nextUpdate: string, locale: Locale, common: ReadonlySet<string>): string {
  const time = BARE_TIME.exec(nextUpdate);
  if (time) {
    if (locale === 'en') return `at ${nextUpdate}`;
    return Number(time[1]) === 1 ? `a la ${nextUpdate}` : `a las ${nextUpdate}`;
  }
  const when = lowerStart(nextUpdate, common);
  if (!DAY_OR_DATE[locale].test(when)) return when;
  // Spanish writes days and months in lower case.
  return locale === 'en' ? `on ${when}` : `el ${when.charAt(0).toLowerCase()}${when.slice(1)}`;
}

function toWhoOf(who: string, locale: Locale): string {
  if (!who || locale === 'en') return who;
  if (/^al?\s/iu.test(who)) return who;
  if (/^el\s/u.test(who)) return `al ${who.slice(3)}`;
  return `a ${who}`;
}

/**
 * Every value a template may use, computed once from the raw input. A field the form does not
 * show for this kind and crisis type (a cause typed before switching to a holding statement,
 * data fields left from a data incident) is left out: the statement says only what the form shows.
 */
export function fieldsOf(raw: Partial<StatementInput>, wording: StatementWording): Fields {
  const shown = new Set<TextField>(fieldsFor(raw).map((f) => f.key));
  const input: Partial<StatementInput> = { ...raw };
  for (const { key } of TEXT_FIELDS) if (!shown.has(key)) delete input[key];
  const locale = wording.locale;
  const common = new Set(wording.commonWords);
  const whatHappened = cleanField(input.whatHappened);
  const cause = cleanField(input.cause);
  const fix = cleanField(input.fix);
  const prevention = cleanField(input.prevention);
  const contact = cleanField(input.contact);
  const nextUpdate = cleanField(input.nextUpdate);
  const who = lowerStart(cleanField(input.whoIsAffected), common);
  const kind = contactKind(contact);
  const crisisType = input.crisisType ?? 'service-outage';
  const inside = (value: string | undefined) => lowerStart(cleanField(value), common);
  return {
    brand: cleanField(input.brand),
    whatHappened: lowerStart(whatHappened, common),
    WhatHappened: capitalise(whatHappened),
    cause: lowerStart(cause, common),
    Cause: capitalise(cause),
    DoingNow: capitalise(cleanField(input.doingNow)),
    sorryFor: inside(input.sorryFor),
    whatToDo: inside(input.whatToDo),
    dataInvolved: inside(input.dataInvolved),
    authority: cleanField(input.authority),
    dataContact: cleanField(input.dataContact),
    Fix: capitalise(fix),
    Prevention: capitalise(prevention),
    contact,
    Contact: capitalise(contact),
    toWho: toWhoOf(who, locale),
    when: nextUpdate ? whenOf(nextUpdate, locale, common) : '',
    apology: defaultApology({ kind: input.kind, crisisType, apology: input.apology }) ? 'yes' : '',
    promise: holdingPromise(input) ? 'yes' : '',
    contactEmail: kind === 'email' ? contact : '',
    contactUrl: kind === 'url' ? contact : '',
    contactHandle: kind === 'handle' ? contact : '',
    contactPhone: kind === 'phone' ? contact : '',
    contactOther: kind === 'other' ? contact : '',
  };
}

const PLACEHOLDER = /\{([?!]?)([A-Za-z]+)\}(\.?)/gu;
const ENDS_SENTENCE = /[.!?…。！？]$/u;

/** One alternative of a slot, or null when a field it needs is empty (or one it excludes is filled). */
export function renderSentence(template: string, fields: Fields): string | null {
  for (const [, mod, name] of template.matchAll(PLACEHOLDER)) {
    const filled = (fields[name ?? ''] ?? '') !== '';
    if (mod === '!' ? filled : !filled) return null;
  }
  // A single pass: values are never scanned again, so user text is never expanded.
  return template.replace(PLACEHOLDER, (_all, mod: string, name: string, dot: string) => {
    if (mod) return dot;
    const value = fields[name] ?? '';
    return dot && ENDS_SENTENCE.test(value) ? value : value + dot;
  });
}

/**
 * Whether a template alternative carries the user's words: a field other than the brand. One that
 * does not ("Our team is working on it.", "The {brand} team") is the template's own sentence.
 */
export function holdsUserWords(alternative: string): boolean {
  for (const [, mod, name] of alternative.matchAll(PLACEHOLDER)) if (!mod && name !== 'brand') return true;
  return false;
}

export interface Sentence {
  para: number;
  text: string;
  /** The template's own words, with none of the user's: shown as such, never counted by the meter. */
  template: boolean;
}

function sentences(slots: readonly Slot[], fields: Fields, mode: 'long' | 'short', maxLevel: number): Sentence[] {
  const out: Sentence[] = [];
  for (const slot of slots) {
    if (slot.level > maxLevel) continue;
    const alternatives = mode === 'long' ? slot.long : (slot.short ?? slot.long);
    for (const alternative of alternatives) {
      const text = renderSentence(alternative, fields);
      if (text) {
        out.push({ para: slot.para, text, template: !holdsUserWords(alternative) });
        break;
      }
    }
  }
  return out;
}

/** Sentences of a paragraph joined by a space, paragraphs by a blank line. */
function paragraphs(list: readonly Sentence[]): string {
  const paras: string[][] = [];
  let current = Number.NaN;
  for (const s of list) {
    if (s.para !== current) {
      paras.push([]);
      current = s.para;
    }
    paras.at(-1)?.push(s.text);
  }
  return paras.map((p) => p.join(' ')).join('\n\n');
}

/** The networks where a post too long for one becomes a thread (see preview.ts `THREADED`). */
const THREADED_PLATFORMS: readonly Platform[] = ['x', 'bluesky'];

function condensed(template: Template, fields: Fields, platform: Platform): string {
  const limit = PLATFORM_RULES[platform].limit ?? Number.POSITIVE_INFINITY;
  const body = template.slots.filter((slot) => slot.part !== 'headline');
  const short = (level: number) =>
    sentences(body, fields, 'short', level)
      .map((s) => s.text)
      .join(' ');
  const full = paragraphs(sentences(template.slots, fields, 'long', 3));
  // Where a long post becomes a thread, no sentence is dropped: what does not fit one post is
  // split by `splitThread`, and only when it is over the limit.
  if (THREADED_PLATFORMS.includes(platform)) {
    const every = short(3);
    return measure(full, platform).length <= limit ? full : every;
  }
  const candidates = [full, short(3), short(2), short(1)];
  return candidates.find((text) => measure(text, platform).length <= limit) ?? candidates.at(-1) ?? '';
}

function joinBlocks(blocks: readonly string[]): string {
  return blocks.filter((block) => block !== '').join('\n\n');
}

function prepare(input: StatementInput, wording: StatementWording): { template: Template; fields: Fields } {
  const raw: Partial<StatementInput> = input !== null && typeof input === 'object' ? input : {};
  const template = templateFor(raw.kind ?? 'full', raw.crisisType ?? 'service-outage', raw.tone ?? 'formal', wording);
  return { template, fields: fieldsOf({ ...raw, kind: template.kind, crisisType: template.crisisType }, wording) };
}

/** The sentences of the long version (website, without the sign-off), each marked as the template's own or not. */
export function composeSentences(input: StatementInput, wording: StatementWording): Sentence[] {
  const { template, fields } = prepare(input, wording);
  return sentences(template.slots, fields, 'long', 3);
}

/** The statement for every platform, in the wording's language. */
export function compose(input: StatementInput, wording: StatementWording): Record<Platform, string> {
  const { template, fields } = prepare(input, wording);
  const full = paragraphs(sentences(template.slots, fields, 'long', 3));
  const signOff = renderSentence(template.signOff, fields) ?? '';
  const website = joinBlocks([full, signOff]);
  return {
    x: condensed(template, fields, 'x'),
    bluesky: condensed(template, fields, 'bluesky'),
    threads: condensed(template, fields, 'threads'),
    instagram: full,
    facebook: full,
    linkedin: full,
    website,
    email: joinBlocks([template.greeting, website]),
  };
}
