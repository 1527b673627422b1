import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { draftTexts, draftToMarkdown } from '../../lib/draft-text.ts';
import { type Draft, EDIT_LIMIT, FIELD_LIMIT } from '../../lib/drafts.ts';
import { format } from '../../lib/format.ts';
import { coverage } from '../../lib/statement/coverage.ts';
import { type Finding, lintStatement } from '../../lib/statement/lint.ts';
import { measure, visiblePrefix } from '../../lib/statement/platforms.ts';
import { labels as templateLabels } from '../../lib/statement/templates.ts';
import { splitThread } from '../../lib/statement/thread.ts';
import {
  APOLOGY_PARTS,
  CRISIS_TYPES,
  type Locale,
  PLATFORM_IDS,
  type Platform,
  STATEMENT_KINDS,
  type StatementInput,
  TONES,
} from '../../lib/statement/types.ts';
import {
  $currentDraft,
  $draftList,
  changeLocale,
  editChannel,
  editInput,
  newDraft,
  publish,
  recordApproval,
  remove,
  rename,
  select,
} from '../../stores/drafts.ts';
import { downloadText } from './download.ts';
import { StorageNotice } from './StorageNotice.tsx';
import { useMounted } from './useMounted.ts';

export type StatementLabels = Record<
  | `statement.${string}`
  | 'storage.quarantined'
  | 'storage.unavailable'
  | 'storage.writeFailed'
  | 'storage.unkept'
  | 'storage.download',
  string
>;

type TextField = 'brand' | 'whatHappened' | 'cause' | 'whoIsAffected' | 'fix' | 'prevention' | 'nextUpdate' | 'contact';
const FIELDS: { key: TextField; multiline: boolean }[] = [
  { key: 'brand', multiline: false },
  { key: 'whatHappened', multiline: true },
  { key: 'cause', multiline: true },
  { key: 'whoIsAffected', multiline: false },
  { key: 'fix', multiline: true },
  { key: 'prevention', multiline: true },
  { key: 'nextUpdate', multiline: false },
  { key: 'contact', multiline: false },
];
const THREADED: Platform[] = ['x', 'bluesky'];

/** Waits until typing pauses before the heavier work (lint, counting, threads) runs again. */
function useSettled<T>(value: T, ms = 150): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The text with the findings' ranges marked, as text nodes and <mark>s (never as HTML). */
function Highlighted({ text, findings }: { text: string; findings: Finding[] }) {
  const ranges = findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start);
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const f of ranges) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark class={`finding-${f.severity}`} title={f.message}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export interface StatementBuilderProps {
  lang: Locale;
  labels: StatementLabels;
}

/**
 * The response-statement builder: a form, a live preview per channel with counters, the
 * "visible before more" mark and threads, lint findings, the apology meter, the approval
 * record, copy and Markdown export, and several named drafts saved on this device.
 */
export default function StatementBuilder({ lang, labels }: StatementBuilderProps) {
  const mounted = useMounted();
  const draft = useStore($currentDraft);
  const list = useStore($draftList);
  const t = (key: `statement.${string}`, vars?: Record<string, string | number>) => format(labels[key] ?? key, vars);
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const when = (iso: string) => dateTime.format(new Date(iso));
  const names = templateLabels(lang);

  const create = () => newDraft(t('statement.defaultName', { date: dateTime.format(new Date()) }), lang);

  if (!mounted) {
    return <p class="builder-loading">{t('statement.loading')}</p>;
  }

  return (
    <div class="builder">
      <section class="builder-drafts" aria-labelledby="drafts-title">
        <h2 id="drafts-title">{t('statement.drafts')}</h2>
        {list.length > 0 ? (
          <label class="field">
            <span>{t('statement.openDraft')}</span>
            <select value={draft?.id ?? ''} onChange={(e) => select(e.currentTarget.value)}>
              {list.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                  {d.publishedAt ? ` · ${t('statement.published')}` : d.approval ? ` · ${t('statement.approved')}` : ''}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p>{t('statement.noDrafts')}</p>
        )}
        <p class="button-row">
          <button type="button" onClick={create}>
            {t('statement.newDraft')}
          </button>
        </p>
        <StorageNotice labels={labels} />
      </section>
      {draft ? <DraftEditor key={draft.id} draft={draft} t={t} when={when} names={names} /> : null}
    </div>
  );
}

interface EditorProps {
  draft: Draft;
  t: (key: `statement.${string}`, vars?: Record<string, string | number>) => string;
  when: (iso: string) => string;
  names: ReturnType<typeof templateLabels>;
}

function DraftEditor({ draft, t, when, names }: EditorProps) {
  const [channel, setChannel] = useState<Platform>('website');
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [approver, setApprover] = useState({ name: '', role: '' });
  const [notice, setNotice] = useState('');
  const { input } = draft;
  const rumour = input.crisisType === 'false-rumour';
  const apology = input.apology ?? !rumour;

  // Heavy work follows the form once typing pauses, so a long paste never blocks the keyboard.
  const settled = useSettled(draft);
  const texts = useMemo(() => draftTexts(settled), [settled]);
  const text = texts[channel];
  const findings = useMemo(
    () => lintStatement(text, settled.locale, { platform: channel, kind: settled.input.kind, apology }),
    [text, channel, settled.locale, settled.input.kind, apology],
  );
  const parts = useMemo(() => coverage(texts.website, settled.locale), [texts.website, settled.locale]);
  const counted = measure(text, channel);
  const visible = visiblePrefix(text, channel);
  const thread =
    THREADED.includes(channel) && counted.limit !== null && counted.length > counted.limit
      ? splitThread(text, channel === 'x' ? 'x' : 'bluesky')
      : [];
  const covered = APOLOGY_PARTS.filter((p) => parts[p]).length;

  const field = (key: TextField) => {
    const labelKey =
      rumour && (key === 'whatHappened' || key === 'cause')
        ? `statement.field.${key}.rumour`
        : `statement.field.${key}`;
    const props = {
      id: `field-${key}`,
      value: input[key] ?? '',
      maxLength: FIELD_LIMIT,
      placeholder: t(`statement.example.${key}`),
      onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
        editInput({ [key]: e.currentTarget.value }),
    };
    return (
      <p class="field" key={key}>
        <label for={props.id}>{t(labelKey as `statement.${string}`)}</label>
        {FIELDS.find((f) => f.key === key)?.multiline ? (
          <textarea rows={2} {...props} />
        ) : (
          <input type="text" {...props} />
        )}
      </p>
    );
  };

  const copy = async (value: string) =>
    setNotice((await copyText(value)) ? t('statement.copied') : t('statement.copyFailed'));

  return (
    <div class="builder-grid">
      <section class="builder-form" aria-labelledby="form-title">
        <h2 id="form-title">{t('statement.form')}</h2>
        <p class="field">
          <label for="draft-name">{t('statement.draftName')}</label>
          <input
            id="draft-name"
            type="text"
            maxLength={80}
            value={draft.name}
            onChange={(e) => rename(e.currentTarget.value)}
          />
        </p>
        <fieldset class="choices">
          <legend>{t('statement.kind')}</legend>
          {STATEMENT_KINDS.map((k) => (
            <label key={k} class="choice">
              <input
                type="radio"
                name="kind"
                value={k}
                checked={input.kind === k}
                onChange={() => editInput({ kind: k })}
              />
              {names.kinds[k]}
            </label>
          ))}
        </fieldset>
        <p class="field">
          <label for="crisis-type">{t('statement.crisisType')}</label>
          <select
            id="crisis-type"
            value={input.crisisType}
            onChange={(e) => editInput({ crisisType: e.currentTarget.value as StatementInput['crisisType'] })}
          >
            {CRISIS_TYPES.map((c) => (
              <option key={c} value={c}>
                {names.crisisTypes[c]}
              </option>
            ))}
          </select>
        </p>
        <fieldset class="choices">
          <legend>{t('statement.tone')}</legend>
          {TONES.map((k) => (
            <label key={k} class="choice">
              <input
                type="radio"
                name="tone"
                value={k}
                checked={input.tone === k}
                onChange={() => editInput({ tone: k })}
              />
              {names.tones[k]}
            </label>
          ))}
        </fieldset>
        <p class="field">
          <label for="statement-locale">{t('statement.language')}</label>
          <select
            id="statement-locale"
            value={draft.locale}
            onChange={(e) => changeLocale(e.currentTarget.value as Locale)}
          >
            <option value="es">Español</option>
            <option value="en">English</option>
          </select>
        </p>
        <p class="field field-check">
          <label class="choice">
            <input
              type="checkbox"
              checked={apology}
              onChange={(e) => editInput({ apology: e.currentTarget.checked })}
            />
            {t('statement.apology')}
          </label>
        </p>
        {FIELDS.map((f) => field(f.key))}
      </section>

      <section class="builder-output" aria-labelledby="output-title">
        <h2 id="output-title">{t('statement.preview')}</h2>
        <section class="meter" aria-labelledby="meter-title">
          <h3 class="meter-title" id="meter-title">
            {t('statement.coverage', { n: covered })}
          </h3>
          <progress max={APOLOGY_PARTS.length} value={covered} aria-hidden="true" />
          <ul class="meter-parts">
            {APOLOGY_PARTS.map((p) => (
              <li key={p} class={parts[p] ? 'is-on' : 'is-off'}>
                <span aria-hidden="true">{parts[p] ? '✓' : '○'}</span> {t(`statement.part.${p}`)}
                <span class="visually-hidden">: {parts[p] ? t('statement.present') : t('statement.missing')}</span>
              </li>
            ))}
          </ul>
        </section>

        <fieldset class="channel-tabs">
          <legend class="visually-hidden">{t('statement.channels')}</legend>
          {PLATFORM_IDS.map((p) => (
            <button
              key={p}
              type="button"
              class="chip"
              aria-pressed={channel === p}
              onClick={() => {
                setChannel(p);
                setEditing(false);
              }}
            >
              {t(`statement.channel.${p}`)}
              {draft.edits[p] !== undefined ? ' ✎' : ''}
            </button>
          ))}
        </fieldset>

        <div class="channel">
          <p
            class={`counter${counted.limit !== null && counted.length > counted.limit ? ' is-over' : ''}`}
            aria-live="polite"
          >
            {counted.limit === null
              ? t('statement.countNoLimit', { length: counted.length })
              : t('statement.count', { length: counted.length, limit: counted.limit })}
          </p>
          {editing ? (
            <p class="field">
              <label for="channel-text">
                {t('statement.editLabel', { channel: t(`statement.channel.${channel}`) })}
              </label>
              <textarea
                id="channel-text"
                rows={10}
                maxLength={EDIT_LIMIT}
                value={draft.edits[channel] ?? text}
                onInput={(e) => editChannel(channel, e.currentTarget.value)}
              />
            </p>
          ) : (
            <div class="statement-preview" lang={draft.locale}>
              {text ? (
                visible !== null && visible.length < text.length ? (
                  <>
                    <span class="before-more">
                      <Highlighted text={visible} findings={findings.filter((f) => f.end <= visible.length)} />
                    </span>
                    <span class="more-mark">{t('statement.moreMark')}</span>
                    <Highlighted
                      text={text.slice(visible.length)}
                      findings={findings
                        .filter((f) => f.start >= visible.length)
                        .map((f) => ({ ...f, start: f.start - visible.length, end: f.end - visible.length }))}
                    />
                  </>
                ) : (
                  <Highlighted text={text} findings={findings} />
                )
              ) : (
                <span class="muted">{t('statement.empty')}</span>
              )}
            </div>
          )}
          <p class="button-row">
            <button type="button" disabled={!text} onClick={() => copy(text)}>
              {t('statement.copy')}
            </button>
            <button type="button" class="button-quiet" onClick={() => setEditing(!editing)}>
              {editing ? t('statement.doneEditing') : t('statement.edit')}
            </button>
            {draft.edits[channel] !== undefined ? (
              <button
                type="button"
                class="button-quiet"
                onClick={() => {
                  editChannel(channel, null);
                  setEditing(false);
                }}
              >
                {t('statement.restore')}
              </button>
            ) : null}
          </p>
          {draft.edits[channel] !== undefined ? <p class="muted">{t('statement.edited')}</p> : null}
          <p class="copy-notice" role="status">
            {notice}
          </p>
          {thread.length > 1 ? (
            <div class="thread">
              <h3>{t('statement.thread', { n: thread.length })}</h3>
              <ol>
                {thread.map((post, i) => (
                  <li key={`${i}-${post.length}`}>
                    <p class="thread-post">{post}</p>
                    <p class="thread-meta">
                      {t('statement.count', { length: measure(post, channel).length, limit: counted.limit ?? 0 })}{' '}
                      <button type="button" class="link-button" onClick={() => copy(post)}>
                        {t('statement.copyPost', { n: i + 1, total: thread.length })}
                      </button>
                    </p>
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
        </div>

        <div class="findings">
          <h3>{t('statement.findings')}</h3>
          {findings.length === 0 ? (
            <p class="muted">{text ? t('statement.noFindings') : ''}</p>
          ) : (
            <ul>
              {findings.map((f) => (
                <li key={`${f.rule}-${f.start}`} class={`finding finding-${f.severity}`}>
                  <span class="badge">{t(`statement.severity.${f.severity}`)}</span> {f.message}
                  {f.end > f.start ? (
                    <q class="finding-quote">{text.slice(f.start, Math.min(f.end, f.start + 120))}</q>
                  ) : null}{' '}
                  <a href={f.guide}>{t('statement.why')}</a>
                </li>
              ))}
            </ul>
          )}
        </div>

        <section class="approval" aria-labelledby="approval-title">
          <h3 id="approval-title">{t('statement.approval')}</h3>
          {draft.approval ? (
            <p class="approved">
              {t('statement.approvedBy', {
                name: draft.approval.name,
                role: draft.approval.role,
                time: when(draft.approval.at),
              })}
            </p>
          ) : (
            <form
              class="approval-form"
              onSubmit={(e) => {
                e.preventDefault();
                void recordApproval(approver).then((ok) => ok && setNotice(t('statement.approvedNotice')));
              }}
            >
              <p class="muted">{t('statement.approvalHelp')}</p>
              <p class="field">
                <label for="approver-name">{t('statement.approverName')}</label>
                <input
                  id="approver-name"
                  type="text"
                  required
                  maxLength={80}
                  value={approver.name}
                  onInput={(e) => setApprover({ ...approver, name: e.currentTarget.value })}
                />
              </p>
              <p class="field">
                <label for="approver-role">{t('statement.approverRole')}</label>
                <input
                  id="approver-role"
                  type="text"
                  required
                  maxLength={80}
                  value={approver.role}
                  onInput={(e) => setApprover({ ...approver, role: e.currentTarget.value })}
                />
              </p>
              <p class="button-row">
                <button type="submit" disabled={!approver.name.trim() || !approver.role.trim() || !texts.website}>
                  {t('statement.approve')}
                </button>
              </p>
            </form>
          )}
          {draft.publishedAt ? (
            <p class="published">{t('statement.publishedAt', { time: when(draft.publishedAt) })}</p>
          ) : (
            <p class="button-row">
              <button type="button" disabled={!draft.approval} onClick={() => publish()}>
                {t('statement.publish')}
              </button>
              {draft.approval ? null : <span class="muted">{t('statement.publishNeedsApproval')}</span>}
            </p>
          )}
        </section>

        <p class="button-row">
          <button
            type="button"
            class="button-quiet"
            onClick={() =>
              downloadText(
                `${draft.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60) || 'statement'}.md`,
                draftToMarkdown(
                  draft,
                  {
                    channels: Object.fromEntries(PLATFORM_IDS.map((p) => [p, t(`statement.channel.${p}`)])) as Record<
                      Platform,
                      string
                    >,
                    approvedBy: labels_(t, 'statement.approvedBy'),
                    notApproved: t('statement.notApproved'),
                    publishedAt: labels_(t, 'statement.publishedAt'),
                    notPublished: t('statement.notPublished'),
                  },
                  when,
                ),
                'text/markdown',
              )
            }
          >
            {t('statement.exportMarkdown')}
          </button>
          {confirmDelete ? null : (
            <button type="button" class="button-quiet button-danger-quiet" onClick={() => setConfirmDelete(true)}>
              {t('statement.delete')}
            </button>
          )}
        </p>
        {confirmDelete ? (
          <fieldset class="confirm">
            <legend>{t('statement.deleteConfirm', { name: draft.name })}</legend>
            <p class="button-row">
              <button type="button" class="button-danger" onClick={() => remove(draft.id)}>
                {t('statement.deleteYes')}
              </button>
              <button type="button" class="button-quiet" onClick={() => setConfirmDelete(false)}>
                {t('statement.cancel')}
              </button>
            </p>
          </fieldset>
        ) : null}
      </section>
    </div>
  );
}

/** A label template with its placeholders left in, for the Markdown export to fill. */
function labels_(t: EditorProps['t'], key: `statement.${string}`): string {
  return t(key, { name: '{name}', role: '{role}', time: '{time}' });
}
