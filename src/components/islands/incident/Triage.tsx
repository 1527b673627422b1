import { useEffect, useRef, useState } from 'preact/hooks';
import { format } from '../../../lib/format.ts';
import { scoreTriage, UNSURE } from '../../../lib/incident/triage.ts';
import type { Severity } from '../../../lib/schemas/incident.ts';
import { RadioGroup } from '../ui/RadioGroup.tsx';
import type { CrisisLabels, LevelNames } from './labels.ts';

export interface TriageProps {
  labels: CrisisLabels;
  levelNames: LevelNames;
  questions: { id: string; prompt: string; short: string; options: { id: string; label: string }[] }[];
  unsureLabel: string;
  levels: Record<Severity, { summary: string; call: string }>;
  listTitles: Record<string, string>;
  source: string;
  /** The crisis page, where "start at this level" leads. */
  crisisHref: string;
}

/** The triage wizard: radio questions, a live result with its reasons and what follows. */
export default function Triage({
  labels,
  levelNames,
  questions,
  unsureLabel,
  levels,
  listTitles,
  source,
  crisisHref,
}: TriageProps) {
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  // Preact's hydrate keeps the `checked` the browser has but not the state: an answer tapped
  // before the island hydrated (a slow phone) would show ticked and count for nothing. Adopt
  // what the form holds once, under anything answered since.
  useEffect(() => {
    const typed: Record<string, string> = {};
    for (const q of questions) {
      const value = form.current ? new FormData(form.current).get(`triage-${q.id}`) : null;
      if (typeof value === 'string') typed[q.id] = value;
    }
    if (Object.keys(typed).length) setAnswers((now) => ({ ...typed, ...now }));
  }, [questions]);
  const result = scoreTriage(answers);
  const short = Object.fromEntries(questions.map((q) => [q.id, q.short]));
  const optionLabel = (q: string, o: string) =>
    questions.find((x) => x.id === q)?.options.find((x) => x.id === o)?.label ?? o;
  const params = new URLSearchParams({ severity: result.level, triage: JSON.stringify(answers) });
  const { firstResponseMinutes, updateMinutes, checklists } = result.defaults;

  return (
    <div class="triage">
      <form class="triage-questions" ref={form} onSubmit={(e) => e.preventDefault()}>
        {questions.map((q) => {
          const options = [...q.options, { id: UNSURE, label: unsureLabel }];
          return (
            <RadioGroup
              key={q.id}
              legend={q.prompt}
              name={`triage-${q.id}`}
              options={options.map((o) => o.id)}
              labelOf={(id) => options.find((o) => o.id === id)?.label ?? id}
              value={answers[q.id]}
              onChange={(id) => setAnswers((now) => ({ ...now, [q.id]: id }))}
              class="triage-question"
            />
          );
        })}
        <button type="button" class="button-quiet" onClick={() => setAnswers({})}>
          {labels['triage.reset']}
        </button>
      </form>
      <section class={`triage-result level-${result.level}`} aria-live="polite" aria-labelledby="triage-result">
        <h2 id="triage-result">{format(labels['triage.result'], { level: levelNames[result.level] })}</h2>
        <p>{levels[result.level].summary}</p>
        <h3>{labels['triage.reasons']}</h3>
        <ul>
          {result.reasons.length === 0 ? <li>{labels['triage.noSignals']}</li> : null}
          {result.reasons.map((r) => (
            <li key={r.question}>
              {short[r.question]}: {optionLabel(r.question, r.option)} ({levelNames[r.level]})
            </li>
          ))}
          {result.unsure.length ? (
            <li>
              {format(labels['triage.unsure'], { questions: result.unsure.map((q) => short[q]).join(', ') })}{' '}
              {result.raised ? labels['triage.raised'] : ''}
            </li>
          ) : null}
          {result.unanswered.length ? (
            <li>{format(labels['triage.unanswered'], { count: result.unanswered.length })}</li>
          ) : null}
        </ul>
        <h3>{labels['triage.call']}</h3>
        <p>{levels[result.level].call}</p>
        <p>
          {format(labels['triage.firstResponse'], { minutes: firstResponseMinutes })}{' '}
          {updateMinutes === null
            ? labels['triage.noCadence']
            : format(labels['triage.cadence'], { minutes: updateMinutes })}
        </p>
        <h3>{labels['triage.open']}</h3>
        <ol>
          {checklists.map((id) => (
            <li key={id}>{listTitles[id] ?? id}</li>
          ))}
        </ol>
        <p class="triage-source">{source}</p>
        <a class="button" href={`${crisisHref}?${params}`}>
          {labels['triage.start']}
        </a>
      </section>
    </div>
  );
}
