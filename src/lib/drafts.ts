/**
 * Statement drafts: what the statement builder saves. A draft holds the form's input, the
 * user's own edits of any channel's text, and its approval record. An approval is for the exact
 * words approved: any change to the input or an edit clears it, and only an approved draft can
 * be marked published. Pure: ids and times come in as arguments.
 */
import {
  CRISIS_TYPES,
  type Locale,
  PLATFORM_IDS,
  type Platform,
  STATEMENT_KINDS,
  type StatementInput,
  TONES,
} from './statement/types.ts';

export interface Approval {
  name: string;
  role: string;
  /** ISO 8601 */
  at: string;
}

export interface Draft {
  id: string;
  name: string;
  /** The language the statement is written in (not necessarily the page's). */
  locale: Locale;
  /** The checklist session that was current when the draft was made. */
  runId: string | null;
  createdAt: string;
  updatedAt: string;
  input: StatementInput;
  /** Channels whose text the user rewrote by hand; the others follow the form. */
  edits: Partial<Record<Platform, string>>;
  approval: Approval | null;
  publishedAt: string | null;
}

export interface DraftsState {
  currentDraftId: string | null;
  drafts: Record<string, Draft>;
}

/** Form fields are bounded: a statement is short, and a pasted novel must not freeze the page. */
export const FIELD_LIMIT = 2000;
export const EDIT_LIMIT = 10000;
const NAME_LIMIT = 80;

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
  };
}

function clip(text: string, max: number): string {
  return text.slice(0, max);
}

function put(state: DraftsState, draft: Draft): DraftsState {
  return { ...state, drafts: { ...state.drafts, [draft.id]: draft } };
}

/** A change to what the draft says: the approval no longer applies. */
function changed(draft: Draft, patch: Partial<Draft>, now: string): Draft {
  return { ...draft, ...patch, updatedAt: now, approval: null, publishedAt: null };
}

export function addDraft(state: DraftsState, draft: Draft): DraftsState {
  return { currentDraftId: draft.id, drafts: { ...state.drafts, [draft.id]: draft } };
}

export function updateInput(state: DraftsState, id: string, patch: Partial<StatementInput>, now: string): DraftsState {
  const draft = state.drafts[id];
  if (!draft) return state;
  const input = { ...draft.input };
  for (const [key, value] of Object.entries(patch) as [keyof StatementInput, unknown][]) {
    (input as Record<string, unknown>)[key] = typeof value === 'string' ? clip(value, FIELD_LIMIT) : value;
  }
  return put(state, changed(draft, { input }, now));
}

export function setLocale(state: DraftsState, id: string, locale: Locale, now: string): DraftsState {
  const draft = state.drafts[id];
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
  const draft = state.drafts[id];
  if (!draft) return state;
  const edits = { ...draft.edits };
  if (text === null) delete edits[platform];
  else edits[platform] = clip(text, EDIT_LIMIT);
  return put(state, changed(draft, { edits }, now));
}

export function renameDraft(state: DraftsState, id: string, name: string, now: string): DraftsState {
  const draft = state.drafts[id];
  const clean = clip(name.replace(/\s+/g, ' ').trim(), NAME_LIMIT);
  return draft && clean && clean !== draft.name ? put(state, { ...draft, name: clean, updatedAt: now }) : state;
}

export function deleteDraft(state: DraftsState, id: string): DraftsState {
  if (!(id in state.drafts)) return state;
  const drafts = { ...state.drafts };
  delete drafts[id];
  const next = Object.values(drafts).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return { currentDraftId: state.currentDraftId === id ? (next?.id ?? null) : state.currentDraftId, drafts };
}

export function selectDraft(state: DraftsState, id: string): DraftsState {
  return id in state.drafts ? { ...state, currentDraftId: id } : state;
}

/** Records who approved the text, in what role and when. Both name and role are required. */
export function approve(state: DraftsState, id: string, who: { name: string; role: string }, now: string): DraftsState {
  const draft = state.drafts[id];
  const name = clip(who.name.trim(), NAME_LIMIT);
  const role = clip(who.role.trim(), NAME_LIMIT);
  if (!draft || !name || !role) return state;
  return put(state, { ...draft, approval: { name, role, at: now } });
}

/** Only an approved draft can be marked published. */
export function markPublished(state: DraftsState, id: string, now: string): DraftsState {
  const draft = state.drafts[id];
  if (!draft?.approval || draft.publishedAt) return state;
  return put(state, { ...draft, publishedAt: now });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max = EDIT_LIMIT): v is string => typeof v === 'string' && v.length <= max;
const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

function isInput(v: unknown): v is StatementInput {
  if (!isObject(v)) return false;
  const optional = ['cause', 'whoIsAffected', 'fix', 'prevention', 'nextUpdate', 'contact'];
  return (
    (STATEMENT_KINDS as readonly unknown[]).includes(v['kind']) &&
    (CRISIS_TYPES as readonly unknown[]).includes(v['crisisType']) &&
    (TONES as readonly unknown[]).includes(v['tone']) &&
    isString(v['brand'], FIELD_LIMIT) &&
    isString(v['whatHappened'], FIELD_LIMIT) &&
    optional.every((k) => v[k] === undefined || isString(v[k], FIELD_LIMIT)) &&
    (v['apology'] === undefined || typeof v['apology'] === 'boolean')
  );
}

export function isDraft(v: unknown): v is Draft {
  if (!isObject(v)) return false;
  const approval = v['approval'];
  return (
    isString(v['id'], 100) &&
    isString(v['name'], NAME_LIMIT) &&
    (v['locale'] === 'es' || v['locale'] === 'en') &&
    (v['runId'] === null || isString(v['runId'], 100)) &&
    isTime(v['createdAt']) &&
    isTime(v['updatedAt']) &&
    isInput(v['input']) &&
    isObject(v['edits']) &&
    Object.entries(v['edits']).every(([k, t]) => (PLATFORM_IDS as readonly string[]).includes(k) && isString(t)) &&
    (approval === null ||
      (isObject(approval) &&
        isString(approval['name'], NAME_LIMIT) &&
        isString(approval['role'], NAME_LIMIT) &&
        isTime(approval['at']))) &&
    (v['publishedAt'] === null || isTime(v['publishedAt']))
  );
}

export function isDraftsState(v: unknown): v is DraftsState {
  if (!isObject(v) || !isObject(v['drafts'])) return false;
  const drafts = v['drafts'];
  const current = v['currentDraftId'];
  return (
    (current === null || (typeof current === 'string' && current in drafts)) &&
    Object.entries(drafts).every(([id, d]) => isDraft(d) && d.id === id)
  );
}

export const DRAFTS_VERSION = 1;
export const DRAFTS_MIGRATIONS: Record<number, (data: unknown) => unknown> = {};
