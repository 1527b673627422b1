// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CRISIS_LABELS } from '../../src/components/islands/incident/labels.ts';
import Triage, { type TriageProps } from '../../src/components/islands/incident/Triage.tsx';
import { labelsFor } from '../../src/i18n/index.ts';
import { SEVERITIES } from '../../src/lib/schemas/incident.ts';
import { type TriageData, triageSchema } from '../../src/lib/schemas/triage.ts';

// The real wording (content file and English strings), so the test reads what people read.
const data: TriageData = triageSchema.parse(parse(readFileSync('src/content/triage/triage.yaml', 'utf8')));
const props: TriageProps = {
  labels: labelsFor('en', CRISIS_LABELS),
  levelNames: Object.fromEntries(SEVERITIES.map((l) => [l, data.levels[l].name.en])) as TriageProps['levelNames'],
  levels: Object.fromEntries(
    SEVERITIES.map((l) => [l, { summary: data.levels[l].summary.en, call: data.levels[l].call.en }]),
  ) as TriageProps['levels'],
  questions: data.questions.map((q) => ({
    id: q.id,
    prompt: q.prompt.en,
    short: q.short.en,
    options: q.options.map((o) => ({ id: o.id, label: o.en })),
  })),
  unsureLabel: data.unsure.en,
  listTitles: { 'is-it-a-crisis': 'Is this a crisis?' },
  source: data.source.en,
  crisisHref: '/en/crisis/',
};

afterEach(cleanup);

const answer = (question: string, option: string) =>
  fireEvent.click(
    screen.getByRole('group', { name: question }).querySelector(`input[value="${option}"]`) as HTMLInputElement,
  );

describe('Triage island', () => {
  it('starts low, with nothing above low', () => {
    render(<Triage {...props} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Severity: Low');
    expect(screen.getByText('Nothing above low so far.')).toBeTruthy();
  });

  it('shows the level, its reasons, who to call and the targets as answers come in', () => {
    render(<Triage {...props} />);
    answer('How many mentions are there compared with a normal day?', 'far-above');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Severity: High');
    expect(screen.getByText('Volume: Far above (ten times or more) (High)')).toBeTruthy();
    expect(screen.getByText(data.levels.high.call.en)).toBeTruthy();
    expect(screen.getByText(/First public response within 30 min/)).toBeTruthy();
  });

  it('when unsure, goes one level higher and says why; the start link carries level and answers', () => {
    render(<Triage {...props} />);
    answer('How many mentions are there compared with a normal day?', 'far-above');
    answer('Is anyone’s safety or health at risk?', 'unsure');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Severity: Critical');
    expect(
      screen.getByText(/Not sure about: Safety\. When unsure, go higher\. That raised the severity one level\./),
    ).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Start an incident at this level' }).getAttribute('href') ?? '';
    const params = new URLSearchParams(link.split('?')[1]);
    expect(params.get('severity')).toBe('critical');
    expect(JSON.parse(params.get('triage') ?? '{}')).toEqual({ volume: 'far-above', safety: 'unsure' });
  });

  it('clears the answers', () => {
    render(<Triage {...props} />);
    answer('Are customers losing money?', 'yes');
    fireEvent.click(screen.getByRole('button', { name: 'Clear the answers' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Severity: Low');
  });

  it('counts the answers tapped before it hydrated (a slow phone), and those tapped after', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Triage {...props} />);
    document.body.append(container);
    const radio = (question: string, option: string) =>
      screen.getByRole('group', { name: question }).querySelector(`input[value="${option}"]`) as HTMLInputElement;
    // The server's markup, before the island's code arrives: the browser ticks the radio itself.
    radio('How many mentions are there compared with a normal day?', 'far-above').checked = true;
    await act(() => hydrate(<Triage {...props} />, container));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Severity: High');
    await act(() => {
      fireEvent.click(radio('Is anyone’s safety or health at risk?', 'unsure'));
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Severity: Critical');
    container.remove();
  });
});
