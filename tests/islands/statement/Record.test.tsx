// @vitest-environment jsdom
/** The publishing record in the builder: send for approval, the versions, the note while a published text is edited. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Approval } from '../../../src/components/islands/statement/Approval.tsx';
import { STATEMENT_LABELS } from '../../../src/components/islands/statement/labels.ts';
import { labelsFor } from '../../../src/i18n/index.ts';
import { translator } from '../../../src/i18n/labels.ts';
import { draftTexts } from '../../../src/lib/draft-text.ts';
import { approve, createDraft, type Draft, markPublished, updateInput } from '../../../src/lib/drafts.ts';
import { promisedTime } from '../../../src/lib/promised-time.ts';
import { loadWording } from '../../../src/lib/statement/wording.ts';

const t = translator(labelsFor('en', STATEMENT_LABELS));
const EN = await loadWording('en');
const when = (iso: string) => iso.slice(11, 16);
const T0 = '2026-03-06T10:00:00.000Z';

function states() {
  let s = { currentDraftId: null, drafts: {} } as Parameters<typeof updateInput>[0];
  s = {
    currentDraftId: 'd1',
    drafts: { d1: createDraft({ id: 'd1', name: 'Holding', locale: 'en', runId: null, now: T0 }) },
  };
  s = updateInput(
    s,
    'd1',
    { brand: 'Café Lumbre', whatHappened: 'orders <b>were</b> charged twice', nextUpdate: '13:00' },
    T0,
  );
  const written = s.drafts['d1'] as Draft;
  s = approve(s, 'd1', { name: 'Andrés Gil', role: 'Director' }, '2026-03-06T10:05:00.000Z');
  const at = '2026-03-06T10:10:00.000Z';
  s = markPublished(
    s,
    'd1',
    { texts: draftTexts(s.drafts['d1'] as Draft, EN), nextUpdateAt: promisedTime('13:00', at) },
    at,
  );
  const published = s.drafts['d1'] as Draft;
  s = updateInput(s, 'd1', { whatHappened: 'orders were charged twice this morning' }, '2026-03-06T10:20:00.000Z');
  return { written, published, editing: s.drafts['d1'] as Draft };
}

const show = (draft: Draft) =>
  render(
    <Approval
      draft={draft}
      texts={draftTexts(draft, EN)}
      wording={EN}
      canApprove
      onApproved={() => undefined}
      when={when}
      t={t}
    />,
  );

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('send for approval', () => {
  it('offers a mail link with every channel’s exact text, and no share button without a share sheet', () => {
    show(states().written);
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
    const href = screen.getByRole('link', { name: 'Send by email' }).getAttribute('href') ?? '';
    const body = decodeURIComponent(href.split('&body=')[1] ?? '');
    const texts = draftTexts(states().written, EN);
    expect(body).toContain(`== Website ==\r\n${texts.website.replace(/\n/g, '\r\n')}`);
    expect(body).toContain('== X ==');
    // Typed markup stays text in the message.
    expect(body).toContain('<b>were</b>');
  });

  it('opens the device’s share sheet with the subject and the same text', () => {
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share });
    show(states().written);
    fireEvent.click(screen.getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith({
      title: 'For approval: Holding',
      text: expect.stringContaining('== E-mail =='),
    });
  });

  it('is not offered once the text is published', () => {
    show(states().published);
    expect(screen.queryByRole('link', { name: 'Send by email' })).toBeNull();
  });
});

describe('publishing', () => {
  it('waits for the words to catch up with the form before it can freeze them', () => {
    const { written } = states();
    const approved = { ...written, approval: { name: 'A', role: 'B', at: T0 } };
    const props = {
      texts: draftTexts(approved, EN),
      wording: EN,
      canApprove: true,
      onApproved: () => undefined,
      when,
      t,
    };
    const { rerender } = render(<Approval draft={approved} current={false} {...props} />);
    expect((screen.getByRole('button', { name: 'Mark as published' }) as HTMLButtonElement).disabled).toBe(true);
    rerender(<Approval draft={approved} current {...props} />);
    expect((screen.getByRole('button', { name: 'Mark as published' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('versions', () => {
  it('shows the published version with its approval, promise and frozen words, and the next update button', () => {
    show(states().published);
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]?.textContent).toMatch(
      /^Version 1: published on 10:10\. Approved by Andrés Gil \(Director\) on 10:05\./,
    );
    expect(items[0]?.textContent).toContain('Next update promised for');
    expect(items[0]?.textContent).toMatch(/orders <b>were<\/b> charged twice/i);
    expect(screen.getByRole('button', { name: 'Start the next update from this one' })).toBeTruthy();
  });

  it('while a published text is edited: says so, lists version 2 as being edited and keeps version 1 as it went out', () => {
    show(states().editing);
    expect(screen.getByRole('note').textContent).toMatch(/^Version 1 went out on 10:10 .* version 2/);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((i) => i.dataset['version'])).toEqual(['2', '1']);
    expect(items[0]?.textContent).toBe('Version 2: being edited, not published');
    expect(items[1]?.textContent).toMatch(/orders <b>were<\/b> charged twice/i);
    expect(items[1]?.textContent).not.toContain('this morning');
  });

  it('rebuilds the words of a record from before versions were kept, and says so', () => {
    const { written } = states();
    const legacy: Draft = {
      ...written,
      approval: { name: 'A', role: 'B', at: T0 },
      publishedAt: '2026-03-06T10:01:00.000Z',
      versions: [],
    };
    show(legacy);
    expect(screen.getByText(/^Published before versions were kept/)).toBeTruthy();
    expect(within(screen.getByRole('list')).getByText('Website')).toBeTruthy();
  });
});
