/** Server-side queries of the content collections, shared by the pages. */
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { type Locale, locales } from '../i18n/index.ts';
import { paths } from '../i18n/routes.ts';
import { crisisOrder } from '../lib/checklists.ts';
import { citationsOf } from '../lib/drills/check.ts';
import { guideHeadings } from '../lib/drills/headings.ts';
import { learningPath, splitEntryId } from '../lib/guides.ts';
import { drillsByGuide } from '../lib/progress.ts';

export type GuideEntry = CollectionEntry<'guides'>;
export type ChecklistEntry = CollectionEntry<'checklists'>;

export interface Guide {
  id: string;
  order: number;
  lang: Locale;
  entry: GuideEntry;
}

/** The guides of one language along the learning path. Fails the build if a guide lacks its twin. */
export async function getGuides(lang: Locale): Promise<Guide[]> {
  const all = await getCollection('guides');
  const byLang = new Map<string, Set<string>>();
  for (const entry of all) {
    const { lang: l, id } = splitEntryId(entry.id);
    if (!byLang.has(l)) byLang.set(l, new Set());
    byLang.get(l)?.add(id);
  }
  for (const l of locales) {
    for (const id of byLang.get(l) ?? []) {
      for (const other of locales) {
        if (!byLang.get(other)?.has(id)) {
          throw new Error(
            `Guide "${id}" exists in "${l}" but not in "${other}": add src/content/guides/${other}/${id}.mdx`,
          );
        }
      }
    }
  }
  for (const entry of all) {
    const ref = entry.data.checklist;
    if (ref && !(await getEntry(ref))) {
      throw new Error(
        `${entry.filePath ?? entry.id}: checklist "${ref.id}" does not exist (expected src/content/checklists/${ref.id}.yaml)`,
      );
    }
  }
  return learningPath(
    all
      .map((entry) => ({ ...splitEntryId(entry.id), entry }))
      .filter((g) => g.lang === lang)
      .map((g) => ({ id: g.id, order: g.entry.data.order, lang, entry: g.entry })),
  );
}

/**
 * Checklists in crisis order: a checklist's place is its guide's place on the learning path, and a
 * list no guide owns comes right after the list its `after` field names. A bad `after` fails the build.
 */
export async function getChecklists(lang: Locale): Promise<{ checklist: ChecklistEntry; guide?: Guide }[]> {
  const [checklists, guides] = await Promise.all([getCollection('checklists'), getGuides(lang)]);
  const guideOf = new Map(guides.flatMap((g) => (g.entry.data.checklist ? [[g.entry.data.checklist.id, g]] : [])));
  const ordered = crisisOrder(
    checklists.map((checklist) => ({ id: checklist.id, after: checklist.data.after, checklist })),
    (id) => guideOf.get(id)?.order,
  );
  return ordered.map(({ checklist }) => {
    const guide = guideOf.get(checklist.id);
    return guide ? { checklist, guide } : { checklist };
  });
}

export type DrillEntry = CollectionEntry<'drills'>;

/** Every drill, in a stable order (by title in the page's language). */
export async function getDrills(lang: Locale): Promise<DrillEntry[]> {
  const all = await getCollection('drills');
  return [...all].sort((a, b) => a.data.title[lang].localeCompare(b.data.title[lang], lang));
}

export interface CitedSection {
  guide: string;
  guideTitle: string;
  heading: string;
  href: string;
}

/** The guide sections a drill cites, with their titles in `lang` (the build already checked they exist). */
export async function drillSections(entry: DrillEntry, lang: Locale): Promise<CitedSection[]> {
  const out: CitedSection[] = [];
  for (const c of citationsOf(entry.data)) {
    const guide = await getEntry('guides', `${lang}/${c.guide}`);
    if (!guide) throw new Error(`${entry.filePath ?? entry.id}: cites guide "${c.guide}", which does not exist`);
    const heading = guideHeadings(guide.body ?? '').find((h) => h.id === c[lang]);
    out.push({
      guide: c.guide,
      guideTitle: guide.data.title,
      heading: heading?.text ?? c[lang],
      href: `${paths.guide(lang, c.guide)}#${c[lang]}`,
    });
  }
  return out;
}

/**
 * Every guide section's address in `lang`, with what a reader calls it: "Heading (Guide title)".
 * The drill debrief names the sections it sends the learner to (src/pages/[lang]/sections.json.ts).
 */
export async function sectionTitles(lang: Locale): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const { id, entry } of await getGuides(lang)) {
    for (const heading of guideHeadings(entry.body ?? ''))
      out[`${paths.guide(lang, id)}#${heading.id}`] = `${heading.text} (${entry.data.title})`;
  }
  return out;
}

/** Static paths of the per-drill pages (the drill page and its cards): one per drill and language. */
export async function drillPaths(): Promise<{ params: { lang: Locale; id: string }; props: { drill: DrillEntry } }[]> {
  const perLang = await Promise.all(locales.map(async (lang) => ({ lang, drills: await getDrills(lang) })));
  return perLang.flatMap(({ lang, drills }) =>
    drills.map((drill) => ({ params: { lang, id: drill.id }, props: { drill } })),
  );
}

/**
 * Guide id → the drills whose feedback cites one of its sections: a completed drill makes those
 * guides "practised" on the learning path (src/lib/progress.ts).
 */
export async function drillsCitingGuides(): Promise<Record<string, string[]>> {
  const drills = await getCollection('drills');
  return drillsByGuide(
    Object.fromEntries(
      [...drills].sort((a, b) => a.id.localeCompare(b.id)).map((d) => [d.id, citationsOf(d.data).map((c) => c.guide)]),
    ),
  );
}
