/**
 * The checks a schema cannot express, run on every drill at build time (src/content.config.ts)
 * and in the unit tests: ids unique and resolved, every decision reachable, every path ends (no
 * loops), every inject released somehow, every cited guide section present in both languages
 * and naming the same section, no untranslated prose. Each issue has the field's path.
 */
import { type Citation, type Drill, END, type SchemaIssue, type Text } from './schema.ts';

/** Heading ids per language and guide: `{ es: { response: ['para-que-sirve', …] }, en: … }`. */
export type GuideHeadings = Record<'es' | 'en', Record<string, readonly string[]>>;

/** Prose at least this long must differ between the languages (same text = not translated). */
const TRANSLATED_MIN = 40;

export function checkDrill(drill: Drill, guides: GuideHeadings): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  const unique = (ids: string[], path: (i: number) => string, what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) add(path(i), `duplicate ${what} id "${id}"`);
      seen.add(id);
    });
  };
  unique(
    drill.injects.map((x) => x.id),
    (i) => `injects.${i}.id`,
    'inject',
  );
  unique(
    drill.decisions.map((x) => x.id),
    (i) => `decisions.${i}.id`,
    'decision',
  );
  unique(
    drill.deadlines.map((x) => x.id),
    (i) => `deadlines.${i}.id`,
    'deadline',
  );
  drill.decisions.forEach((d, di) => {
    unique(
      d.choices.map((c) => c.id),
      (i) => `decisions.${di}.choices.${i}.id`,
      'choice',
    );
  });

  const injects = new Map(drill.injects.map((x) => [x.id, x]));
  const decisions = new Map(drill.decisions.map((x) => [x.id, x]));
  const released = new Set<string>();

  const checkCitations = (read: readonly Citation[], path: string) => {
    read.forEach((c, i) => {
      const es = guides.es[c.guide];
      const en = guides.en[c.guide];
      if (!es || !en) {
        add(`${path}.${i}.guide`, `guide "${c.guide}" does not exist in both languages`);
        return;
      }
      const esAt = es.indexOf(c.es);
      const enAt = en.indexOf(c.en);
      if (esAt === -1) add(`${path}.${i}.es`, `section "#${c.es}" does not exist in guides/es/${c.guide}.mdx`);
      if (enAt === -1) add(`${path}.${i}.en`, `section "#${c.en}" does not exist in guides/en/${c.guide}.mdx`);
      if (esAt !== -1 && enAt !== -1 && esAt !== enAt) {
        add(
          `${path}.${i}`,
          `"#${c.es}" and "#${c.en}" are different sections of ${c.guide} (heading ${esAt + 1} vs ${enAt + 1})`,
        );
      }
    });
  };
  const checkReleases = (releases: readonly { inject: string; after: number }[], path: string) => {
    releases.forEach((r, i) => {
      if (!injects.has(r.inject)) add(`${path}.${i}.inject`, `inject "${r.inject}" does not exist`);
      released.add(r.inject);
    });
  };
  const checkNext = (next: string, path: string) => {
    if (next !== END && !decisions.has(next)) add(path, `decision "${next}" does not exist (or write "${END}")`);
  };

  drill.decisions.forEach((d, di) => {
    const p = `decisions.${di}`;
    if (d.id === END) add(`${p}.id`, `"${END}" is reserved: it ends the path`);
    if (d.at > drill.durationMinutes) add(`${p}.at`, `opens after the drill ends (T+${drill.durationMinutes})`);
    if (!d.choices.some((c) => c.quality === 'best')) add(`${p}.choices`, 'no choice is marked best');
    if (d.choices.every((c) => c.quality === 'best')) add(`${p}.choices`, 'every choice is marked best');
    d.choices.forEach((c, ci) => {
      checkCitations(c.read, `${p}.choices.${ci}.read`);
      checkReleases(c.releases, `${p}.choices.${ci}.releases`);
      checkNext(c.next, `${p}.choices.${ci}.next`);
      if (c.next === d.id) add(`${p}.choices.${ci}.next`, 'a choice cannot lead back to its own decision');
    });
    checkCitations(d.timeout.read, `${p}.timeout.read`);
    checkReleases(d.timeout.releases, `${p}.timeout.releases`);
    checkNext(d.timeout.next, `${p}.timeout.next`);
  });
  drill.deadlines.forEach((dl, i) => {
    checkCitations(dl.read, `deadlines.${i}.read`);
    checkReleases(dl.releases, `deadlines.${i}.releases`);
    if (dl.by > drill.durationMinutes)
      add(`deadlines.${i}.by`, `falls after the drill ends (T+${drill.durationMinutes})`);
  });

  drill.injects.forEach((x, i) => {
    if (x.at === undefined && !released.has(x.id)) {
      add(`injects.${i}.at`, `inject "${x.id}" has no time and no choice, timeout or deadline releases it`);
    }
    if (x.at !== undefined && x.at > drill.durationMinutes) {
      add(`injects.${i}.at`, `released after the drill ends (T+${drill.durationMinutes})`);
    }
  });
  drill.evidence.forEach((id, i) => {
    const x = injects.get(id);
    if (!x) add(`evidence.${i}`, `inject "${id}" does not exist`);
    else if (x.kind !== 'post') add(`evidence.${i}`, `inject "${id}" is not a post`);
  });
  drill.escalate.forEach((e, i) => {
    if (e.by > drill.durationMinutes)
      add(`escalate.${i}.by`, `falls after the drill ends (T+${drill.durationMinutes})`);
  });

  // Every decision reachable from the first; no loops (so every path ends).
  const start = drill.decisions[0];
  if (start) {
    const state = new Map<string, 'open' | 'done'>();
    const visit = (id: string, path: string) => {
      const d = decisions.get(id);
      if (!d) return;
      const seen = state.get(id);
      if (seen === 'open') {
        add(path, `the path loops back to "${id}": every path must end`);
        return;
      }
      if (seen === 'done') return;
      state.set(id, 'open');
      const di = drill.decisions.indexOf(d);
      d.choices.forEach((c, ci) => {
        visit(c.next, `decisions.${di}.choices.${ci}.next`);
      });
      visit(d.timeout.next, `decisions.${di}.timeout.next`);
      state.set(id, 'done');
    };
    visit(start.id, 'decisions.0');
    drill.decisions.forEach((d, di) => {
      if (!state.has(d.id)) add(`decisions.${di}`, `decision "${d.id}" cannot be reached from "${start.id}"`);
    });
  }

  // Prose must exist in each language: the same long text twice is an untranslated copy.
  const prose = (t: Text, path: string) => {
    if (t.es.length >= TRANSLATED_MIN && t.es === t.en) add(`${path}.en`, 'the same text as Spanish: translate it');
  };
  prose(drill.summary, 'summary');
  drill.injects.forEach((x, i) => {
    prose(x.text, `injects.${i}.text`);
  });
  drill.decisions.forEach((d, di) => {
    prose(d.prompt, `decisions.${di}.prompt`);
    d.choices.forEach((c, ci) => {
      prose(c.feedback, `decisions.${di}.choices.${ci}.feedback`);
    });
    prose(d.timeout.feedback, `decisions.${di}.timeout.feedback`);
  });
  drill.deadlines.forEach((dl, i) => {
    prose(dl.feedback, `deadlines.${i}.feedback`);
  });
  return issues;
}

/** Every citation in a drill, deduplicated (guide + Spanish anchor): "the guide sections it covers". */
export function citationsOf(drill: Drill): Citation[] {
  const all = [
    ...drill.decisions.flatMap((d) => [...d.choices.flatMap((c) => c.read), ...d.timeout.read]),
    ...drill.deadlines.flatMap((dl) => dl.read),
  ];
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.guide}#${c.es}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Paths through the decisions from the first one, as lists of decision ids (for counts and tests). */
export function decisionPaths(drill: Drill): string[][] {
  const byId = new Map(drill.decisions.map((d) => [d.id, d]));
  const paths: string[][] = [];
  const walk = (id: string, trail: string[]) => {
    const d = byId.get(id);
    if (!d || trail.includes(id)) {
      paths.push(trail);
      return;
    }
    const nexts = new Set([...d.choices.map((c) => c.next), d.timeout.next]);
    for (const next of nexts) walk(next, [...trail, id]);
  };
  const first = drill.decisions[0];
  if (first) walk(first.id, []);
  return paths;
}
