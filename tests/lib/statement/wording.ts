/** Test helper: both languages' statement wording and finding messages, as the builder gets them. */
import { labelsFor } from '../../../src/i18n/index.ts';
import { translator } from '../../../src/i18n/labels.ts';
import type { Finding } from '../../../src/lib/statement/lint.ts';
import { findingMessage } from '../../../src/lib/statement/messages.ts';
import type { Locale } from '../../../src/lib/statement/types.ts';
import { loadWording, type StatementWording } from '../../../src/lib/statement/wording.ts';

export const WORDING: Record<Locale, StatementWording> = { es: await loadWording('es'), en: await loadWording('en') };

export const T = { es: translator(labelsFor('es', ['statement.'])), en: translator(labelsFor('en', ['statement.'])) };

/** A finding in words, in the page language given. */
export const messageOf = (finding: Finding, locale: Locale) => findingMessage(finding, T[locale]);
