/**
 * The response-statement builder's logic: compose a statement per platform from a template,
 * lint it for non-apologies and missing parts, meter the parts of the apology, measure it as each
 * network counts, and split it into a thread. Pure TypeScript, no DOM.
 */
export { compose, contactKind } from './compose.ts';
export { coverage } from './coverage.ts';
export { asksForRumour, defaultApology, TEXT_FIELDS, type TextField } from './fields.ts';
export { type Finding, type LintOptions, lintStatement } from './lint.ts';
export { type FindingTranslate, findingMessage, type LintMessageKey, messageKey } from './messages.ts';
export {
  CHANNEL_GROUPS,
  type ChannelGroup,
  type Counting,
  groupText,
  type Measure,
  measure,
  overflowOffset,
  PLATFORM_RULES,
  type PlatformRule,
  visiblePrefix,
} from './platforms.ts';
export { markedRuns, type PreviewParts, previewParts, type Run } from './preview.ts';
export { type FindingDetails, guideFor, RULE_IDS, RULES, type RuleId, type Severity } from './rules.ts';
export {
  listTemplates,
  type Slot,
  type SlotPart,
  type Template,
  type TemplateId,
  templateFor,
  templateId,
} from './templates.ts';
export { splitThread, THREADED, type ThreadOptions, type ThreadPlatform, threadFor } from './thread.ts';
export {
  APOLOGY_PARTS,
  type ApologyPart,
  CRISIS_TYPES,
  type CrisisType,
  type Locale,
  PLATFORM_IDS,
  type Platform,
  STATEMENT_KINDS,
  type StatementInput,
  type StatementKind,
  TONES,
  type Tone,
} from './types.ts';
export { loadWording, type StatementWording } from './wording.ts';
