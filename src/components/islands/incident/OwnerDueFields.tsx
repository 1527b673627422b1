/** Who owns a follow-up and by when: the two fields the log and the review's follow-ups share. */
export function OwnerDueFields({
  id,
  owner,
  due,
  setOwner,
  setDue,
  ownerLabel,
  dueLabel,
}: {
  /** Prefix of the inputs' ids (`log` gives `log-owner`, `log-due`). */
  id: string;
  owner: string;
  due: string;
  setOwner: (owner: string) => void;
  setDue: (due: string) => void;
  ownerLabel: string;
  dueLabel: string;
}) {
  return (
    <>
      <div class="field">
        <label for={`${id}-owner`}>{ownerLabel}</label>
        <input
          id={`${id}-owner`}
          type="text"
          maxLength={200}
          value={owner}
          onInput={(e) => setOwner(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-due`}>{dueLabel}</label>
        <input id={`${id}-due`} type="datetime-local" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
      </div>
    </>
  );
}
