/**
 * The statement drafts store, persisted under `crisis-playbook:drafts`.
 *
 * Stored shape (envelope version 2):
 *   { "version": 2, "data": { "currentDraftId": "…" | null, "drafts": { "<id>": Draft } } }
 * with Draft as in src/lib/schemas/draft.ts. Lifecycle, tab sync, merging, quarantine and
 * failures as for the sessions store (./storage.ts): each action below is applied to the
 * freshest stored drafts, so two tabs editing different fields of one draft keep both.
 * Migrations: DRAFTS_MIGRATIONS in src/lib/drafts.ts.
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
  markPublished,
  renameDraft,
  selectDraft,
  setEdit,
  setLocale,
  updateInput,
} from '../lib/drafts.ts';
import { getOwn, newId } from '../lib/records.ts';
import { DraftsStateSchema } from '../lib/schemas/draft.ts';
import type { Locale, Platform, StatementInput } from '../lib/statement/types.ts';
import { latestPublished } from '../lib/statement-record.ts';
import type { EnvelopeSpec } from '../lib/storage.ts';
import { clockNow, reportCrisisAction } from './drill-bridge.ts';
import { type Action, persistentEnvelope } from './storage.ts';

export const DRAFTS_KEY = 'crisis-playbook:drafts';
export const DRAFTS_SPEC: EnvelopeSpec<DraftsState> = {
  version: DRAFTS_VERSION,
  migrations: DRAFTS_MIGRATIONS,
  schema: DraftsStateSchema,
};

export const freshDrafts = (): DraftsState => ({ currentDraftId: null, drafts: {} });

export const drafts = persistentEnvelope<DraftsState>(DRAFTS_KEY, DRAFTS_SPEC, freshDrafts);
export const $drafts = drafts.$store;

export const $currentDraft = computed($drafts, (s) =>
  s.currentDraftId === null ? undefined : getOwn(s.drafts, s.currentDraftId),
);
export const $draftList = computed($drafts, (s) =>
  Object.values(s.drafts).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
);

/** Now on the clock the crisis screens run on: the drill clock while the builder follows a drill. */
const now = () => clockNow().toISOString();
/**
 * An action on the draft that is current now, applied to the freshest stored drafts. Its time is
 * taken once, when the user acts: applied again (under the lock, or after another tab's write) it
 * gives the same draft, so the store has nothing new to show when the write confirms it.
 */
const onCurrent = (change: (state: DraftsState, id: string, at: string) => DraftsState): Promise<boolean> => {
  const id = $drafts.get().currentDraftId;
  const at = now();
  return id === null ? Promise.resolve(false) : drafts.update((s) => change(s, id, at));
};
const update = (action: Action<DraftsState>) => drafts.update(action);

/**
 * A new draft, linked to the checklist run in progress. The sessions store loads here, on the
 * click, not with the builder: nothing else the builder shows needs it.
 */
export async function newDraft(name: string, locale: Locale): Promise<boolean> {
  const at = now();
  const { $currentSession } = await import('./sessions.ts');
  const draft = createDraft({ id: newId(), name, locale, runId: $currentSession.get()?.id ?? null, now: at });
  return update((s) => addDraft(s, draft));
}
export const editInput = (patch: Partial<StatementInput>) => onCurrent((s, id, at) => updateInput(s, id, patch, at));
export const editChannel = (platform: Platform, text: string | null) =>
  onCurrent((s, id, at) => setEdit(s, id, platform, text, at));
export const changeLocale = (locale: Locale) => onCurrent((s, id, at) => setLocale(s, id, locale, at));
export const rename = (name: string) => onCurrent((s, id, at) => renameDraft(s, id, name, at));
export const remove = (id: string) => update((s) => deleteDraft(s, id));
export const select = (id: string) => update((s) => selectDraft(s, id));
export const recordApproval = (who: { name: string; role: string }) =>
  onCurrent((s, id, at) => approve(s, id, who, at));
/**
 * Publishes the current draft's approved text: `texts` are the exact words of every channel, as
 * shown; `nextUpdateAt` the time its "next update" field promises (promisedTime, read at the click).
 */
export async function publish(record: {
  texts: Readonly<Record<Platform, string>>;
  nextUpdateAt: string | null;
}): Promise<boolean> {
  const id = $drafts.get().currentDraftId;
  const at = now();
  if (id === null) return false;
  const ok = await drafts.update((s) => markPublished(s, id, record, at));
  // Told to a drill in play (src/stores/drill-play.ts), if this draft belongs to its run.
  const draft = getOwn($drafts.get().drafts, id);
  const version = draft && latestPublished(draft);
  if (ok && draft && version?.publishedAt === at) {
    const { kind } = version.input;
    const text = version.texts.website ?? '';
    reportCrisisAction({ type: 'statement', runId: draft.runId, kind, text, nextUpdateAt: version.nextUpdateAt });
  }
  return ok;
}
