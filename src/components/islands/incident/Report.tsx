import { Fragment } from 'preact';
import { currentIncident } from '../../../lib/incident/actions.ts';
import { buildReport, reportMarkdown } from '../../../lib/incident/report.ts';
import { LEVEL_DEFAULTS } from '../../../lib/incident/triage.ts';
import { getOwn } from '../../../lib/records.ts';
import { LEVERS, ROLES } from '../../../lib/schemas/incident.ts';
import { $draftList } from '../../../stores/drafts.ts';
import {
  $incidents,
  exportCurrentIncident,
  markFollowUpDone,
  selectIncident,
  setReview,
} from '../../../stores/incidents.ts';
import { $sessions } from '../../../stores/sessions.ts';
import { downloadText } from '../download.ts';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';
import EvidenceList from './EvidenceList.tsx';
import FollowUpForm from './FollowUpForm.tsx';
import { describeItem, reportWords, type Wording } from './words.ts';

const fileName = (title: string, ext: string) =>
  `${
    title
      .normalize('NFD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'incident'
  }.${ext}`;

/** The post-crisis report of the shown (closed) incident: on screen, in Markdown, in JSON, in print. */
export default function Report(w: Wording) {
  const state = useStore($incidents);
  const runs = useStore($sessions);
  const drafts = useStore($draftList);
  const mounted = useMounted();
  const incident = mounted ? currentIncident(state) : undefined;
  if (!incident?.resolvedAt) return null;
  const L = w.labels;
  const words = reportWords(w);
  const lists = LEVEL_DEFAULTS.critical.checklists.flatMap((id) => {
    const list = w.lists.find((l) => l.id === id);
    return list ? [{ id, items: list.items.map((i) => i.id) }] : [];
  });
  const firstSteps = { id: 'first-minutes', items: w.firstSteps.map((s) => s.id) };
  const report = buildReport(incident, getOwn(runs.runs, incident.runId), drafts, [firstSteps, ...lists]);
  const checklistTitle = (id: string) =>
    id === 'first-minutes' ? L['crisis.first.heading'] : words.checklistTitle(id);

  return (
    <article class="incident-report" aria-labelledby="report-heading">
      {report.drill ? <p class="drill-marker">{L['drill.marker']}</p> : null}
      <h2 id="report-heading">
        {L['crisis.report.heading']}: {report.title}
      </h2>
      <div class="button-row no-print">
        <button
          type="button"
          onClick={() =>
            downloadText(
              fileName(report.title, 'md'),
              reportMarkdown(report, { ...words, checklistTitle }),
              'text/markdown',
            )
          }
        >
          {L['crisis.report.exportMd']}
        </button>
        <button
          type="button"
          class="button-quiet"
          onClick={async () => {
            const json = await exportCurrentIncident();
            if (json) downloadText(fileName(report.title, 'json'), json, 'application/json');
          }}
        >
          {L['crisis.report.exportJson']}
        </button>
        <button type="button" class="button-quiet" onClick={() => print()}>
          {L['crisis.report.print']}
        </button>
        <button type="button" class="button-quiet" onClick={() => selectIncident(null)}>
          {L['crisis.report.newIncident']}
        </button>
      </div>
      <h3>{L['crisis.report.summary']}</h3>
      <dl class="report-summary">
        <dt>{L['crisis.start.severity']}</dt>
        <dd>{w.levelNames[report.severity]}</dd>
        {(['startedAt', 'detectedAt', 'declaredAt', 'resolvedAt'] as const).map((k) => (
          <Fragment key={k}>
            <dt>{L[`crisis.time.${k.replace('At', '') as 'started'}`]}</dt>
            <dd>{report[k] ? words.time(report[k] as string) : L['crisis.report.open']}</dd>
          </Fragment>
        ))}
        {ROLES.filter((r) => report.roles[r]).map((r) => (
          <Fragment key={r}>
            <dt>{L[`crisis.role.${r}`]}</dt>
            <dd>{report.roles[r]}</dd>
          </Fragment>
        ))}
      </dl>
      <h3>{L['crisis.report.firstResponse']}</h3>
      <p data-report="first-response">{words.firstResponse(report.firstResponse)}</p>
      <h3>{L['crisis.report.cadence']}</h3>
      <p>{words.cadence(report.cadence)}</p>
      <h3>{L['crisis.report.severity']}</h3>
      <ul class="report-severity">
        {report.severityChanges.map((c) => (
          <li key={c.id}>
            <time dateTime={c.at}>{words.time(c.at)}</time>{' '}
            {c.from ? `${w.levelNames[c.from]} → ${w.levelNames[c.level]}` : w.levelNames[c.level]}
            {c.reason && c.reason !== 'triage'
              ? ` (${c.reason})`
              : c.reason === 'triage'
                ? ` (${L['crisis.report.fromTriage']})`
                : ''}
          </li>
        ))}
      </ul>
      <h3>{L['crisis.report.timeline']}</h3>
      <ol class="timeline report-timeline">
        {report.timeline.map((item) => (
          <li key={`${item.source}-${item.id}`} class={`timeline-item source-${item.source}`}>
            <time dateTime={item.at}>{words.time(item.at)}</time>{' '}
            <span class="timeline-text">{describeItem(w, item)}</span>
            {item.source === 'entry' && item.starred ? <span class="tag">★</span> : null}
          </li>
        ))}
      </ol>
      <h3>{L['crisis.report.checklists']}</h3>
      <ul>
        {report.checklists.map((c) => (
          <li key={c.id}>
            {checklistTitle(c.id)}: {c.done}/{c.total}
            {c.open.length ? (
              <ul class="report-open" aria-label={L['crisis.report.leftOpen']}>
                {c.open.map((item) => (
                  <li key={item}>☐ {words.itemText(c.id, item)}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <h3>{L['crisis.report.statements']}</h3>
      <ul>
        {report.statements.length ? (
          report.statements.map((s) => <li key={s.id}>{words.statement(s)}</li>)
        ) : (
          <li>{L['crisis.report.none']}</li>
        )}
      </ul>
      <h3>{L['crisis.report.evidence']}</h3>
      <EvidenceList labels={L} lang={w.lang} readOnly />
      <h3>{L['crisis.report.review']}</h3>
      <p class="hint">{L['crisis.report.reviewHelp']}</p>
      {LEVERS.map((lever) => (
        <div class="field" key={lever}>
          <label for={`review-${lever}`}>{L[`crisis.report.lever.${lever}`]}</label>
          <p class="hint" id={`review-${lever}-hint`}>
            {L[`crisis.report.prompt.${lever}`]}
          </p>
          <textarea
            id={`review-${lever}`}
            rows={3}
            aria-describedby={`review-${lever}-hint`}
            value={report.review[lever]}
            onChange={(e) => setReview(lever, e.currentTarget.value)}
          />
          <p class="print-only">{report.review[lever].trim() || '—'}</p>
        </div>
      ))}
      <h3>{L['crisis.report.followUps']}</h3>
      <ul class="report-follow-ups">
        {report.followUps.length ? (
          report.followUps.map((f) => (
            <li key={f.id}>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={f.doneAt !== null}
                  onChange={(e) => void markFollowUpDone(f.id, e.currentTarget.checked)}
                />
                {words.followUp(f)}
              </label>
            </li>
          ))
        ) : (
          <li>{L['crisis.report.none']}</li>
        )}
      </ul>
      <FollowUpForm labels={L} />
    </article>
  );
}
