// @vitest-environment jsdom
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeEnvelope } from '../../src/lib/storage.ts';

const KEY = 'crisis-playbook:incidents';

async function loadStores() {
  setPersistentEngine(localStorage, windowPersistentEvents);
  vi.resetModules();
  return {
    ...(await import('../../src/stores/incidents.ts')),
    ...(await import('../../src/stores/runs.ts')),
    ...(await import('../../src/stores/drafts.ts')),
    ...(await import('../../src/stores/storage.ts')),
  };
}

const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');
const NOW = new Date('2026-03-06T10:00:00Z');
const input = {
  title: 'Double charges',
  severity: 'high' as const,
  reason: '',
  triage: null,
  startedAt: '2026-03-06T09:20:00.000Z',
  detectedAt: '2026-03-06T09:30:00.000Z',
  declaredAt: '2026-03-06T09:55:00.000Z',
};

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('incidents store', () => {
  it('starts an incident with its own checklist session of kind incident, in a versioned envelope', async () => {
    const s = await loadStores();
    expect(s.startIncident(input, NOW)).toBeNull();
    const incident = s.$incident.get();
    expect(stored().version).toBe(1);
    expect(incident?.detectedAt).toBe(input.detectedAt);
    expect(s.$currentRun.get()).toMatchObject({ id: incident?.runId, kind: 'incident', title: 'Double charges' });
  });

  it('refuses times out of order and in the future, saving nothing', async () => {
    const s = await loadStores();
    expect(s.startIncident({ ...input, detectedAt: '2026-03-06T09:00:00.000Z' }, NOW)).toBe('detected-before-started');
    expect(s.startIncident({ ...input, declaredAt: '2026-03-06T11:00:00.000Z' }, NOW)).toBe('in-the-future');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('logs entries with the time written and the time it happened', async () => {
    const s = await loadStores();
    s.startIncident(input, NOW);
    expect(s.logEntry({ kind: 'call', text: 'Called IT', happenedAt: '2026-03-06T09:58:00.000Z' }, NOW)).toBe(true);
    expect(stored().data.incidents[s.$incident.get()?.id ?? ''].timeline[0]).toMatchObject({
      kind: 'call',
      happenedAt: '2026-03-06T09:58:00.000Z',
      writtenAt: NOW.toISOString(),
    });
  });

  it('a refused write is reported and leaves the stored value as it was', async () => {
    const s = await loadStores();
    s.startIncident(input, NOW);
    const before = localStorage.getItem(KEY);
    // Fill the rest of jsdom's 5 MB quota so the next write is refused.
    let filler = 'x'.repeat(1_000_000);
    for (let i = 0; filler.length > 0; i++) {
      try {
        localStorage.setItem(`filler-${i}`, filler);
      } catch {
        filler = filler.slice(0, Math.floor(filler.length / 2));
      }
    }
    expect(s.setRole('lead', 'Lucía Ferrer, who leads the response tonight')).toBe(false);
    expect(s.$storageStatus.get()).toBe('write-failed');
    expect(localStorage.getItem(KEY)).toBe(before);
    expect(s.$incident.get()?.roles.lead).toBe('');
  });

  it('quarantines an unreadable stored value and starts clean', async () => {
    localStorage.setItem(KEY, encodeEnvelope(1, { currentIncidentId: 'x', incidents: {} }));
    const s = await loadStores();
    expect(s.$incidents.get()).toEqual({ currentIncidentId: null, incidents: {} });
    expect(s.$storageStatus.get()).toBe('quarantined');
  });

  it('a statement draft for the incident belongs to it and is filled with its facts', async () => {
    const s = await loadStores();
    s.startIncident(input, NOW);
    expect(s.draftStatementForIncident('en')).toBe(true);
    expect(s.$currentDraft.get()).toMatchObject({
      runId: s.$incident.get()?.runId,
      input: { whatHappened: 'Double charges' },
    });
  });

  it('closing sets the resolution time; not before detection', async () => {
    const s = await loadStores();
    s.startIncident(input, NOW);
    expect(s.closeIncident('2026-03-06T09:00:00.000Z')).toBe(false);
    expect(s.closeIncident('2026-03-06T12:00:00.000Z')).toBe(true);
    expect(s.$incident.get()?.resolvedAt).toBe('2026-03-06T12:00:00.000Z');
  });
});
