import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { draftTexts, draftToMarkdown } from '../../src/lib/draft-text.ts';
import {
  addDraft,
  approve,
  createDraft,
  type DraftsState,
  deleteDraft,
  EDIT_LIMIT,
  FIELD_LIMIT,
  markPublished,
  renameDraft,
  selectDraft,
  setEdit,
  setLocale,
  updateInput,
} from '../../src/lib/drafts.ts';
import { DraftsStateSchema } from '../../src/lib/schemas/draft.ts';
import { loadWording } from '../../src/lib/statement/wording.ts';

const isDraftsState = (value: unknown) => v.is(DraftsStateSchema, value);
/** The drafts below are in English: the wording their text is composed from. */
const EN = await loadWording('en');

const T0 = '2026-11-24T10:00:00.000Z';
const T1 = '2026-11-24T10:05:00.000Z';
const MD_LABELS = {
  channels: {
    x: 'X',
    bluesky: 'Bluesky',
    threads: 'Threads',
    instagram: 'Instagram',
    facebook: 'Facebook',
    linkedin: 'LinkedIn',
    website: 'Website',
    email: 'E-mail',
  },
  approvedBy: 'Approved by {name} ({role}) on {time}.',
  notApproved: 'Not approved',
  publishedAt: 'Published on {time}.',
  notPublished: 'Not published',
};
const empty: DraftsState = { currentDraftId: null, drafts: {} };
const withDraft = () =>
  updateInput(
    addDraft(empty, createDraft({ id: 'd1', name: 'Holding', locale: 'en', runId: 'r1', now: T0 })),
    'd1',
    { brand: 'Café Lumbre', whatHappened: 'some app orders were charged twice', nextUpdate: '13:00' },
    T0,
  );
const approved = () => approve(withDraft(), 'd1', { name: 'Andrés Gil', role: 'Marketing director' }, T1);
const textsOf = (state: DraftsState) => draftTexts(state.drafts['d1']!, EN);

describe('drafts', () => {
  it('adds a draft as the current one', () => {
    const state = withDraft();
    expect(state.currentDraftId).toBe('d1');
    expect(isDraftsState(state)).toBe(true);
  });

  it('records an approval only with a name and a role', () => {
    expect(approve(withDraft(), 'd1', { name: ' ', role: 'CEO' }, T1).drafts['d1']?.approval).toBeNull();
    expect(approve(withDraft(), 'd1', { name: 'Andrés', role: '' }, T1).drafts['d1']?.approval).toBeNull();
    expect(approved().drafts['d1']?.approval).toEqual({ name: 'Andrés Gil', role: 'Marketing director', at: T1 });
  });

  it('cannot mark a draft published before it is approved', () => {
    const state = withDraft();
    expect(markPublished(state, 'd1', { texts: textsOf(state), nextUpdateAt: null }, T1)).toBe(state);
    expect(
      markPublished(approved(), 'd1', { texts: textsOf(approved()), nextUpdateAt: null }, T1).drafts['d1']?.publishedAt,
    ).toBe(T1);
  });

  it.each([
    ['a change to the form', (s: DraftsState) => updateInput(s, 'd1', { fix: 'refunds within 48 hours' }, T1)],
    ['an edit of a channel', (s: DraftsState) => setEdit(s, 'd1', 'x', 'We are on it.', T1)],
    ['a change of language', (s: DraftsState) => setLocale(s, 'd1', 'es', T1)],
  ])('clears the approval and the publication after %s', (_, change) => {
    const published = markPublished(approved(), 'd1', { texts: textsOf(approved()), nextUpdateAt: null }, T1);
    const after = change(published).drafts['d1'];
    expect(after?.approval).toBeNull();
    expect(after?.publishedAt).toBeNull();
  });

  it('keeps the approval when only the name changes', () => {
    expect(renameDraft(approved(), 'd1', 'Holding v2', T1).drafts['d1']?.approval).not.toBeNull();
  });

  it('bounds what a field and an edit can hold', () => {
    const long = 'x'.repeat(100_000);
    const state = setEdit(updateInput(withDraft(), 'd1', { whatHappened: long }, T1), 'd1', 'website', long, T1);
    expect(state.drafts['d1']?.input.whatHappened).toHaveLength(FIELD_LIMIT);
    expect(state.drafts['d1']?.edits.website).toHaveLength(EDIT_LIMIT);
    expect(isDraftsState(state)).toBe(true);
  });

  it('uses a hand edit for its channel and the form for the others', () => {
    const state = setEdit(withDraft(), 'd1', 'x', 'Our own words.', T1);
    const texts = draftTexts(state.drafts['d1']!, EN);
    expect(texts.x).toBe('Our own words.');
    expect(texts.website).toContain('Café Lumbre');
    expect(draftTexts(setEdit(state, 'd1', 'x', null, T1).drafts['d1']!, EN).x).not.toBe('Our own words.');
  });

  it('deletes a draft and opens the most recent other one', () => {
    const two = addDraft(withDraft(), createDraft({ id: 'd2', name: 'Full', locale: 'es', runId: null, now: T1 }));
    expect(deleteDraft(two, 'd2').currentDraftId).toBe('d1');
    expect(deleteDraft(deleteDraft(two, 'd2'), 'd1')).toEqual(empty);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a current draft that does not exist', { currentDraftId: 'x', drafts: {} }],
    [
      'an unknown crisis type',
      {
        ...withDraft(),
        drafts: {
          d1: { ...withDraft().drafts['d1'], input: { ...withDraft().drafts['d1']?.input, crisisType: 'alien' } },
        },
      },
    ],
    [
      'an edit for an unknown channel',
      { ...withDraft(), drafts: { d1: { ...withDraft().drafts['d1'], edits: { myspace: 'hi' } } } },
    ],
    ['a half approval', { ...withDraft(), drafts: { d1: { ...withDraft().drafts['d1'], approval: { name: 'A' } } } }],
  ])('rejects %s', (_, value) => {
    expect(isDraftsState(value)).toBe(false);
  });

  it('exports as Markdown with the approval and every channel, text kept verbatim in fences', () => {
    const state = setEdit(approved(), 'd1', 'x', 'Text with ``` fences and <script>', T1);
    const md = draftToMarkdown(
      approve(state, 'd1', { name: 'Andrés Gil', role: 'Marketing director' }, T1).drafts['d1']!,
      EN,
      MD_LABELS,
      (iso) => iso.slice(11, 16),
    );
    expect(md).toContain('# Holding');
    expect(md).toContain('- Approved by Andrés Gil (Marketing director) on 10:05.');
    expect(md).toContain('- Not published');
    expect(md).toContain('## X\n\n````text\nText with ``` fences and <script>\n````');
    expect(md).toContain('## Website');
  });
});

// Issue 10, defect 1: look-ups by id are own-property only.
describe('drafts with ids JavaScript already uses', () => {
  it.each(['constructor', 'toString', '__proto__'])('does not find a draft "%s" that is not there', (id) => {
    const state = withDraft();
    expect(selectDraft(state, id)).toBe(state);
    expect(deleteDraft(state, id)).toBe(state);
    expect(renameDraft(state, id, 'x', T1)).toBe(state);
    expect(updateInput(state, id, { brand: 'x' }, T1)).toBe(state);
  });

  it('refuses a stored current draft "constructor"', () => {
    expect(isDraftsState({ currentDraftId: 'constructor', drafts: {} })).toBe(false);
  });
});

// Issue 10, defect 8: names and approvers are escaped; label templates are filled by a function.
describe('draft Markdown with hostile names', () => {
  it('escapes the name and the approver, and keeps replacement patterns as written', () => {
    const named = renameDraft(withDraft(), 'd1', '<script>x</script> [x](javascript:alert(1))', T1);
    const state = approve(named, 'd1', { name: "$' $` $& {name}", role: '<b>CEO</b>' }, T1);
    const md = draftToMarkdown(state.drafts['d1']!, EN, MD_LABELS, (iso) => iso.slice(11, 16));
    expect(md.split('\n')[0]).toBe('# \\<script\\>x\\</script\\> \\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(md).toContain("- Approved by $' $\\` $\\& \\{name\\} (\\<b\\>CEO\\</b\\>) on 10:05.");
  });
});
