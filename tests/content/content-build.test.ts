// A bad content file must fail the build, naming the file and the field. These tests copy the
// project's src/ into a scratch folder, break one file, and run `astro sync` (the content step
// of `astro build`) or `astro build` on it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let scratch: string | undefined;

function scratchProject(): string {
  scratch = mkdtempSync(join(tmpdir(), 'crisis-playbook-content-'));
  for (const entry of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(scratch, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  return scratch;
}

function astro(command: 'sync' | 'build', dir: string) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), command], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    // A full build on a loaded two-core machine (more islands since crisis mode) can pass a minute.
    timeout: 170_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('content validation at build time', () => {
  it('accepts the project as it is', () => {
    const { status, output } = astro('sync', scratchProject());
    expect(output).not.toMatch(/does not match collection schema/);
    expect(status).toBe(0);
  }, 180_000);

  it('names the file and the field of a checklist item without its English text', () => {
    const dir = scratchProject();
    writeFileSync(
      join(dir, 'src/content/checklists/broken-list.yaml'),
      [
        'title: { es: "Rota", en: "Broken" }',
        'summary: { es: "Una lista rota.", en: "A broken list." }',
        'mode: read-do',
        'phase: during',
        'items:',
        '  - { id: one, es: "Uno" }',
        ...['two', 'three', 'four', 'five'].map((id) => `  - { id: ${id}, es: "${id}", en: "${id}" }`),
      ].join('\n'),
    );
    const { status, output } = astro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/checklists/broken-list.yaml');
    expect(output).toContain('items.0.en');
  }, 180_000);

  it('names the file and the field of a guide without its checklist', () => {
    const dir = scratchProject();
    const file = join(dir, 'src/content/guides/en/monitoring.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^checklist:.*\n/m, ''));
    const { status, output } = astro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/guides/en/monitoring.mdx');
    expect(output).toMatch(/checklist.*a guide must name its checklist/);
  }, 180_000);

  it('fails the build when a guide names a checklist that does not exist', () => {
    const dir = scratchProject();
    const file = join(dir, 'src/content/guides/es/monitoring.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^checklist:.*$/m, 'checklist: no-such-list'));
    const { status, output } = astro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/guides/es/monitoring.mdx');
    expect(output).toContain('checklist "no-such-list" does not exist');
  }, 180_000);

  it('names the file and the field of a drill that cites a section missing from the English guide', () => {
    const dir = scratchProject();
    const file = join(dir, 'src/content/drills/defective-headphones.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '{ guide: escalation, es: matriz-de-escalado, en: escalation-matrix }',
        '{ guide: escalation, es: matriz-de-escalado, en: no-such-section }',
      ),
    );
    const { status, output } = astro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/drills/defective-headphones.yaml');
    expect(output).toContain('decisions.0.choices.0.read.0.en');
    expect(output).toContain('section "#no-such-section" does not exist in guides/en/escalation.mdx');
  }, 180_000);

  it('names the file and the field of a drill whose choice leads nowhere', () => {
    const dir = scratchProject();
    const file = join(dir, 'src/content/drills/service-outage.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('next: first-notice', 'next: no-such-decision'));
    const { status, output } = astro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/drills/service-outage.yaml');
    expect(output).toContain('decisions.0.choices.0.next');
    expect(output).toContain('decision "no-such-decision" does not exist');
  }, 180_000);

  it('names the file and the field of statement wording with a sentence missing', () => {
    const dir = scratchProject();
    const file = join(dir, 'src/content/statements/es.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {4}thanks: .*\n/m, ''));
    const { status, output } = astro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/statements/es.yaml');
    expect(output).toContain('tones.formal.thanks');
  }, 180_000);

  it('names the file and the field of a statement sentence with an unknown placeholder', () => {
    const dir = scratchProject();
    const file = join(dir, 'src/content/statements/en.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{topic}', '{topik}'));
    const { status, output } = astro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/statements/en.yaml');
    expect(output).toMatch(/tones\.formal\.followUpHeadline.*placeholder/s);
  }, 180_000);
});
