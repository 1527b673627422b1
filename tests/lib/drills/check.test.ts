// The build-time checks of a drill, each with a broken copy of the fixture: the issue must name
// the field. The same checks run in `astro sync`/`astro build` (tests/content/content-build.test.ts).
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDrill, citationsOf, decisionPaths } from '../../../src/lib/drills/check.ts';
import { readGuideHeadings } from '../../../src/lib/drills/collection.ts';
import { headingIds } from '../../../src/lib/drills/headings.ts';
import { type DrillInput, parseDrill } from '../../../src/lib/drills/schema.ts';
import { fixtureInput } from './fixture.ts';

const headings = readGuideHeadings(join(resolve(import.meta.dirname, '../../..'), 'src/content/guides'));

function issuesOf(input: DrillInput) {
  const parsed = parseDrill(input);
  if (!parsed.ok) return parsed.issues;
  return checkDrill(parsed.drill, headings);
}

type Break = (d: DrillInput) => void;
const decision = (d: DrillInput, i: number) => {
  const found = d.decisions[i];
  if (!found) throw new Error(`no decision ${i}`);
  return found;
};
const firstChoice = (d: DrillInput, i: number) => {
  const found = decision(d, i).choices[0];
  if (!found) throw new Error('no choice');
  return found;
};

describe('a sound drill', () => {
  it('has no issue', () => {
    expect(issuesOf(fixtureInput())).toEqual([]);
  });

  it('lists its paths and the sections it cites', () => {
    const parsed = parseDrill(fixtureInput());
    if (!parsed.ok) throw new Error('fixture');
    expect(decisionPaths(parsed.drill)).toEqual([
      ['d1', 'd2', 'd3', 'd4', 'd5'],
      ['d1', 'd1b', 'd2', 'd3', 'd4', 'd5'],
    ]);
    expect(citationsOf(parsed.drill)).toEqual([
      { guide: 'response', es: 'el-comunicado-de-espera', en: 'the-holding-statement' },
    ]);
  });
});

describe('semantic checks, each with a broken drill', () => {
  it.each<[string, Break, string, RegExp]>([
    [
      'a choice leads to a decision that does not exist',
      (d) => {
        firstChoice(d, 0).next = 'd9';
      },
      'decisions.0.choices.0.next',
      /decision "d9" does not exist/,
    ],
    [
      'a path loops back',
      (d) => {
        firstChoice(d, 5).next = 'd2';
      },
      'decisions.5.choices.0.next',
      /loops back to "d2"/,
    ],
    [
      'a choice leads back to its own decision',
      (d) => {
        firstChoice(d, 2).next = 'd2';
      },
      'decisions.2.choices.0.next',
      /cannot lead back to its own decision/,
    ],
    [
      'a decision nothing leads to',
      (d) => {
        decision(d, 0).choices[1]!.next = 'd2';
      },
      'decisions.1',
      /"d1b" cannot be reached from "d1"/,
    ],
    [
      'a timeout goes nowhere',
      (d) => {
        decision(d, 3).timeout.next = 'nowhere';
      },
      'decisions.3.timeout.next',
      /decision "nowhere" does not exist/,
    ],
    [
      'an inject with no time that nothing releases',
      (d) => {
        d.deadlines = [];
      },
      'injects.4.at',
      /inject "late" has no time and no choice, timeout or deadline releases it/,
    ],
    [
      'a release of an inject that does not exist',
      (d) => {
        firstChoice(d, 1).releases = [{ inject: 'ghost' }];
      },
      'decisions.1.choices.0.releases.0.inject',
      /inject "ghost" does not exist/,
    ],
    [
      'a cited guide that does not exist',
      (d) => {
        firstChoice(d, 0).read = [{ guide: 'no-such-guide', es: 'pasos', en: 'steps' }];
      },
      'decisions.0.choices.0.read.0.guide',
      /guide "no-such-guide" does not exist in both languages/,
    ],
    [
      'a Spanish anchor missing from the Spanish guide',
      (d) => {
        firstChoice(d, 0).read = [{ guide: 'response', es: 'the-holding-statement', en: 'the-holding-statement' }];
      },
      'decisions.0.choices.0.read.0.es',
      /section "#the-holding-statement" does not exist in guides\/es\/response.mdx/,
    ],
    [
      'an English anchor missing from the English guide',
      (d) => {
        decision(d, 2).timeout.read = [{ guide: 'response', es: 'el-comunicado-de-espera', en: 'holding' }];
      },
      'decisions.2.timeout.read.0.en',
      /section "#holding" does not exist in guides\/en\/response.mdx/,
    ],
    [
      'anchors that name different sections in each language',
      (d) => {
        firstChoice(d, 0).read = [{ guide: 'response', es: 'el-comunicado-de-espera', en: 'approval' }];
      },
      'decisions.0.choices.0.read.0',
      /are different sections of response/,
    ],
    [
      'a duplicate inject id',
      (d) => {
        d.injects[1]!.id = 'p1';
      },
      'injects.1.id',
      /duplicate inject id "p1"/,
    ],
    [
      'a duplicate choice id',
      (d) => {
        decision(d, 0).choices[1]!.id = 'a';
      },
      'decisions.0.choices.1.id',
      /duplicate choice id "a"/,
    ],
    [
      'a decision with no best choice',
      (d) => {
        firstChoice(d, 4).quality = 'cautious';
      },
      'decisions.4.choices',
      /no choice is marked best/,
    ],
    [
      'evidence that is not a post',
      (d) => {
        d.evidence = ['m1'];
      },
      'evidence.0',
      /inject "m1" is not a post/,
    ],
    [
      'an inject after the end',
      (d) => {
        d.injects[6]!.at = 200;
      },
      'injects.6.at',
      /after the drill ends/,
    ],
    [
      'untranslated feedback',
      (d) => {
        const c = firstChoice(d, 0);
        c.feedback = {
          es: 'A long piece of feedback that nobody translated into Spanish.',
          en: 'A long piece of feedback that nobody translated into Spanish.',
        };
      },
      'decisions.0.choices.0.feedback.en',
      /the same text as Spanish/,
    ],
    [
      'a decision called "end"',
      (d) => {
        decision(d, 5).id = 'end';
        decision(d, 4).choices.forEach((c) => {
          c.next = 'end';
        });
        decision(d, 4).timeout.next = 'end';
      },
      'decisions.5.id',
      /"end" is reserved/,
    ],
  ])('%s', (_, breakIt, path, message) => {
    const input = fixtureInput();
    breakIt(input);
    const issues = issuesOf(input);
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)?.message).toMatch(message);
  });
});

describe('schema checks, each with a broken drill', () => {
  it.each<[string, Break, string]>([
    [
      'feedback without English',
      (d) => {
        Reflect.deleteProperty(firstChoice(d, 0).feedback, 'en');
      },
      'decisions.0.choices.0.feedback.en',
    ],
    [
      'fewer than five decisions',
      (d) => {
        d.decisions = d.decisions.slice(0, 4);
      },
      'decisions',
    ],
    [
      'an unknown severity',
      (d) => {
        (d as { severity: string }).severity = 'severe';
      },
      'severity',
    ],
    [
      'an unknown crisis type',
      (d) => {
        (d as { crisisType: string }).crisisType = 'alien-invasion';
      },
      'crisisType',
    ],
    [
      'a handle without @',
      (d) => {
        const p = d.injects[0];
        if (p?.kind === 'post') p.author.en.handle = 'nohandle';
      },
      'injects.0.author.en.handle',
    ],
    [
      'a choice with no cited section',
      (d) => {
        firstChoice(d, 1).read = [];
      },
      'decisions.1.choices.0.read',
    ],
    [
      'an unknown field',
      (d) => {
        (d as Record<string, unknown>)['extra'] = true;
      },
      'extra',
    ],
    [
      'a fractional minute',
      (d) => {
        decision(d, 2).at = 20.5;
      },
      'decisions.2.at',
    ],
  ])('%s', (_, breakIt, path) => {
    const input = fixtureInput();
    breakIt(input);
    const parsed = parseDrill(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.path)).toContain(path);
  });
});

describe('heading ids', () => {
  it('are the accent-free slugs the pages give their headings', () => {
    const mdx = [
      '---',
      'title: "# not a heading"',
      '---',
      '## Cuándo usarla',
      'text',
      '### Por qué “sin comentarios” se vuelve en tu contra',
      '```',
      '## inside a fence',
      '```',
      '## [La aprobación](../x/) **hoy**',
      '## Cuándo usarla',
    ].join('\n');
    expect(headingIds(mdx)).toEqual([
      'cuando-usarla',
      'por-que-sin-comentarios-se-vuelve-en-tu-contra',
      'la-aprobacion-hoy',
      'cuando-usarla-1',
    ]);
  });

  it('match the sections the statement linter links to', () => {
    expect(headings.en['response']).toEqual(
      expect.arrayContaining(['the-holding-statement', 'the-parts-of-the-apology', 'pitfalls']),
    );
    expect(headings.es['response']).toEqual(
      expect.arrayContaining(['el-comunicado-de-espera', 'las-partes-de-la-disculpa']),
    );
  });
});
