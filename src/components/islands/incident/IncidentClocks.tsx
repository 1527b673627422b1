import { useState } from 'preact/hooks';
import { format, formatDate } from '../../../lib/format.ts';
import { currentSeverity, openIncidentOf } from '../../../lib/incident/actions.ts';
import { type Clock, computeClocks, formatDuration } from '../../../lib/incident/clocks.ts';
import { incidentDrafts, publishedStatements } from '../../../lib/incident/timeline.ts';
import { targetsFor } from '../../../lib/incident/triage.ts';
import { SEVERITIES, type Severity } from '../../../lib/schemas/incident.ts';
import { $draftList } from '../../../stores/drafts.ts';
import { $incidents, changeSeverity } from '../../../stores/incidents.ts';
import { StorageNotice } from '../StorageNotice.tsx';
import { RadioGroup } from '../ui/RadioGroup.tsx';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';
import type { PageWords } from './labels.ts';
import { useNow } from './useNow.ts';

/** The open incident's title, severity (changeable, each change logged) and its three clocks. */
export default function IncidentClocks({ labels, levelNames, lang }: PageWords) {
  const state = useStore($incidents);
  const drafts = useStore($draftList);
  const mounted = useMounted();
  const now = useNow();
  const [level, setLevel] = useState<Severity | ''>('');
  const [reason, setReason] = useState('');
  const incident = mounted ? openIncidentOf(state) : undefined;
  if (!incident) return null;

  const severity = currentSeverity(incident);
  const targets = targetsFor(severity, incident.targets);
  const clocks = computeClocks(
    incident,
    targets,
    publishedStatements(incident, incidentDrafts(incident, drafts)),
    now.toISOString(),
  );
  const time = (iso: string) => formatDate(iso, lang, 'time');
  const clockText = (c: Clock) =>
    format(
      labels[
        c.state === 'overdue' ? 'crisis.clock.overdue' : c.state === 'soon' ? 'crisis.clock.soon' : 'crisis.clock.ok'
      ],
      {
        duration: formatDuration(c.remaining),
        time: time(c.dueAt),
      },
    );
  const fr = clocks.firstResponse;

  return (
    <section class={`incident-head level-${severity}`} aria-labelledby="incident-title-heading">
      <StorageNotice labels={labels} />
      {incident.kind === 'drill' ? <p class="drill-marker">{labels['drill.marker']}</p> : null}
      <p class="incident-kicker">
        <span class={`severity-badge level-${severity}`}>{levelNames[severity]}</span> {labels['crisis.open']}
      </p>
      <h2 id="incident-title-heading">{incident.title}</h2>
      <dl class="clocks">
        <div class="clock">
          <dt>{labels['crisis.clock.since']}</dt>
          <dd data-clock="since">{formatDuration(clocks.sinceDetection)}</dd>
        </div>
        <div class={`clock state-${fr.state}`} data-state={fr.state}>
          <dt>{labels['crisis.clock.firstResponse']}</dt>
          <dd data-clock="first-response">
            {fr.state === 'done' && fr.doneAt
              ? format(labels['crisis.clock.done'], {
                  time: time(fr.doneAt),
                  duration: formatDuration(Date.parse(fr.doneAt) - Date.parse(incident.detectedAt)),
                })
              : clockText(fr)}
          </dd>
        </div>
        <div
          class={`clock state-${clocks.nextUpdate?.state ?? 'idle'}`}
          data-state={clocks.nextUpdate?.state ?? 'idle'}
        >
          <dt>{labels['crisis.clock.nextUpdate']}</dt>
          <dd data-clock="next-update">
            {clocks.nextUpdate
              ? clockText(clocks.nextUpdate)
              : fr.state === 'done'
                ? labels['crisis.clock.noCadence']
                : labels['crisis.clock.waiting']}
            {clocks.nextUpdate?.basedOn === 'promise' ? (
              <span class="hint"> {labels['crisis.clock.promise']}</span>
            ) : null}
          </dd>
        </div>
      </dl>
      {clocks.long && clocks.cadenceMinutes !== null ? (
        <p class="hint">{format(labels['crisis.clock.long'], { minutes: clocks.cadenceMinutes })}</p>
      ) : null}
      <nav aria-label={labels['crisis.sections']}>
        <ul class="section-jump">
          {(
            [
              ['lists-heading', 'crisis.lists.heading'],
              ['log-heading', 'crisis.log.heading'],
              ['evidence-heading', 'crisis.evidence.heading'],
              ['statements-heading', 'crisis.statements.heading'],
              ['roles-heading', 'crisis.roles.heading'],
              ['close-heading', 'crisis.close.heading'],
            ] as const
          ).map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{labels[key]}</a>
            </li>
          ))}
        </ul>
      </nav>
      <details class="severity-change">
        <summary>{labels['crisis.severity.change']}</summary>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (level && (await changeSeverity(level, reason))) {
              setLevel('');
              setReason('');
            }
          }}
        >
          <RadioGroup
            legend={labels['crisis.start.severity']}
            name="severity-change"
            options={SEVERITIES}
            labelOf={(l) => levelNames[l]}
            value={level || severity}
            onChange={setLevel}
          />
          <div class="field">
            <label for="severity-reason">{labels['crisis.severity.reason']}</label>
            <input
              id="severity-reason"
              type="text"
              maxLength={200}
              value={reason}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
          </div>
          <button type="submit" disabled={!level || level === severity}>
            {labels['crisis.severity.save']}
          </button>
        </form>
      </details>
    </section>
  );
}
