import { useState } from 'preact/hooks';
import { format } from '../../../lib/format.ts';
import { currentIncident } from '../../../lib/incident/actions.ts';
import { fromLocalInput, toLocalInput } from '../../../lib/incident/local-time.ts';
import { mergedTimeline } from '../../../lib/incident/timeline.ts';
import { getOwn } from '../../../lib/records.ts';
import { $draftList } from '../../../stores/drafts.ts';
import { $incidents, editEntry } from '../../../stores/incidents.ts';
import { $sessions } from '../../../stores/sessions.ts';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';
import { describeItem, timeOf, type Wording } from './words.ts';

/** The incident's timeline, merged in time order: entries, ticks, severity, evidence, statements. */
export default function Timeline(w: Wording) {
  const state = useStore($incidents);
  const runs = useStore($sessions);
  const drafts = useStore($draftList);
  const mounted = useMounted();
  const [starredOnly, setStarredOnly] = useState(false);
  const incident = mounted ? currentIncident(state) : undefined;
  if (!incident || incident.resolvedAt) return null;
  const L = w.labels;
  const time = timeOf(w.lang);
  const items = mergedTimeline(incident, getOwn(runs.runs, incident.runId), drafts).filter(
    (i) => !starredOnly || (i.source === 'entry' && i.starred),
  );
  return (
    <section class="incident-timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{L['crisis.timeline.heading']}</h2>
      <label class="choice">
        <input type="checkbox" checked={starredOnly} onChange={(e) => setStarredOnly(e.currentTarget.checked)} />
        {L['crisis.log.filterStarred']}
      </label>
      <ol class="timeline">
        {items.map((item) => (
          <li key={`${item.source}-${item.id}`} class={`timeline-item source-${item.source}`}>
            <time dateTime={item.at}>{time(item.at)}</time>
            <span class="timeline-text">{describeItem(w, item)}</span>
            {item.source === 'entry' ? (
              <span class="timeline-tags">
                <span class="tag">
                  {item.visibility === 'public' ? L['crisis.log.publicTag'] : L['crisis.log.internal']}
                </span>
                {item.followUp ? (
                  <span class="tag">{format(L['crisis.log.followUpBy'], { owner: item.followUp.owner })}</span>
                ) : null}
                <span class="tag">{format(L['crisis.log.written'], { time: time(item.writtenAt) })}</span>
                <button
                  type="button"
                  class="button-quiet button-small star-button"
                  aria-pressed={item.starred}
                  onClick={() => editEntry(item.id, { starred: !item.starred })}
                >
                  {item.starred ? `★ ${L['crisis.log.starred']}` : `☆ ${L['crisis.log.starOn']}`}
                </button>
                <details class="timeline-fix">
                  <summary>{L['crisis.log.fix']}</summary>
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      const value = new FormData(e.currentTarget).get('happenedAt');
                      const at = fromLocalInput(String(value ?? ''));
                      if (at) editEntry(item.id, { happenedAt: at });
                    }}
                  >
                    <div class="field">
                      <label for={`fix-${item.id}`}>{L['crisis.log.happenedAt']}</label>
                      <input
                        id={`fix-${item.id}`}
                        name="happenedAt"
                        type="datetime-local"
                        defaultValue={toLocalInput(item.at)}
                      />
                    </div>
                    <label class="choice">
                      <input
                        type="checkbox"
                        checked={item.visibility === 'public'}
                        onChange={(e) =>
                          editEntry(item.id, { visibility: e.currentTarget.checked ? 'public' : 'internal' })
                        }
                      />
                      {L['crisis.log.public']}
                    </label>
                    <button type="submit">{L['crisis.settings.save']}</button>
                  </form>
                </details>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
