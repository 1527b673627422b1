import { type CrisisLabels, INCIDENT_TIMES } from './labels.ts';

export type IncidentTime = (typeof INCIDENT_TIMES)[number][0];
export type IncidentTimes = Record<IncidentTime, string>;

/**
 * The incident's three times (started, detected, declared) as `datetime-local` fields named by
 * their key, so the form's data carries them. Controlled when `onInput` is given (the start form
 * keeps what was typed before hydration); otherwise `values` are only where the fields start (the
 * settings form, which a store update must not reset under the user's fingers).
 */
export function TimeFields({
  labels,
  idPrefix,
  values,
  onInput,
}: {
  labels: CrisisLabels;
  /** `time` gives ids `time-startedAt`…: unique on the page. */
  idPrefix: string;
  values: IncidentTimes;
  onInput?: (key: IncidentTime, value: string) => void;
}) {
  return (
    <>
      {INCIDENT_TIMES.map(([key, label]) => (
        <div class="field" key={key}>
          <label for={`${idPrefix}-${key}`}>{labels[label]}</label>
          {onInput ? (
            <input
              id={`${idPrefix}-${key}`}
              name={key}
              type="datetime-local"
              value={values[key]}
              onInput={(e) => onInput(key, e.currentTarget.value)}
            />
          ) : (
            <input id={`${idPrefix}-${key}`} name={key} type="datetime-local" defaultValue={values[key]} />
          )}
        </div>
      ))}
    </>
  );
}
