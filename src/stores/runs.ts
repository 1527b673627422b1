/**
 * The runs store: checklist progress, persisted in localStorage under `crisis-playbook:runs`.
 *
 * Stored shape (envelope version 1):
 *   { "version": 1, "data": { "currentRunId": "…", "runs": { "<id>": Run } } }
 * with Run as in src/lib/runs.ts (ticks keyed `checklistId/itemId` → ISO time).
 *
 * Lifecycle: read once when this module loads in the browser and again whenever another tab
 * writes the key (@nanostores/persistent listens to `storage` events), written on every change.
 * Migrations: add `migrations[n]` in RUNS_SPEC when bumping the version, with a unit test that
 * upgrades a stored value of version n. A value that cannot be decoded is quarantined (see
 * ./storage.ts) and the store starts with a fresh practice run.
 */
import { persistentAtom, setPersistentEngine } from '@nanostores/persistent';
import { computed } from 'nanostores';
import { currentRun, initialRunsState, isRunsState, type RunsState, setTick } from '../lib/runs.ts';
import { decodeEnvelope, type EnvelopeSpec, encodeEnvelope } from '../lib/storage.ts';
import { $storageStatus, guardedWrite, quarantine, usableLocalStorage } from './storage.ts';

export const RUNS_KEY = 'crisis-playbook:runs';

export const RUNS_SPEC: EnvelopeSpec<RunsState> = {
  version: 1,
  migrations: {},
  validate: isRunsState,
};

function freshState(): RunsState {
  return initialRunsState({ id: newId(), now: new Date().toISOString() });
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `run-${Date.now().toString(36)}`;
}

// Storage refused (private mode, blocked): keep everything in memory for this page and say so.
if (typeof window !== 'undefined' && !usableLocalStorage()) {
  setPersistentEngine({}, { addEventListener() {}, removeEventListener() {} });
  $storageStatus.set('unavailable');
}

export const $runs = persistentAtom<RunsState>(RUNS_KEY, freshState(), {
  encode: (state) => encodeEnvelope(RUNS_SPEC.version, state),
  decode: (raw) => {
    const decoded = decodeEnvelope(raw, RUNS_SPEC);
    if (decoded.ok) return decoded.data;
    quarantine(RUNS_KEY, raw);
    return freshState();
  },
});

export const $currentRun = computed($runs, currentRun);

/** Ticks or unticks an item of the current run. Returns false when storage refused the write. */
export function toggleItem(checklistId: string, itemId: string, ticked: boolean, now: Date = new Date()): boolean {
  const next = setTick($runs.get(), checklistId, itemId, ticked, now.toISOString());
  if (next === $runs.get()) return true;
  return guardedWrite(() => $runs.set(next));
}
