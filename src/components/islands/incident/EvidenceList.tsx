import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../i18n/locales.ts';
import { format } from '../../../lib/format.ts';
import { currentIncident } from '../../../lib/incident/actions.ts';
import { EVIDENCE_STATUSES, type EvidenceCard } from '../../../lib/schemas/incident.ts';
import { $incidents, getBlob, setEvidenceStatus } from '../../../stores/incidents.ts';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';
import EvidenceEdit from './EvidenceEdit.tsx';
import type { CrisisLabels } from './labels.ts';
import { timeOf } from './words.ts';

/** A screenshot from IndexedDB as a thumbnail (a blob: URL, released when the card goes). */
function Thumbnail({ card, alt }: { card: EvidenceCard; alt: string }) {
  const [url, setUrl] = useState('');
  const blobId = card.screenshot?.blobId;
  useEffect(() => {
    let made = '';
    let live = true;
    // A replaced or removed screenshot: the old picture goes at once.
    setUrl('');
    if (blobId)
      getBlob(blobId).then((blob) => {
        if (blob && live) {
          made = URL.createObjectURL(blob);
          setUrl(made);
        }
      });
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [blobId]);
  return url ? <img class="evidence-thumb" src={url} alt={alt} /> : null;
}

/**
 * The incident's evidence cards, with their report or takedown status and a form to correct each
 * (both recorded on the card, shown on the timeline). `readOnly` in the report.
 */
export default function EvidenceList({
  labels,
  lang,
  readOnly = false,
}: {
  labels: CrisisLabels;
  lang: Locale;
  readOnly?: boolean;
}) {
  const state = useStore($incidents);
  const mounted = useMounted();
  const incident = mounted ? currentIncident(state) : undefined;
  if (!incident || (!readOnly && incident.resolvedAt)) return null;
  const time = timeOf(lang);
  if (!incident.evidence.length) return <p class="hint">{labels['crisis.evidence.none']}</p>;
  return (
    <ul class="evidence-cards">
      {incident.evidence.map((card) => (
        <li key={card.id} class="evidence-card">
          <Thumbnail card={card} alt={format(labels['crisis.evidence.shotAlt'], { handle: card.handle || card.url })} />
          <div>
            <p class="evidence-who">
              <strong>{card.handle || card.displayName}</strong> {card.network ? `· ${card.network}` : ''}
              {card.followers !== null
                ? ` · ${format(labels['crisis.evidence.followersCount'], { count: card.followers })}`
                : ''}
            </p>
            {card.url ? (
              <p class="evidence-url">
                <a href={card.url} rel="noopener noreferrer nofollow" target="_blank">
                  {card.url}
                </a>
              </p>
            ) : null}
            {card.text ? <p>“{card.text}”</p> : null}
            <p class="hint">
              {labels['crisis.evidence.seenAt']}: {time(card.seenAt)}
              {card.fakeSigns.length ? ` · ${card.fakeSigns.map((s) => labels[`crisis.sign.${s}`]).join(', ')}` : ''}
            </p>
            {card.screenshot ? (
              <p class="hint evidence-hash">
                {format(labels['crisis.evidence.sha'], { hash: card.screenshot.sha256 })}
              </p>
            ) : null}
            {readOnly ? (
              <p>{labels[`crisis.evidence.status.${card.status}`]}</p>
            ) : (
              <div class="field">
                <label for={`status-${card.id}`}>{labels['crisis.evidence.status']}</label>
                <select
                  id={`status-${card.id}`}
                  value={card.status}
                  onChange={(e) => setEvidenceStatus(card.id, e.currentTarget.value as EvidenceCard['status'])}
                >
                  {EVIDENCE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {labels[`crisis.evidence.status.${s}`]}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {readOnly ? null : <EvidenceEdit card={card} labels={labels} />}
          </div>
        </li>
      ))}
    </ul>
  );
}
