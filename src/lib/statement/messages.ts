import type { Finding } from './lint.ts';
import type { RuleId } from './rules.ts';
import type { Platform } from './types.ts';

/**
 * A finding in words, in the page's language: the `statement.lint.*` UI strings (src/i18n) with
 * the finding's details filled in. `shouting` has one message for capitals and one for "!!".
 */
export type LintMessageKey =
  | `statement.lint.${Exclude<RuleId, 'shouting'>}`
  | 'statement.lint.shouting.caps'
  | 'statement.lint.shouting.exclamation';

/** The UI strings a message is made of, placeholders filled: `translator(labels)` (src/i18n/labels.ts). */
export type FindingTranslate = (
  key: LintMessageKey | `statement.channel.${Platform}`,
  vars?: Record<string, string | number>,
) => string;

export function messageKey(finding: Pick<Finding, 'rule' | 'details'>): LintMessageKey {
  if (finding.rule !== 'shouting') return `statement.lint.${finding.rule}`;
  return finding.details.variant === 'exclamation'
    ? 'statement.lint.shouting.exclamation'
    : 'statement.lint.shouting.caps';
}

export function findingMessage(finding: Pick<Finding, 'rule' | 'details'>, t: FindingTranslate): string {
  const { match, length, limit, platform } = finding.details;
  return t(messageKey(finding), {
    match,
    ...(length === undefined ? {} : { length }),
    ...(limit === undefined ? {} : { limit }),
    ...(platform === undefined ? {} : { platform: t(`statement.channel.${platform}`) }),
  });
}
