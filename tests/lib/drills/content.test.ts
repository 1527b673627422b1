// Every drill file in src/content/drills passes the schema and the semantic checks, and the
// collection covers what the issue asks: at least six drills, five decisions each, a missed
// deadline that releases an inject, and a spread of severities and crisis types.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkDrill, citationsOf, decisionPaths } from '../../../src/lib/drills/check.ts';
import { readGuideHeadings } from '../../../src/lib/drills/collection.ts';
import { drillState, speedFor } from '../../../src/lib/drills/engine.ts';
import { type Drill, parseDrill } from '../../../src/lib/drills/schema.ts';
import { SECTIONS } from '../../../src/lib/drills/scoring.ts';

const root = resolve(import.meta.dirname, '../../..');
const dir = join(root, 'src/content/drills');
const headings = readGuideHeadings(join(root, 'src/content/guides'));
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

function load(file: string): Drill {
  const parsed = parseDrill(parse(readFileSync(join(dir, file), 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return parsed.drill;
}

describe('drill files', () => {
  it('there are at least six', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)('%s passes the schema and every check', (file) => {
    const drill = load(file);
    expect(checkDrill(drill, headings)).toEqual([]);
    expect(drill.decisions.length).toBeGreaterThanOrEqual(5);
    expect(drill.deadlines.length).toBeGreaterThanOrEqual(1);
    // Branches really branch: more than one path through the decisions.
    expect(decisionPaths(drill).length).toBeGreaterThan(1);
    expect(citationsOf(drill).length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s plays solo in 15 to 25 real minutes, every path ending within its length', (file) => {
    const drill = load(file);
    const speed = speedFor(drill.durationMinutes);
    const start = '2026-01-01T10:00:00.000Z';
    // Letting every decision time out is the slowest path.
    const state = drillState(drill, [{ type: 'start', at: start, mode: 'solo', speed }], '2026-01-01T12:00:00.000Z');
    expect(state.pathEndedAt).not.toBeNull();
    expect(state.pathEndedAt ?? Infinity).toBeLessThanOrEqual(drill.durationMinutes);
    const realMinutes = (state.finished?.at ?? Infinity) / speed;
    expect(realMinutes).toBeGreaterThanOrEqual(15);
    expect(realMinutes).toBeLessThanOrEqual(25);
  });

  it('cover different crisis types', () => {
    const types = new Set(files.map((f) => load(f).crisisType));
    expect(types.size).toBeGreaterThanOrEqual(5);
  });
});

describe('the sections the scorer cites exist in both languages', () => {
  it.each(Object.entries(SECTIONS))('%s', (_, c) => {
    const es = headings.es[c.guide] ?? [];
    const en = headings.en[c.guide] ?? [];
    expect(es).toContain(c.es);
    expect(en).toContain(c.en);
    expect(es.indexOf(c.es)).toBe(en.indexOf(c.en));
  });
});
