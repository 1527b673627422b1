/**
 * The export file: everything (`scope: "all"`: sessions, statement drafts, incidents, the
 * learning path's progress and drill plays) or one session (`scope: "run"`). Versioned on its own (EXPORT_VERSION), apart from the stored envelopes, so a
 * change in how a concern is stored does not have to change the file people keep.
 *
 *   { "format": "crisis-playbook/runs", "version": 6, "exportedAt": ISO, "scope": "all" | "run",
 *     "data": SessionsState, "drafts"?: DraftsState, "incidents"?: IncidentsState,
 *     "progress"?: ProgressState, "drills"?: DrillPlaysState }
 *
 * Version 1 files (the first release) had sessions without a log: EXPORT_MIGRATIONS[1] adds it.
 * Version 2 files had no incidents, version 3 files no progress, version 4 files no drill plays:
 * an everything file gets an empty one, so importing it replaces what the device holds, as
 * importing everything always does. Version 5 files (and older) had drafts without published
 * versions (`versions`, `basedOn`): EXPORT_MIGRATIONS[5] upgrades them as the stored drafts are
 * (a draft published then gets its record as version 1). Version 6 also makes an app older than
 * versions refuse such a file as "newer" instead of naming an unknown field. Drafts in hand-over
 * files (their own version) get the schema's defaults.
 */
import * as v from 'valibot';
import { DRAFTS_MIGRATIONS } from '../drafts.ts';
import { IsoTimeSchema, pathTo } from './common.ts';
import { DraftsStateSchema } from './draft.ts';
import { DrillPlaysState } from './drill-plays.ts';
import { IncidentsState } from './incident.ts';
import { ProgressStateSchema } from './progress.ts';
import { SessionsStateSchema } from './session.ts';

export const EXPORT_FORMAT = 'crisis-playbook/runs';
export const EXPORT_VERSION = 6;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const upgradeDrafts = (drafts: unknown) => (DRAFTS_MIGRATIONS[1] as (d: unknown) => unknown)(drafts);

/** `EXPORT_MIGRATIONS[n]` upgrades a parsed file of version n to n + 1 (before validation). */
export const EXPORT_MIGRATIONS: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {
  1: (file) => {
    const data = file['data'];
    if (!isObject(data) || !isObject(data['runs'])) return file;
    const runs = Object.fromEntries(
      Object.entries(data['runs']).map(([id, run]) => [id, isObject(run) ? { log: [], ...run } : run]),
    );
    return { ...file, data: { ...data, runs } };
  },
  2: (file) =>
    file['scope'] === 'all' && !('incidents' in file)
      ? { ...file, incidents: { currentIncidentId: null, incidents: {} } }
      : file,
  3: (file) =>
    file['scope'] === 'all' && !('progress' in file) ? { ...file, progress: { read: {}, drills: {} } } : file,
  4: (file) => (file['scope'] === 'all' && !('drills' in file) ? { ...file, drills: { plays: {} } } : file),
  5: (file) => (isObject(file['drafts']) ? { ...file, drafts: upgradeDrafts(file['drafts']) } : file),
};

export const ExportFileSchema = v.pipe(
  v.strictObject({
    format: v.literal(EXPORT_FORMAT),
    version: v.literal(EXPORT_VERSION),
    exportedAt: IsoTimeSchema,
    scope: v.picklist(['all', 'run']),
    data: SessionsStateSchema,
    drafts: v.optional(DraftsStateSchema),
    incidents: v.optional(IncidentsState),
    progress: v.optional(ProgressStateSchema),
    drills: v.optional(DrillPlaysState),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const file = dataset.value;
    if (file.scope === 'run' && file.drafts !== undefined)
      addIssue({ message: 'Drafts in a one-session file', path: pathTo(file, 'drafts') });
    else if (file.scope === 'run' && file.incidents !== undefined)
      addIssue({ message: 'Incidents in a one-session file', path: pathTo(file, 'incidents') });
    else if (file.scope === 'run' && file.progress !== undefined)
      addIssue({ message: 'Progress in a one-session file', path: pathTo(file, 'progress') });
    else if (file.scope === 'run' && file.drills !== undefined)
      addIssue({ message: 'Drills in a one-session file', path: pathTo(file, 'drills') });
    else if (file.scope === 'run' && Object.keys(file.data.runs).length !== 1)
      addIssue({ message: 'A one-session file holds one session', path: pathTo(file, 'data', 'runs') });
  }),
);

export type ExportFile = v.InferOutput<typeof ExportFileSchema>;
