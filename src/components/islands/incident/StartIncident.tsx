import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../i18n/locales.ts';
import { format, formatDate } from '../../../lib/format.ts';
import { openIncidentOf } from '../../../lib/incident/actions.ts';
import { fromLocalInput, toLocalInput } from '../../../lib/incident/local-time.ts';
import { SEVERITIES, type Severity } from '../../../lib/schemas/incident.ts';
import { $incidents, startIncident } from '../../../stores/incidents.ts';
import { StorageNotice } from '../StorageNotice.tsx';
import { RadioGroup } from '../ui/RadioGroup.tsx';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';
import { type CrisisLabels, INCIDENT_TIMES, type LevelNames } from './labels.ts';
import { type IncidentTimes, TimeFields } from './TimeFields.tsx';

const TIMES = INCIDENT_TIMES.map(([key]) => key);

/**
 * Start an incident: everything has a default (title, "high" when unsure, now for the three
 * times), so one tap on "Start" after the home page's door starts it. Triage hands its level and
 * answers over in the address (`?severity=…&triage=…`).
 */
export default function StartIncident({
  labels,
  levelNames,
  triageHref,
  lang,
}: {
  labels: CrisisLabels;
  levelNames: LevelNames;
  triageHref: string;
  lang: Locale;
}) {
  const state = useStore($incidents);
  const mounted = useMounted();
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<Severity>('high');
  const [fromTriage, setFromTriage] = useState<Record<string, string> | null>(null);
  const [times, setTimes] = useState<IncidentTimes>({
    startedAt: '',
    detectedAt: '',
    declaredAt: '',
  });
  const [error, setError] = useState('');

  useEffect(() => {
    const now = toLocalInput(new Date().toISOString());
    const typed = (key: string) => (document.getElementById(`time-${key}`) as HTMLInputElement | null)?.value || now;
    setTimes({ startedAt: typed('startedAt'), detectedAt: typed('detectedAt'), declaredAt: typed('declaredAt') });
    setTitle((document.getElementById('incident-title') as HTMLInputElement | null)?.value ?? '');
    const params = new URLSearchParams(location.search);
    const level = params.get('severity');
    if (level && (SEVERITIES as readonly string[]).includes(level)) {
      setSeverity(level as Severity);
      try {
        const answers = JSON.parse(params.get('triage') ?? 'null');
        if (answers && typeof answers === 'object')
          setFromTriage(Object.fromEntries(Object.entries(answers).map(([k, v]) => [String(k), String(v)])));
      } catch {
        setFromTriage(null);
      }
    }
  }, []);

  if (mounted && openIncidentOf(state)) return null;

  const submit = async (event: Event) => {
    event.preventDefault();
    const now = new Date();
    // Read from the form itself: what was typed before the island hydrated counts too.
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const typed = String(data.get('title') ?? title);
    const iso = TIMES.map((k) => fromLocalInput(String(data.get(k) ?? times[k])) ?? now.toISOString()) as [
      string,
      string,
      string,
    ];
    const wrong = await startIncident(
      {
        title:
          typed.trim() ||
          format(labels['crisis.start.titleDefault'], {
            date: formatDate(now, lang, 'dateTime'),
          }),
        severity,
        reason: fromTriage ? 'triage' : '',
        triage: fromTriage,
        startedAt: iso[0],
        detectedAt: iso[1],
        declaredAt: iso[2],
      },
      now,
    );
    setError(wrong ? labels[`crisis.error.${wrong}`] : '');
    if (!wrong) history.replaceState(null, '', location.pathname);
  };

  return (
    <form class="incident-start card" onSubmit={submit} aria-labelledby="start-heading">
      <StorageNotice labels={labels} />
      <h2 id="start-heading">{labels['crisis.start.heading']}</h2>
      <div class="field">
        <label for="incident-title">{labels['crisis.start.titleLabel']}</label>
        <input
          id="incident-title"
          name="title"
          type="text"
          maxLength={120}
          value={title}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
      </div>
      <RadioGroup
        legend={labels['crisis.start.severity']}
        name="severity"
        options={SEVERITIES}
        labelOf={(level) => levelNames[level]}
        value={severity}
        onChange={setSeverity}
        class="severity-choices"
        optionClass={(level) => `severity-choice level-${level}`}
      >
        <p class="hint">
          {fromTriage
            ? `${format(labels['crisis.start.fromTriage'], { level: levelNames[severity] })} `
            : `${labels['crisis.start.unsure']} `}
          <a href={triageHref}>{labels['crisis.start.triageLink']}</a>
        </p>
      </RadioGroup>
      <details class="start-times">
        <summary>{labels['crisis.start.times']}</summary>
        <TimeFields
          labels={labels}
          idPrefix="time"
          values={times}
          onInput={(key, value) => setTimes({ ...times, [key]: value })}
        />
      </details>
      <p class="incident-error" role="alert">
        {error}
      </p>
      <button type="submit" class="button-danger start-button" disabled={!mounted}>
        {labels['crisis.start.submit']}
      </button>
    </form>
  );
}
