import type { Finding } from './lint.ts';
import { visiblePrefix } from './platforms.ts';
import type { Platform } from './types.ts';

/**
 * What the builder's preview shows of one channel, computed without the DOM: the text cut in
 * runs (marked where a finding covers it), split at the network's "… more" cut. The thread a
 * too-long post becomes is thread.ts `threadFor` (loaded with the linter, on first keystroke).
 */

/** A run of the text; `finding` is set when a finding's range covers it. */
export interface Run {
  text: string;
  finding?: Finding;
}

/**
 * The text in runs, findings' ranges marked. Findings with no range (a missing part) mark
 * nothing; a finding that starts inside an earlier one is skipped, so no character is shown twice.
 */
export function markedRuns(text: string, findings: readonly Finding[]): Run[] {
  const ranges = findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start);
  const runs: Run[] = [];
  let at = 0;
  for (const finding of ranges) {
    if (finding.start < at) continue;
    runs.push({ text: text.slice(at, finding.start) });
    runs.push({ text: text.slice(finding.start, finding.end), finding });
    at = finding.end;
  }
  runs.push({ text: text.slice(at) });
  return runs.filter((run) => run.text !== '');
}

export interface PreviewParts {
  /** What shows before the "… more" cut, or the whole text when the network has no cut. */
  before: Run[];
  /** What shows after the cut; null when the whole text shows. */
  after: Run[] | null;
}

/**
 * The preview of a channel's text. On networks that fold a long post ("… more"), the text is
 * split at the cut and each side is marked with its own findings, those after the cut with their
 * offsets moved to the start of that side; a finding across the cut is marked on neither side
 * (it stays in the list of findings).
 */
export function previewParts(text: string, findings: readonly Finding[], platform: Platform): PreviewParts {
  const visible = visiblePrefix(text, platform);
  if (visible === null || visible.length >= text.length) return { before: markedRuns(text, findings), after: null };
  const cut = visible.length;
  return {
    before: markedRuns(
      visible,
      findings.filter((f) => f.end <= cut),
    ),
    after: markedRuns(
      text.slice(cut),
      findings.filter((f) => f.start >= cut).map((f) => ({ ...f, start: f.start - cut, end: f.end - cut })),
    ),
  };
}
