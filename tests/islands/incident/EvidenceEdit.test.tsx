// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import EvidenceEdit from '../../../src/components/islands/incident/EvidenceEdit.tsx';
import { CRISIS_LABELS } from '../../../src/components/islands/incident/labels.ts';
import { labelsFor } from '../../../src/i18n/index.ts';
import type { EvidenceCard } from '../../../src/lib/schemas/incident.ts';

const store = vi.hoisted(() => ({ editEvidence: vi.fn() }));
vi.mock('../../../src/stores/incidents.ts', () => store);

const labels = labelsFor('en', CRISIS_LABELS);
const card: EvidenceCard = {
  id: 'ev-1',
  addedAt: '2026-03-06T10:00:00.000Z',
  network: 'X',
  url: 'https://x.com/fake/status/1',
  handle: '@fake',
  displayName: 'Not the brand',
  followers: 12,
  seenAt: '2026-03-06T09:58:30.000Z',
  text: 'Lies',
  screenshot: { blobId: 'shot-1', sha256: 'a'.repeat(64), type: 'image/png', size: 10, name: 'a.png' },
  fakeSigns: ['new-account'],
  status: 'reported',
};

/** Opens the card's disclosure as a tap on its summary does (jsdom fires `toggle` a moment later). */
async function open() {
  const details = screen.getByText('Correct this card').closest('details') as HTMLDetailsElement;
  details.open = true;
  await screen.findByLabelText('Account (@handle)');
}
const save = () =>
  fireEvent.submit(screen.getByRole('button', { name: 'Save the correction' }).closest('form') as HTMLFormElement);

beforeEach(() => store.editEvidence.mockReset().mockResolvedValue({ ok: true }));
afterEach(cleanup);

describe('EvidenceEdit island', () => {
  it('has no fields until opened, then shows the card as stored', async () => {
    render(<EvidenceEdit card={card} labels={labels} />);
    expect(screen.queryByLabelText('Account (@handle)')).toBeNull();
    await open();
    expect((screen.getByLabelText('Account (@handle)') as HTMLInputElement).value).toBe('@fake');
    expect((screen.getByLabelText('Followers') as HTMLInputElement).value).toBe('12');
    expect((screen.getByLabelText('New account') as HTMLInputElement).checked).toBe(true);
  });

  it('saves the fields with the status and picture kept, and the seen-at time unchanged to the second', async () => {
    render(<EvidenceEdit card={card} labels={labels} />);
    await open();
    fireEvent.input(screen.getByLabelText('Account (@handle)'), { target: { value: '@fake_2' } });
    save();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Correction saved.'));
    expect(store.editEvidence).toHaveBeenCalledWith(
      'ev-1',
      expect.objectContaining({ handle: '@fake_2', seenAt: card.seenAt, fakeSigns: ['new-account'] }),
      'reported',
      { kind: 'keep' },
    );
  });

  it('removes or replaces the screenshot, and says why a refusal kept the card', async () => {
    render(<EvidenceEdit card={card} labels={labels} />);
    await open();
    fireEvent.click(screen.getByLabelText('Remove the screenshot'));
    save();
    await waitFor(() => expect(store.editEvidence).toHaveBeenCalledTimes(1));
    expect(store.editEvidence.mock.calls[0]?.[3]).toEqual({ kind: 'remove' });

    store.editEvidence.mockResolvedValue({ ok: false, error: { code: 'not-saved' } });
    const file = new File([new Uint8Array([1])], 'b.png', { type: 'image/png' });
    fireEvent.change(screen.getByLabelText(/Replace the screenshot/), { target: { files: [file] } });
    save();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('What you had is intact.'));
    expect(store.editEvidence.mock.calls[1]?.[3]).toEqual({ kind: 'replace', file });
  });
});
