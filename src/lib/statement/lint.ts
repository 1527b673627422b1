import { analyse } from './analyse.ts';
import { measure, overflowOffset, PLATFORM_RULES } from './platforms.ts';
import { type FindingDetails, guideFor, quote, RULE_IDS, RULES, type RuleId, type Severity } from './rules.ts';
import { isBlank, toOriginal } from './text.ts';
import { FLAGGED_RULES, type Platform, type StatementKind } from './types.ts';
import type { StatementWording } from './wording.ts';

/**
 * The statement linter. Pure and total: any string in, a list of findings out, never a throw.
 *
 * - Offsets are UTF-16 code-unit offsets into the text as given (what `String.prototype.slice`
 *   and a textarea's selection use), with `0 <= start <= end <= text.length`.
 * - A missing part (no apology, no next step…) is a finding at `0..0`: there is nothing to
 *   highlight. A too-long text is a finding from the first character over the limit to the end.
 * - Findings are sorted by position (then by the order of RULE_IDS); missing parts come first.
 * - A blank text has no findings: an empty draft is not "missing" anything yet.
 */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** What the message needs (./messages.ts words it in the page's language). */
  details: FindingDetails;
  start: number;
  end: number;
  /** Link to the section of the response guide that explains the rule. */
  guide: string;
}

export interface LintOptions {
  /** Also check the length as this network counts it (`too-long`). */
  platform?: Platform | undefined;
  /**
   * Which parts a statement of this kind must have. A holding statement only needs to
   * acknowledge and give a next step (the guide: no cause, no promises yet); a follow-up also
   * reports progress on the fix. Without a kind, every part is expected (a full response).
   */
  kind?: StatementKind | undefined;
  /** `false` when the statement deliberately does not apologise (a false rumour): no `no-apology`. */
  apology?: boolean | undefined;
  /** `true` when a holding statement opted in to a commitment: no `holding-promise`. */
  promise?: boolean | undefined;
}

type MissingRule = 'no-acknowledgement' | 'no-apology' | 'no-corrective-measure' | 'no-prevention' | 'no-next-step';

const REQUIRED: Record<StatementKind, readonly MissingRule[]> = {
  holding: ['no-acknowledgement', 'no-next-step'],
  full: ['no-acknowledgement', 'no-apology', 'no-corrective-measure', 'no-prevention', 'no-next-step'],
  'follow-up': ['no-acknowledgement', 'no-corrective-measure', 'no-next-step'],
  // Resolved: says what was done; there is no next update to announce.
  closing: ['no-acknowledgement', 'no-corrective-measure'],
};

const CAPS_RUN = 3;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** Runs of three or more words in capitals ("WE ARE SORRY"); words without case (CJK, digits) break a run. */
function capitalRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let count = 0;
  let start = 0;
  let end = 0;
  const close = () => {
    if (count >= CAPS_RUN) runs.push({ start, end });
    count = 0;
  };
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (/\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word)) {
      if (count === 0) start = m.index;
      end = m.index + word.length;
      count++;
    } else close();
  }
  close();
  return runs;
}

/** "!!" (or more) anywhere, or else more than one "!" in the text: from the second one. */
function exclamations(text: string): { start: number; end: number }[] {
  const runs = Array.from(text.matchAll(/[!！]{2,}/gu), (m) => ({ start: m.index, end: m.index + m[0].length }));
  if (runs.length) return runs;
  const singles = Array.from(text.matchAll(/[!！]/gu), (m) => m.index);
  const second = singles[1];
  return second === undefined ? [] : [{ start: second, end: second + 1 }];
}

/** Lints a statement written in the wording's language; links go to that language's guide. */
export function lintStatement(text: string, wording: StatementWording, options?: LintOptions): Finding[] {
  const source = typeof text === 'string' ? text : '';
  const lang = wording.locale;
  if (isBlank(source)) return [];
  const findings: Finding[] = [];
  const add = (rule: RuleId, start: number, end: number, more: Omit<FindingDetails, 'match'> = {}) => {
    findings.push({
      rule,
      severity: RULES[rule].severity,
      details: { match: quote(source.slice(start, end)), ...more },
      start,
      end,
      guide: guideFor(rule, lang),
    });
  };

  const analysis = analyse(source, wording.phrases);
  const kind: StatementKind = options?.kind && Object.hasOwn(REQUIRED, options.kind) ? options.kind : 'full';
  for (const rule of FLAGGED_RULES) {
    if (rule === 'holding-promise' && (kind !== 'holding' || options?.promise === true)) continue;
    for (const hit of analysis.flagged[rule]) {
      const { start, end } = toOriginal(analysis.folded, hit.from, hit.to);
      add(rule, start, end);
    }
  }

  const s = analysis.signals;
  const present: Record<MissingRule, boolean> = {
    'no-acknowledgement': s.acknowledgement || s.responsibility,
    'no-apology': s.apology,
    'no-corrective-measure': s.repair,
    'no-prevention': s.prevention,
    'no-next-step': s['next-step'],
  };
  for (const rule of REQUIRED[kind]) {
    if (rule === 'no-apology' && options?.apology === false) continue;
    if (!present[rule]) add(rule, 0, 0);
  }

  for (const run of capitalRuns(source)) add('shouting', run.start, run.end, { variant: 'caps' });
  for (const run of exclamations(source)) add('shouting', run.start, run.end, { variant: 'exclamation' });

  const platform = options?.platform;
  if (platform && Object.hasOwn(PLATFORM_RULES, platform)) {
    const { length, limit } = measure(source, platform);
    if (limit !== null && length > limit) {
      add('too-long', overflowOffset(source, platform) ?? 0, source.length, {
        length,
        limit,
        platform,
      });
    }
  }

  const order = (rule: RuleId) => RULE_IDS.indexOf(rule);
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || order(a.rule) - order(b.rule));
}
