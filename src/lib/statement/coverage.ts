import { type Analysis, analyse, ERROR_RULES } from './analyse.ts';
import { composeSentences } from './compose.ts';
import { defaultApology, fieldsFor, type TextField } from './fields.ts';
import { cleanField } from './text.ts';
import {
  APOLOGY_PARTS,
  type ApologyPart,
  type CrisisType,
  STATEMENT_KINDS,
  type StatementInput,
  type StatementKind,
} from './types.ts';
import type { StatementWording } from './wording.ts';

/**
 * Which parts of an effective apology a draft contains, for the coverage meter. The parts are the
 * six of the response guide; each is detected from the language's phrases (its wording file), so this
 * is a heuristic meter, not a judge: it tells the writer what looks missing.
 *
 * - acknowledgement: names what happened ("we know", "charged twice", "the outage"); taking
 *   responsibility also acknowledges.
 * - responsibility: the company is the subject ("we made a mistake", "our fault").
 * - regret: an apology word or regret ("we're sorry", "lamentamos").
 * - explanation: a cause ("because", "the cause", "a fault in").
 * - repair: a concrete corrective measure ("refund", "we have withdrawn").
 * - prevention: what changes ("so it does not happen again", "a partir de ahora").
 */
export function partsOf(analysis: Analysis): Record<ApologyPart, boolean> {
  const s = analysis.signals;
  return {
    acknowledgement: s.acknowledgement || s.responsibility,
    responsibility: s.responsibility,
    regret: s.apology || s.regret,
    explanation: s.explanation,
    repair: s.repair,
    prevention: s.prevention,
  };
}

export function coverage(text: string, wording: StatementWording): Record<ApologyPart, boolean> {
  return partsOf(analyse(text, wording.phrases));
}

/**
 * What the meter checks, by kind of statement. A holding statement is complete without cause,
 * fix or prevention; a statement that deliberately does not apologise (a rumour, a policy kept,
 * a review under way) is not asked for responsibility or regret.
 */
export const METER_PARTS = [...APOLOGY_PARTS, 'action', 'next-update', 'help'] as const;
export type MeterPart = (typeof METER_PARTS)[number];

const NO_ADMISSION: readonly CrisisType[] = ['data-incident', 'staff-misconduct'];

export function partsFor(kind: StatementKind, apology: boolean, crisisType?: CrisisType): readonly MeterPart[] {
  switch (kind) {
    case 'holding':
      return ['acknowledgement', 'action', 'next-update', 'help'];
    case 'follow-up':
      return ['acknowledgement', 'repair', 'next-update', 'help'];
    case 'closing':
      return ['acknowledgement', 'repair', 'prevention', 'help'];
    default:
      if (!apology) return ['acknowledgement', 'explanation', 'repair', 'next-update'];
      // A data incident or a staff review regrets without admitting liability or giving a verdict:
      // the meter does not push the writer to take responsibility there.
      return crisisType && NO_ADMISSION.includes(crisisType)
        ? APOLOGY_PARTS.filter((part) => part !== 'responsibility')
        : APOLOGY_PARTS;
  }
}

/** The field where the user says each part in their own words. */
const FIELDS_OF: Record<MeterPart, readonly TextField[]> = {
  acknowledgement: ['whatHappened'],
  responsibility: [],
  regret: ['sorryFor'],
  explanation: ['cause'],
  repair: ['fix'],
  prevention: ['prevention'],
  action: ['doingNow'],
  'next-update': ['nextUpdate'],
  help: ['whatToDo', 'contact', 'dataContact'],
};

/**
 * The phrases that show each part (./analyse.ts signals). The next-step phrases (a time, an
 * e-mail, "write to us") tell a next update from help only by their field; in a hand-edited
 * text, where there are no fields, either one shows both.
 */
function signalled(part: MeterPart, s: Analysis['signals'], edited: boolean): boolean {
  const apology = partsOf({ signals: s } as Analysis);
  if (part in apology) return apology[part as ApologyPart];
  if (part === 'action') return s.repair;
  return edited && s['next-step'];
}

export interface MeterResult {
  /** The parts this kind of statement needs, each found in the user's words or not. */
  parts: { part: MeterPart; present: boolean }[];
  /** The template's own sentences in the statement: shown as such, never counted. */
  templateSentences: string[];
}

const hasError = (analysis: Analysis) => ERROR_RULES.some((rule) => analysis.flagged[rule].length > 0);

/** Sentences of a text, for comparing a hand edit with the template's sentences. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The honest meter: only the user's own words count. A part is present when the user wrote it in
 * its field without a non-apology in it ("some customers did not follow the instructions" is not
 * an explanation), or when the user's words carry its phrases. Template sentences ("The
 * responsibility is ours.") never count, not even when left in a hand-edited website text.
 * Fields the form does not show for this kind of statement do not count either.
 */
export function meter(input: StatementInput, wording: StatementWording, edited?: string): MeterResult {
  const kind: StatementKind = STATEMENT_KINDS.includes(input.kind) ? input.kind : 'full';
  const apology = defaultApology(input);
  const templateSentences = composeSentences(input, wording)
    .filter((s) => s.template)
    .map((s) => s.text);
  const shown = fieldsFor(input).map((f) => f.key);
  const values = new Map(shown.map((key) => [key, cleanField(input[key])]));
  let userText: string;
  if (typeof edited === 'string') {
    const template = new Set(templateSentences);
    userText = sentencesOf(edited)
      .filter((s) => !template.has(s))
      .join(' ');
    // A field counts only if its words are still in the edited text.
    const lower = userText.toLowerCase();
    for (const [key, value] of values) if (!lower.includes(value.toLowerCase())) values.set(key, '');
  } else {
    userText = [...values.values()].filter((v) => v !== '').join('. ');
  }
  const signals = analyse(userText, wording.phrases).signals;
  const fieldSays = (key: TextField) => {
    const value = values.get(key) ?? '';
    return value !== '' && !hasError(analyse(value, wording.phrases));
  };
  return {
    parts: partsFor(kind, apology, input.crisisType).map((part) => ({
      part,
      present: FIELDS_OF[part].some(fieldSays) || signalled(part, signals, typeof edited === 'string'),
    })),
    templateSentences,
  };
}
