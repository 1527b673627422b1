import { describe, expect, it } from 'vitest';
import { addDraft, createDraft, type DraftsState, setEdit, updateInput } from '../../src/lib/drafts.ts';
import { initialSessionsState, SESSIONS_VERSION, setTick, startSession } from '../../src/lib/sessions.ts';
import {
  addImportedSession,
  EXPORT_FORMAT,
  exportSessions,
  MAX_IMPORT_BYTES,
  type MarkdownLabels,
  parseImport,
  sessionToMarkdown,
} from '../../src/lib/transfer.ts';

const T0 = '2026-11-24T10:00:00.000Z';
const T1 = '2026-11-24T10:05:00.000Z';
const state = startSession(setTick(initialSessionsState({ id: 'r1', now: T0 }), 'list', 'a', true, T0), {
  id: 'r2',
  title: 'Simulacro',
  now: T1,
});
const stateWithTick = setTick(state, 'list', 'b', true, T1);
const exported = exportSessions(stateWithTick, 'all', T1);
// biome-ignore lint/suspicious/noExplicitAny: test fixtures poke into the parsed file freely
const file = () => JSON.parse(exported) as Record<string, any>;
const text = (value: unknown) => JSON.stringify(value);

describe('export and import round trip', () => {
  it('reads back everything it exported', () => {
    expect(parseImport(exported)).toEqual({
      ok: true,
      scope: 'all',
      state: stateWithTick,
      drafts: null,
      fromVersion: SESSIONS_VERSION,
    });
  });

  it('reads back one run', () => {
    const one = exportSessions(stateWithTick, { runId: 'r1' }, T1);
    expect(JSON.parse(one).scope).toBe('run');
    expect(parseImport(one)).toEqual({
      ok: true,
      scope: 'run',
      run: stateWithTick.runs['r1'],
      fromVersion: SESSIONS_VERSION,
    });
  });

  it('upgrades a file exported by version 1 (no log)', () => {
    const v1 = file();
    v1['version'] = 1;
    for (const run of Object.values(v1['data'].runs) as Record<string, unknown>[]) delete run['log'];
    const result = parseImport(text(v1));
    expect(result).toMatchObject({ ok: true, scope: 'all', fromVersion: 1 });
    if (result.ok && result.scope === 'all') expect(result.state.runs['r1']?.log).toEqual([]);
  });

  it('adds an imported run as current, with a new id when its id is taken', () => {
    const run = stateWithTick.runs['r1']!;
    const added = addImportedSession(stateWithTick, run, 'r3');
    expect(added.currentRunId).toBe('r3');
    expect(added.runs['r3']).toEqual({ ...run, id: 'r3' });
    expect(addImportedSession(initialSessionsState({ id: 'x', now: T0 }), run, 'r3').currentRunId).toBe('r1');
  });
});

describe('statement drafts in the all-data export', () => {
  const drafts: DraftsState = setEdit(
    updateInput(
      addDraft(
        { currentDraftId: null, drafts: {} },
        createDraft({ id: 'd1', name: 'Holding <v1>', locale: 'es', runId: 'r2', now: T0 }),
      ),
      'd1',
      { brand: 'Café Lumbre', whatHappened: 'cobros dobles <script>alert(1)</script>' },
      T1,
    ),
    'd1',
    'x',
    'Lo sentimos <3',
    T1,
  );
  // biome-ignore lint/suspicious/noExplicitAny: test fixtures poke into the parsed file freely
  const withDrafts = () => JSON.parse(exportSessions(stateWithTick, 'all', T1, drafts)) as Record<string, any>;

  it('round-trips drafts, free text kept as written (it is always shown as text)', () => {
    expect(parseImport(exportSessions(stateWithTick, 'all', T1, drafts))).toEqual({
      ok: true,
      scope: 'all',
      state: stateWithTick,
      drafts,
      fromVersion: SESSIONS_VERSION,
    });
  });

  it('refuses an unknown field in a draft', () => {
    const f = withDrafts();
    f['drafts'].drafts.d1.input.script = 'x';
    expect(parseImport(text(f))).toEqual({ ok: false, code: 'unknown-field', path: 'drafts.drafts.d1.input.script' });
  });

  it('refuses markup in a draft id, which is not free text', () => {
    const f = withDrafts();
    f['drafts'].drafts.d1.runId = '<img src=x onerror=alert(1)>';
    expect(parseImport(text(f))).toEqual({ ok: false, code: 'markup', path: 'drafts.drafts.d1.runId' });
  });

  it('refuses malformed drafts, and drafts in a one-run file', () => {
    const f = withDrafts();
    f['drafts'].drafts.d1.locale = 'fr';
    expect(parseImport(text(f))).toEqual({ ok: false, code: 'invalid-field', path: 'drafts' });
    const one = JSON.parse(exportSessions(stateWithTick, { runId: 'r1' }, T1));
    expect(parseImport(text({ ...one, drafts }))).toEqual({ ok: false, code: 'invalid-field', path: 'drafts' });
  });
});

describe('a bad file changes nothing and says what is wrong', () => {
  const withRun = (patch: Record<string, unknown>) => {
    const f = file();
    Object.assign(f['data'].runs.r1, patch);
    return text(f);
  };

  it.each<[string, string, Record<string, unknown>]>([
    ['an empty file', '   ', { code: 'empty' }],
    ['a truncated file', exported.slice(0, exported.length / 2), { code: 'not-json' }],
    ['a file that is not JSON', 'title,ticks\nPractice,3', { code: 'not-json' }],
    ['JSON from something else', text({ runs: {} }), { code: 'not-ours' }],
    ['an array', '[]', { code: 'not-ours' }],
    [
      'a file from a newer version',
      text({ ...file(), version: SESSIONS_VERSION + 1 }),
      { code: 'newer-version', version: SESSIONS_VERSION + 1 },
    ],
    ['a version that is not a number', text({ ...file(), version: '2' }), { code: 'invalid-field', path: 'version' }],
    ['an extra top-level field', text({ ...file(), plugin: 'x' }), { code: 'unknown-field', path: 'plugin' }],
    ['an extra field in a run', withRun({ admin: true }), { code: 'unknown-field', path: 'data.runs.r1.admin' }],
    [
      'an extra field in a log event',
      withRun({ log: [{ at: T0, action: 'undo', extra: 1 }] }),
      { code: 'unknown-field', path: 'data.runs.r1.log.0.extra' },
    ],
    [
      'a script in a title',
      withRun({ title: '<script>alert(1)</script>' }),
      { code: 'markup', path: 'data.runs.r1.title' },
    ],
    [
      'an image handler in a title',
      withRun({ title: '<img src=x onerror=alert(1)>' }),
      { code: 'markup', path: 'data.runs.r1.title' },
    ],
    ['a javascript: link', withRun({ title: 'javascript:alert(1)' }), { code: 'markup', path: 'data.runs.r1.title' }],
    ['markup in a tick key', withRun({ ticks: { '<b>/x': T0 } }), { code: 'markup', path: 'data.runs.r1.ticks.<b>/x' }],
    ['a bad run kind', withRun({ kind: 'drill' }), { code: 'invalid-field', path: 'data.runs.r1.kind' }],
    ['a bad time', withRun({ startedAt: 'yesterday' }), { code: 'invalid-field', path: 'data.runs.r1.startedAt' }],
    ['a bad tick key', withRun({ ticks: { nokey: T0 } }), { code: 'invalid-field', path: 'data.runs.r1.ticks.nokey' }],
    [
      'a tick without a time',
      withRun({ ticks: { 'a/b': true } }),
      { code: 'invalid-field', path: 'data.runs.r1.ticks.a/b' },
    ],
    ['an overlong title', withRun({ title: 'x'.repeat(201) }), { code: 'invalid-field', path: 'data.runs.r1.title' }],
    ['a run under another id', withRun({ id: 'zz' }), { code: 'invalid-field', path: 'data.runs.r1.id' }],
    [
      'a bad log event',
      withRun({ log: [{ at: T0, action: 'explode' }] }),
      { code: 'invalid-field', path: 'data.runs.r1.log' },
    ],
    [
      'a current run that is missing',
      text({ ...file(), data: { ...file()['data'], currentRunId: 'nope' } }),
      { code: 'invalid-field', path: 'data.currentRunId' },
    ],
    ['a bad scope', text({ ...file(), scope: 'some' }), { code: 'invalid-field', path: 'scope' }],
  ])('refuses %s', (_, input, error) => {
    expect(parseImport(input)).toEqual({ ok: false, ...error });
  });

  it('refuses an oversized file before reading it', () => {
    const big = text({ ...file(), padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(parseImport(big)).toEqual({ ok: false, code: 'too-large', limit: MAX_IMPORT_BYTES });
  });

  it('knows its own format', () => {
    expect(file()['format']).toBe(EXPORT_FORMAT);
  });
});

describe('Markdown export', () => {
  const labels: MarkdownLabels = {
    kind: { practice: 'Práctica', incident: 'Incidente' },
    started: 'Inicio',
    closed: 'Cierre',
    open: 'abierta',
    progress: '{done} de {total} hechos',
    ticked: 'marcado',
    log: 'Registro',
    actions: { tick: 'marcado', untick: 'desmarcado', reset: 'reiniciado', undo: 'deshecho' },
    removedItem: 'Puntos que ya no existen',
  };
  const lists = [
    {
      id: 'list',
      title: 'Lista *uno*',
      items: [
        { id: 'a', text: 'Hacer A' },
        { id: 'b', text: 'Hacer [B]' },
      ],
    },
  ];

  it('lists ticks with times, orphaned ticks and the log', () => {
    const run = setTick(stateWithTick, 'gone', 'item', true, T1).runs['r2']!;
    const md = sessionToMarkdown(run, lists, labels, (iso) => iso.slice(11, 16));
    expect(md).toContain('# Simulacro');
    expect(md).toContain('## Lista \\*uno\\*');
    expect(md).toContain('1 de 2 hechos');
    expect(md).toContain('- [ ] Hacer A');
    expect(md).toContain('- [x] Hacer \\[B\\] (marcado 10:05)');
    expect(md).toContain('## Puntos que ya no existen');
    expect(md).toContain('- [x] `gone/item`');
    expect(md).toContain('- 10:05 marcado `list/b`');
  });

  it('keeps hostile titles on one inert line', () => {
    const run = { ...stateWithTick.runs['r2']!, title: '<script>x</script>\n# injected' };
    expect(sessionToMarkdown(run, [], labels, (i) => i).split('\n')[0]).toBe(
      '# \\<script\\>x\\</script\\> \\# injected',
    );
  });
});
