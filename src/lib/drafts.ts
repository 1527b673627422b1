/**
 * Statement drafts: what the statement builder saves. A draft holds the form's input, the
 * user's own edits of any channel's text, its approval record and the versions that went out.
 * An approval is for the exact words approved: any change to the input or an edit clears it,
 * and only an approved draft can be published. Publishing freezes a version (the words of every
 * channel, approver, role, time, the promised next update); a change after that starts the next
 * version and never touches the published ones. Pure: ids and times come in as arguments.
 */
import { getOwn } from './records.ts';
import {
  type Approval,
  type Draft,
  type DraftsState,
  EDIT_LIMIT,
  FIELD_LIMIT,
  FROZEN_LIMIT,
  NAME_LIMIT,
  type PublishedVersion,
  VERSION_LIMIT,
} from './schemas/draft.ts';
import { type Locale, PLATFORM_IDS, type Platform, type StatementInput } from './statement/types.ts';
import { recordedVersions } from './statement-record.ts';

// The shapes are declared once, as schemas (src/lib/schemas/draft.ts); the types derive from them.
export type { Approval, Draft, DraftsState, PublishedVersion };
export { EDIT_LIMIT, FIELD_LIMIT };

export const EMPTY_INPUT: StatementInput = {
  kind: 'holding',
  crisisType: 'service-outage',
  tone: 'formal',
  brand: '',
  whatHappened: '',
};

export function createDraft(init: {
  id: string;
  name: string;
  locale: Locale;
  runId: string | null;
  now: string;
}): Draft {
  return {
    id: init.id,
    name: clip(init.name, NAME_LIMIT),
    locale: init.locale,
    runId: init.runId,
    createdAt: init.now,
    updatedAt: init.now,
    input: { ...EMPTY_INPUT },
    edits: {},
    approval: null,
    publishedAt: null,
    versions: [],
    basedOn: null,
  };
}

function clip(text: string, max: number): string {
  return text.slice(0, max);
}

function put(state: DraftsState, draft: Draft): DraftsState {
  return { ...state, drafts: { ...state.drafts, [draft.id]: draft } };
}

/**
 * A change to what the draft says: the approval no longer applies, and the text is no longer the
 * published one; the published versions stay as they were (a record from before versions were
 * kept becomes a version here, so it is not lost either).
 */
function changed(draft: Draft, patch: Partial<Draft>, now: string): Draft {
  return { ...draft, ...patch, updatedAt: now, approval: null, publishedAt: null, versions: recordedVersions(draft) };
}

export function addDraft(state: DraftsState, draft: Draft): DraftsState {
  if (Object.hasOwn(state.drafts, draft.id)) return state;
  return { currentDraftId: draft.id, drafts: { ...state.drafts, [draft.id]: draft } };
}

export function updateInput(state: DraftsState, id: string, patch: Partial<StatementInput>, now: string): DraftsState {
  const draft = getOwn(state.drafts, id);
  if (!draft) return state;
  const input = { ...draft.input };
  for (const [key, value] of Object.entries(patch) as [keyof StatementInput, unknown][]) {
    (input as Record<string, unknown>)[key] = typeof value === 'string' ? clip(value, FIELD_LIMIT) : value;
  }
  return put(state, changed(draft, { input }, now));
}

export function setLocale(state: DraftsState, id: string, locale: Locale, now: string): DraftsState {
  const draft = getOwn(state.drafts, id);
  return draft && draft.locale !== locale ? put(state, changed(draft, { locale, edits: {} }, now)) : state;
}

/** The user's own text for one channel (`null` goes back to the generated text). */
export function setEdit(
  state: DraftsState,
  id: string,
  platform: Platform,
  text: string | null,
  now: string,
): DraftsState {
  const draft = getOwn(state.drafts, id);
  if (!draft) return state;
  const edits = { ...draft.edits };
  if (text === null) delete edits[platform];
  else edits[platform] = clip(text, EDIT_LIMIT);
  return put(state, changed(draft, { edits }, now));
}

export function renameDraft(state: DraftsState, id: string, name: string, now: string): DraftsState {
  const draft = getOwn(state.drafts, id);
  const clean = clip(name.replace(/\s+/g, ' ').trim(), NAME_LIMIT);
  return draft && clean && clean !== draft.name ? put(state, { ...draft, name: clean, updatedAt: now }) : state;
}

export function deleteDraft(state: DraftsState, id: string): DraftsState {
  if (!Object.hasOwn(state.drafts, id)) return state;
  const drafts = { ...state.drafts };
  delete drafts[id];
  const next = Object.values(drafts).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return { currentDraftId: state.currentDraftId === id ? (next?.id ?? null) : state.currentDraftId, drafts };
}

export function selectDraft(state: DraftsState, id: string): DraftsState {
  return Object.hasOwn(state.drafts, id) ? { ...state, currentDraftId: id } : state;
}

/** Records who approved the text, in what role and when. Both name and role are required. */
export function approve(state: DraftsState, id: string, who: { name: string; role: string }, now: string): DraftsState {
  const draft = getOwn(state.drafts, id);
  const name = clip(who.name.trim(), NAME_LIMIT);
  const role = clip(who.role.trim(), NAME_LIMIT);
  if (!draft || !name || !role) return state;
  return put(state, { ...draft, approval: { name, role, at: now } });
}

/**
 * Publishes the approved text: freezes it as the next version with the exact words of every
 * channel (`texts`, what the builder shows), its approval, the time, and the next update its
 * "next update" field promises (`nextUpdateAt`, read by `promisedTime` when the button is pressed). Refused (same state) without an approval, when this text is
 * already published, or when the words are missing.
 */
export function markPublished(
  state: DraftsState,
  id: string,
  record: { texts: Readonly<Record<Platform, string>>; nextUpdateAt: string | null },
  now: string,
): DraftsState {
  const { texts, nextUpdateAt } = record;
  const draft = getOwn(state.drafts, id);
  if (!draft?.approval || draft.publishedAt || !texts.website?.trim()) return state;
  const versions = recordedVersions(draft);
  if (versions.length >= VERSION_LIMIT) return state;
  const version: PublishedVersion = {
    number: (versions.at(-1)?.number ?? 0) + 1,
    locale: draft.locale,
    input: draft.input,
    edits: draft.edits,
    texts: Object.fromEntries(PLATFORM_IDS.map((p) => [p, clip(texts[p] ?? '', FROZEN_LIMIT)])),
    approval: draft.approval,
    publishedAt: now,
    nextUpdateAt,
  };
  return put(state, { ...draft, publishedAt: now, updatedAt: now, versions: [...versions, version] });
}

/** Drafts version 1 had no versions: a published one gets its record as version 1. */
export const DRAFTS_VERSION = 2;
export const DRAFTS_MIGRATIONS: Record<number, (data: unknown) => unknown> = {
  1: (data) => {
    const isObject = (x: unknown): x is Record<string, unknown> =>
      typeof x === 'object' && x !== null && !Array.isArray(x);
    if (!isObject(data) || !isObject(data['drafts'])) return data;
    const drafts = Object.fromEntries(
      Object.entries(data['drafts']).map(([key, d]) => {
        if (!isObject(d)) return [key, d];
        const upgraded = { ...d, versions: [], basedOn: null };
        // Only a well-formed record becomes a version; anything else is left to the schema to refuse.
        return [
          key,
          d['approval'] && d['publishedAt']
            ? { ...upgraded, versions: recordedVersions(upgraded as unknown as Draft) }
            : upgraded,
        ];
      }),
    );
    return { ...data, drafts };
  },
};
