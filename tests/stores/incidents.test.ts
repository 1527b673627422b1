// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeEnvelope } from '../../src/lib/storage.ts';
import { closePages, fillStorage, loadPage } from './helpers.ts';

// Screenshots live in IndexedDB, which jsdom lacks: an in-memory stand-in that can refuse writes.
const blobs = vi.hoisted(() => ({ stored: new Map<string, Blob>(), refuse: false }));
vi.mock('../../src/stores/evidence-blobs.ts', () => ({
  putBlob: async (id: string, blob: Blob) => {
    if (blobs.refuse) return false;
    blobs.stored.set(id, blob);
    return true;
  },
  getBlob: async (id: string) => blobs.stored.get(id) ?? null,
  deleteBlob: async (id: string) => {
    blobs.stored.delete(id);
  },
  clearBlobs: async () => blobs.stored.clear(),
  estimate: async () => null,
}));

const KEY = 'crisis-playbook:incidents';
const RUNS = 'crisis-playbook:runs';
const loadStores = loadPage;

const stored = (key = KEY) => JSON.parse(localStorage.getItem(key) ?? 'null');
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

beforeEach(() => {
  localStorage.clear();
  blobs.stored.clear();
  blobs.refuse = false;
});
afterEach(() => {
  closePages();
  vi.restoreAllMocks();
});

describe('incidents store', () => {
  it('starts an incident with its own checklist session of kind incident, in a versioned envelope', async () => {
    const s = await loadStores();
    expect(await s.startIncident(input, NOW)).toBeNull();
    const incident = s.$incident.get();
    expect(stored().version).toBe(1);
    expect(incident?.detectedAt).toBe(input.detectedAt);
    expect(s.$currentSession.get()).toMatchObject({ id: incident?.runId, kind: 'incident', title: 'Double charges' });
  });

  it('refuses times out of order and in the future, saving nothing', async () => {
    const s = await loadStores();
    expect(await s.startIncident({ ...input, detectedAt: '2026-03-06T09:00:00.000Z' }, NOW)).toBe(
      'detected-before-started',
    );
    expect(await s.startIncident({ ...input, declaredAt: '2026-03-06T11:00:00.000Z' }, NOW)).toBe('in-the-future');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('logs entries with the time written and the time it happened', async () => {
    const s = await loadStores();
    await s.startIncident(input, NOW);
    expect(await s.logEntry({ kind: 'call', text: 'Called IT', happenedAt: '2026-03-06T09:58:00.000Z' }, NOW)).toBe(
      true,
    );
    expect(stored().data.incidents[s.$incident.get()?.id ?? ''].timeline[0]).toMatchObject({
      kind: 'call',
      happenedAt: '2026-03-06T09:58:00.000Z',
      writtenAt: NOW.toISOString(),
    });
  });

  it('a refused write is reported and leaves the stored value as it was', async () => {
    const s = await loadStores();
    await s.startIncident(input, NOW);
    const before = localStorage.getItem(KEY);
    // Fill the rest of jsdom's 5 MB quota so the next write is refused.
    fillStorage();
    expect(await s.setRole('lead', 'Lucía Ferrer, who leads the response tonight')).toBe(false);
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
    await s.startIncident(input, NOW);
    expect(await s.draftStatementForIncident('en')).toBe(true);
    expect(s.$currentDraft.get()).toMatchObject({
      runId: s.$incident.get()?.runId,
      input: { whatHappened: 'Double charges' },
    });
  });

  it('closing sets the resolution time; not before detection', async () => {
    const s = await loadStores();
    await s.startIncident(input, NOW);
    expect(await s.closeIncident('2026-03-06T09:00:00.000Z')).toBe(false);
    expect(await s.closeIncident('2026-03-06T12:00:00.000Z')).toBe(true);
    expect(s.$incident.get()?.resolvedAt).toBe('2026-03-06T12:00:00.000Z');
  });

  it('starts the incident and its session together, or neither', async () => {
    const s = await loadStores();
    const runsBefore = localStorage.getItem(RUNS);
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, k, v) {
      if (k === KEY) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, k, v);
    });
    expect(await s.startIncident(input, NOW)).toBe('not-saved');
    expect(localStorage.getItem(RUNS)).toBe(runsBefore);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(s.$currentSession.get()?.kind).toBe('practice');
    expect(s.$incident.get()).toBeUndefined();
  });

  it('closing the incident closes its checklist session in the same write', async () => {
    const s = await loadStores();
    await s.startIncident(input, NOW);
    const runId = s.$incident.get()?.runId ?? '';
    expect(await s.closeIncident('2026-03-06T12:00:00.000Z')).toBe(true);
    expect(stored(RUNS).data.runs[runId].closedAt).toBe('2026-03-06T12:00:00.000Z');
    expect(stored().data.incidents[s.$incident.get()?.id ?? ''].resolvedAt).toBe('2026-03-06T12:00:00.000Z');
  });

  it('a hand-over file brings the incident, its session and its drafts; all or nothing', async () => {
    const first = await loadStores();
    await first.startIncident(input, NOW);
    await first.draftStatementForIncident('en');
    const file = (await first.exportCurrentIncident(NOW)) ?? '';
    const { id, runId } = first.$incident.get() ?? { id: '', runId: '' };
    closePages();
    localStorage.clear();

    const refused = await loadStores();
    const setItem = Storage.prototype.setItem;
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, k, v) {
      if (k === 'crisis-playbook:drafts') throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, k, v);
    });
    expect(await refused.importIncident(file)).toEqual({ ok: false, code: 'not-saved' });
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(Object.hasOwn(refused.$sessions.get().runs, runId)).toBe(false);
    spy.mockRestore();

    expect(await refused.importIncident(file)).toEqual({ ok: true, title: 'Double charges' });
    expect(Object.keys(stored().data.incidents)).toEqual([id]);
    expect(Object.hasOwn(stored(RUNS).data.runs, runId)).toBe(true);
    expect(Object.values<{ runId: string }>(stored('crisis-playbook:drafts').data.drafts)[0]?.runId).toBe(runId);
    expect(await refused.importIncident(file)).toEqual({ ok: false, code: 'exists' });
  });

  describe('correcting evidence', () => {
    const png = (bytes: number[], name = 'shot.png') => new File([new Uint8Array(bytes)], name, { type: 'image/png' });
    const form = {
      network: 'X',
      url: '',
      handle: '@fake',
      displayName: '',
      followers: '',
      seenAt: '2026-03-06T09:40:00.000Z',
      text: '',
      fakeSigns: [],
    };
    async function withCard() {
      const s = await loadStores();
      await s.startIncident(input, NOW);
      expect(await s.addEvidence(form, png([1, 2, 3]), NOW)).toEqual({ ok: true });
      const card = () => s.$incident.get()?.evidence[0];
      return { s, card, first: card()?.screenshot?.blobId ?? '' };
    }

    it('edits fields and signs, recorded on the card, and the stored value is valid', async () => {
      const { s, card } = await withCard();
      const later = new Date('2026-03-06T10:05:00Z');
      const result = await s.editEvidence(
        card()?.id ?? '',
        { ...form, handle: '@fake_2', fakeSigns: ['bursts'] },
        'reported',
        { kind: 'keep' },
        later,
      );
      expect(result).toEqual({ ok: true });
      expect(card()).toMatchObject({ handle: '@fake_2', fakeSigns: ['bursts'], status: 'reported' });
      expect(card()?.edits).toEqual([
        {
          id: expect.any(String),
          at: later.toISOString(),
          fields: ['handle', 'fakeSigns', 'status'],
          status: 'reported',
        },
      ]);
      expect(stored().data.incidents[s.$incident.get()?.id ?? ''].evidence[0].handle).toBe('@fake_2');
    });

    it('replacing the screenshot stores the new picture, then deletes the old one', async () => {
      const { s, card, first } = await withCard();
      expect(await s.editEvidence(card()?.id ?? '', form, 'none', { kind: 'replace', file: png([9, 9]) })).toEqual({
        ok: true,
      });
      const shot = card()?.screenshot;
      expect(shot?.blobId).not.toBe(first);
      expect(shot?.size).toBe(2);
      expect([...blobs.stored.keys()]).toEqual([shot?.blobId]);
    });

    it('removing the screenshot deletes its picture once the card no longer points at it', async () => {
      const { s, card } = await withCard();
      expect(await s.editEvidence(card()?.id ?? '', form, 'none', { kind: 'remove' })).toEqual({ ok: true });
      expect(card()?.screenshot).toBeNull();
      expect(card()?.edits?.[0]?.fields).toEqual(['screenshot']);
      expect(blobs.stored.size).toBe(0);
    });

    it('a refused card write says so and keeps the card and its old picture; the new one is deleted', async () => {
      const { s, card, first } = await withCard();
      const before = localStorage.getItem(KEY);
      fillStorage();
      const result = await s.editEvidence(card()?.id ?? '', { ...form, handle: '@x' }, 'none', {
        kind: 'replace',
        file: png([7]),
      });
      expect(result).toEqual({ ok: false, error: { code: 'not-saved' } });
      expect(localStorage.getItem(KEY)).toBe(before);
      expect(card()).toMatchObject({ handle: '@fake', screenshot: { blobId: first } });
      expect([...blobs.stored.keys()]).toEqual([first]);
    });

    it('a refused picture says so and changes nothing; a bad field keeps the new picture out', async () => {
      const { s, card, first } = await withCard();
      const before = localStorage.getItem(KEY);
      blobs.refuse = true;
      const refused = await s.editEvidence(card()?.id ?? '', form, 'none', { kind: 'replace', file: png([7]) });
      expect(refused).toMatchObject({ ok: false, error: { code: 'no-room' } });
      blobs.refuse = false;
      const bad = await s.editEvidence(card()?.id ?? '', { ...form, url: 'javascript:alert(1)' }, 'none', {
        kind: 'replace',
        file: png([7]),
      });
      expect(bad).toEqual({ ok: false, error: { code: 'bad-url' } });
      expect(localStorage.getItem(KEY)).toBe(before);
      expect([...blobs.stored.keys()]).toEqual([first]);
    });
  });
});
