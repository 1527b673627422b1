import { useState } from 'preact/hooks';
import { translator } from '../../../i18n/labels.ts';
import { addDrillNote } from '../../../stores/drill-play.ts';
import type { DrillLabels } from './labels.ts';

/** A note for the debrief (kept with the play; notes may still be added once the drill is over). */
export function DrillNote({ labels }: { labels: DrillLabels }) {
  const t = translator(labels);
  const [note, setNote] = useState('');
  const [noted, setNoted] = useState('');
  return (
    <form
      class="drill-note"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await addDrillNote(note)) {
          setNote('');
          setNoted(t('drill.play.noteAdded'));
        }
      }}
    >
      <div class="field">
        <label for="drill-note">{t('drill.play.notes')}</label>
        <textarea id="drill-note" maxLength={4000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      <button type="submit" class="button-quiet" disabled={!note.trim()}>
        {t('drill.play.addNote')}
      </button>
      <p role="status" class="hint">
        {noted}
      </p>
    </form>
  );
}
