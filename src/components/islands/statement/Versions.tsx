import { useMemo } from 'preact/hooks';
import { draftTexts } from '../../../lib/draft-text.ts';
import type { PublishedVersion } from '../../../lib/drafts.ts';
import { getOwn } from '../../../lib/records.ts';
import { PLATFORM_IDS } from '../../../lib/statement/types.ts';
import { recordedVersions } from '../../../lib/statement-record.ts';
import { $drafts } from '../../../stores/drafts.ts';
import type { DraftPartProps } from './labels.ts';

/**
 * The publishing record: every version that went out, newest first, with its approval, time,
 * promised next update and exact words; the version being edited; and "start the next update
 * from this one" on the latest.
 */
export function Versions({ draft, wording, when, t }: DraftPartProps) {
  const versions = recordedVersions(draft);
  const latest = versions.at(-1);
  const source = draft.basedOn ? getOwn($drafts.get().drafts, draft.basedOn.draftId) : undefined;
  const startNext = () => {
    const prefix = t('statement.nextUpdateName', { name: '' });
    const name = draft.name.startsWith(prefix) ? draft.name : t('statement.nextUpdateName', { name: draft.name });
    // Loaded on this click only: it reads the incident's cadence.
    void import('../../../stores/next-update.ts')
      .then((m) => m.startNextUpdateFrom(draft.id, name))
      .then((ok) => {
        if (ok) document.getElementById('drafts-title')?.scrollIntoView({ block: 'start' });
      });
  };
  return (
    <section class="versions" aria-labelledby="versions-title">
      <h3 id="versions-title">{t('statement.history')}</h3>
      {draft.basedOn ? (
        <p class="muted">
          {t('statement.basedOn', { number: draft.basedOn.version, name: source?.name ?? draft.basedOn.draftId })}
        </p>
      ) : null}
      {versions.length === 0 ? (
        <p class="muted">{t('statement.historyNone')}</p>
      ) : (
        <>
          <p class="muted">{t('statement.historyHelp')}</p>
          <ol class="version-list" reversed>
            {draft.publishedAt ? null : (
              <li class="version is-editing" data-version={versions.length + 1}>
                <strong>{t('statement.version', { number: (latest?.number ?? 0) + 1 })}</strong>:{' '}
                {t('statement.versionEditing')}
              </li>
            )}
            {[...versions].reverse().map((v) => (
              <VersionItem key={v.number} version={v} draft={draft} wording={wording} when={when} t={t} />
            ))}
          </ol>
          {latest ? (
            <div class="next-update">
              <button type="button" onClick={startNext}>
                {t('statement.nextUpdate')}
              </button>
              <p class="muted">{t('statement.nextUpdateHelp', { number: latest.number })}</p>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

function VersionItem({ version: v, draft, wording, when, t }: DraftPartProps & { version: PublishedVersion }) {
  const legacy = Object.keys(v.texts).length === 0;
  // Words frozen at publication; a record from before versions were kept is rebuilt from its fields.
  const texts = useMemo(
    () =>
      legacy && wording.locale === v.locale
        ? draftTexts({ ...draft, input: v.input, edits: v.edits, locale: v.locale }, wording)
        : v.texts,
    [legacy, wording, v, draft],
  );
  return (
    <li class="version" data-version={v.number}>
      <strong>{t('statement.version', { number: v.number })}</strong>:{' '}
      {t('statement.versionPublished', { time: when(v.publishedAt) })}.{' '}
      {t('statement.approvedBy', { name: v.approval.name, role: v.approval.role, time: when(v.approval.at) })}
      {v.nextUpdateAt ? <> {t('statement.versionNext', { time: when(v.nextUpdateAt) })}.</> : null}
      <details>
        <summary>{t('statement.versionText')}</summary>
        {legacy ? <p class="muted">{t('statement.versionLegacy')}</p> : null}
        <dl class="version-texts">
          {PLATFORM_IDS.filter((p) => texts[p]?.trim()).map((p) => (
            <div key={p}>
              <dt>{t(`statement.channel.${p}`)}</dt>
              <dd>{texts[p]}</dd>
            </div>
          ))}
        </dl>
      </details>
    </li>
  );
}
