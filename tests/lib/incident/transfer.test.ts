import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/lib/incident/evidence.ts';
import { bytesToBase64, exportIncident, parseIncidentImport } from '../../../src/lib/incident/transfer.ts';
import type { Session as Run } from '../../../src/lib/sessions.ts';
import { at, incident } from './fixtures.ts';

const run: Run = { id: 'run-1', kind: 'incident', title: 't', startedAt: at(0), closedAt: null, ticks: {}, log: [] };
const bytes = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);

async function file() {
  return JSON.parse(
    exportIncident(
      incident(),
      run,
      [],
      [{ blobId: 'b1', sha256: await sha256Hex(bytes), type: 'image/png', base64: bytesToBase64(bytes) }],
      at(1),
    ),
  );
}

describe('incident import', () => {
  it('reads back its own export', async () => {
    const result = await parseIncidentImport(JSON.stringify(await file()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.file.incident).toEqual(incident());
  });

  it.each([
    { name: 'empty', mutate: () => '', code: 'empty' },
    { name: 'cut short', mutate: (f: object) => JSON.stringify(f).slice(0, 50), code: 'not-json' },
    { name: 'not ours', mutate: (f: object) => JSON.stringify({ ...f, format: 'other' }), code: 'not-ours' },
    { name: 'newer version', mutate: (f: object) => JSON.stringify({ ...f, version: 9 }), code: 'newer-version' },
    {
      name: 'unknown field in the incident',
      mutate: (f: { incident: object }) => JSON.stringify({ ...f, incident: { ...f.incident, hacked: true } }),
      code: 'unknown-field',
      path: 'incident.hacked',
    },
    {
      name: 'bad severity',
      mutate: (f: { incident: { severity: object[] } }) =>
        JSON.stringify({
          ...f,
          incident: { ...f.incident, severity: [{ ...f.incident.severity[0], level: 'apocalyptic' }] },
        }),
      code: 'invalid-field',
      path: 'incident.severity.0.level',
    },
    {
      name: 'detected before started',
      mutate: (f: { incident: object }) => JSON.stringify({ ...f, incident: { ...f.incident, detectedAt: at(-999) } }),
      code: 'invalid-field',
    },
    {
      name: 'screenshot that does not match its hash',
      mutate: (f: { screenshots: { base64: string }[] }) =>
        JSON.stringify({ ...f, screenshots: [{ ...f.screenshots[0], base64: bytesToBase64(new Uint8Array([1])) }] }),
      code: 'invalid-field',
      path: 'screenshots.0.sha256',
    },
    {
      name: 'run of another incident',
      mutate: (f: object) => JSON.stringify({ ...f, run: { ...run, id: 'run-9' } }),
      code: 'invalid-field',
      path: 'run.id',
    },
  ])('refuses a file that is $name', async ({ mutate, code, path }) => {
    const result = await parseIncidentImport((mutate as (f: unknown) => string)(await file()));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      if (path !== undefined) expect('path' in result ? result.path.join('.') : '').toBe(path);
    }
  });
});

describe('hand-over of published statements', () => {
  const draft = {
    id: 'd1',
    name: 'Holding',
    locale: 'es' as const,
    runId: 'run-1',
    createdAt: at(1),
    updatedAt: at(3),
    input: {
      kind: 'holding' as const,
      crisisType: 'data-incident' as const,
      tone: 'formal' as const,
      brand: 'B',
      whatHappened: 'x',
      nextUpdate: '13:00',
    },
    edits: {},
    approval: null,
    publishedAt: null,
    versions: [
      {
        number: 1,
        locale: 'es' as const,
        input: {
          kind: 'holding' as const,
          crisisType: 'data-incident' as const,
          tone: 'formal' as const,
          brand: 'B',
          whatHappened: 'x',
        },
        edits: {},
        texts: { website: 'Lo que salió, <tal cual>' },
        approval: { name: 'Andrés', role: 'Dirección', at: at(2) },
        publishedAt: at(2),
        nextUpdateAt: at(60),
      },
    ],
    basedOn: null,
  };

  it('carries every published version of the incident’s drafts, and reads back a file made before versions', async () => {
    const text = exportIncident(incident(), run, [draft], [], at(5));
    const result = await parseIncidentImport(text);
    expect(result.ok && result.file.drafts).toEqual([draft]);
    const { versions: _v, basedOn: _b, ...old } = draft;
    const before = await parseIncidentImport(JSON.stringify({ ...JSON.parse(text), drafts: [old] }));
    expect(before.ok && before.file.drafts[0]).toMatchObject({ versions: [], basedOn: null });
  });
});
