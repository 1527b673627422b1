/** Triage wording and checklists for the crisis pages, in one language (build time). */
import { getEntry } from 'astro:content';
import { type Locale, labelsFor } from '../i18n/index.ts';
import { SEVERITIES } from '../lib/schemas/incident.ts';
import { getChecklists } from './collections.ts';
import { CRISIS_LABELS, type LevelNames, type ListWords } from './islands/incident/labels.ts';

export async function crisisWords(lang: Locale) {
  const entry = await getEntry('triage', 'triage');
  if (!entry) throw new Error('src/content/triage/triage.yaml is missing');
  const data = entry.data;
  const lists = await getChecklists(lang);
  const listWords: ListWords[] = lists.map(({ checklist }) => ({
    id: checklist.id,
    title: checklist.data.title[lang],
    items: checklist.data.items.map((i) => ({ id: i.id, text: i[lang] })),
  }));
  return {
    labels: labelsFor(lang, CRISIS_LABELS),
    levelNames: Object.fromEntries(SEVERITIES.map((l) => [l, data.levels[l].name[lang]])) as LevelNames,
    levels: Object.fromEntries(
      SEVERITIES.map((l) => [l, { summary: data.levels[l].summary[lang], call: data.levels[l].call[lang] }]),
    ) as Record<(typeof SEVERITIES)[number], { summary: string; call: string }>,
    questions: data.questions.map((q) => ({
      id: q.id,
      prompt: q.prompt[lang],
      short: q.short[lang],
      options: q.options.map((o) => ({ id: o.id, label: o[lang] })),
    })),
    unsureLabel: data.unsure[lang],
    source: data.source[lang],
    firstSteps: data.firstSteps.map((s) => ({ id: s.id, text: s[lang] })),
    lists: listWords,
    checklists: lists,
  };
}
