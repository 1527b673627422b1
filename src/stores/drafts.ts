/**
 * The statement drafts store, persisted under `crisis-playbook:drafts`.
 *
 * Stored shape (envelope version 1):
 *   { "version": 1, "data": { "currentDraftId": "…" | null, "drafts": { "<id>": Draft } } }
 * with Draft as in src/lib/drafts.ts. Lifecycle, tab sync, quarantine and failures as for the
 * runs store (./storage.ts). Migrations: DRAFTS_MIGRATIONS in src/lib/drafts.ts.
 */
import { computed } from 'nanostores';
import {
  addDraft,
  approve,
  createDraft,
  DRAFTS_MIGRATIONS,
  DRAFTS_VERSION,
  type DraftsState,
  deleteDraft,
  isDraftsState,
  markPublished,
  renameDraft,
  selectDraft,
  setEdit,
  setLocale,
  updateInput,
} from '../lib/drafts.ts';
import type { Locale, Platform, StatementInput } from '../lib/statement/types.ts';
import type { EnvelopeSpec } from '../lib/storage.ts';
import { $currentSession, newId } from './sessions.ts';
import { committer, persistentEnvelope } from './storage.ts';

export const DRAFTS_KEY = 'crisis-playbook:drafts';
export const DRAFTS_SPEC: EnvelopeSpec<DraftsState> = {
  version: DRAFTS_VERSION,
  migrations: DRAFTS_MIGRATIONS,
  validate: isDraftsState,
};

export const $drafts = persistentEnvelope<DraftsState>(DRAFTS_KEY, DRAFTS_SPEC, () => ({
  currentDraftId: null,
  drafts: {},
}));

export const $currentDraft = computed($drafts, (s) => (s.currentDraftId ? s.drafts[s.currentDraftId] : undefined));
export const $draftList = computed($drafts, (s) =>
  Object.values(s.drafts).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
);

const commit = committer($drafts);
const now = () => new Date().toISOString();
const current = () => $drafts.get().currentDraftId;

export function newDraft(name: string, locale: Locale): boolean {
  const draft = createDraft({ id: newId(), name, locale, runId: $currentSession.get()?.id ?? null, now: now() });
  return commit(addDraft($drafts.get(), draft));
}
export const editInput = (patch: Partial<StatementInput>) => {
  const id = current();
  return id ? commit(updateInput($drafts.get(), id, patch, now())) : false;
};
export const editChannel = (platform: Platform, text: string | null) => {
  const id = current();
  return id ? commit(setEdit($drafts.get(), id, platform, text, now())) : false;
};
export const changeLocale = (locale: Locale) => {
  const id = current();
  return id ? commit(setLocale($drafts.get(), id, locale, now())) : false;
};
export const rename = (name: string) => {
  const id = current();
  return id ? commit(renameDraft($drafts.get(), id, name, now())) : false;
};
export const remove = (id: string) => commit(deleteDraft($drafts.get(), id));
export const select = (id: string) => commit(selectDraft($drafts.get(), id));
export const recordApproval = (who: { name: string; role: string }) => {
  const id = current();
  return id ? commit(approve($drafts.get(), id, who, now())) : false;
};
export const publish = () => {
  const id = current();
  return id ? commit(markPublished($drafts.get(), id, now())) : false;
};
/** For "clear all data". */
export const clearDrafts = () => commit({ currentDraftId: null, drafts: {} });
/** For importing everything: the file's drafts replace these. */
export const replaceDrafts = (state: DraftsState) => commit(state);
