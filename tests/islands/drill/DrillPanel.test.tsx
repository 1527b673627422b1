// @vitest-environment jsdom
// The drill panel's parts, on the test scenario and a state from the engine: the open decision is
// answered with how sure the learner is, feedback cites the guide, and the facilitator's one screen
// pauses, resumes and releases injects. The store's actions are replaced by spies.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DrillDecision } from '../../../src/components/islands/drill/DrillDecision.tsx';
import { DrillFacilitator } from '../../../src/components/islands/drill/DrillFacilitator.tsx';
import { DRILL_LABELS } from '../../../src/components/islands/drill/labels.ts';
import { labelsFor } from '../../../src/i18n/index.ts';
import { drillState } from '../../../src/lib/drills/engine.ts';
import { fixture, real } from '../../lib/drills/fixture.ts';

const actions = vi.hoisted(() => ({
  chooseAnswer: vi.fn(async () => true),
  pauseDrill: vi.fn(async () => true),
  resumeDrill: vi.fn(async () => true),
  skipDrill: vi.fn(async () => true),
  releaseInject: vi.fn(async () => true),
}));
vi.mock('../../../src/stores/drill-play.ts', () => actions);

const labels = labelsFor('en', DRILL_LABELS);
const drill = fixture();
const start = { type: 'start' as const, at: real(0), mode: 'facilitated' as const, speed: 1 };

beforeEach(() => {
  for (const f of Object.values(actions)) f.mockClear();
});
afterEach(cleanup);

describe('the open decision', () => {
  it('is answered with the choice and how sure the learner is', async () => {
    const state = drillState(drill, [start], real(6));
    render(<DrillDecision labels={labels} drill={drill} state={state} lang="en" />);
    expect(screen.getByRole('group', { name: 'What do you do at d1?' })).toBeTruthy();
    const answer = screen.getByRole('button', { name: 'Answer' }) as HTMLButtonElement;
    expect(answer.disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Choice b' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'I’m sure of this answer' }));
    fireEvent.click(answer);
    await vi.waitFor(() => expect(actions.chooseAnswer).toHaveBeenCalledWith('d1', 'b', true));
    expect(screen.getByText(/until T\+15 min/)).toBeTruthy();
  });

  it('says what comes next and gives feedback on the last answer, with the guide section behind it', () => {
    const events = [start, { type: 'choose' as const, at: real(6), decision: 'd1', choice: 'b', sure: true }];
    render(<DrillDecision labels={labels} drill={drill} state={drillState(drill, events, real(6.5))} lang="en" />);
    expect(screen.getByText(/Feedback on b/)).toBeTruthy();
    expect(screen.getByText('makes things worse.')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'response#the-holding-statement' }) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/en/guides/response/#the-holding-statement');
  });
});

describe('the facilitator’s screen', () => {
  it('pauses, skips and releases an inject that is not out yet', () => {
    const state = drillState(drill, [start], real(12));
    render(<DrillFacilitator labels={labels} drill={drill} state={state} lang="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(actions.pauseDrill).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Skip to the next event' }));
    expect(actions.skipDrill).toHaveBeenCalledOnce();
    // p1 (T+0) and m1 (T+10) are out; m2 is not.
    expect(screen.queryByRole('button', { name: 'Release now: Message m1' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Release now: Message m2' }));
    expect(actions.releaseInject).toHaveBeenCalledWith('m2');
  });

  it('resumes a paused drill', () => {
    const events = [start, { type: 'pause' as const, at: real(3) }];
    render(<DrillFacilitator labels={labels} drill={drill} state={drillState(drill, events, real(9))} lang="en" />);
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(actions.resumeDrill).toHaveBeenCalledOnce();
  });
});
