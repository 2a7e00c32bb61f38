/**
 * The backup file: one versioned JSON document holding every table. The
 * schema is strict on purpose — a backup comes from outside (any file the
 * learner picks), so every record is checked field by field, with bounded
 * sizes, no unknown keys, no prototype-polluting keys, no duplicate ids and
 * links that can only point inside the site. Import validates the whole file
 * with this before it touches the database.
 */
import { z } from 'astro/zod';
import type { TableName } from './tables';
import { MASTERY_AREA_IDS } from '../mastery-areas';
import { padPart } from '../course';
import { REVIEW_CATEGORIES, SEVERITIES } from '../schema/kata';
import type {
  ActivityDay,
  Assessment,
  Attempt,
  Draft,
  KataAttempt,
  KataDraft,
  LessonProgress,
  Meta,
  ReviewDocument,
  ReviewEvent,
  Scorecard,
  Setting,
  Solved,
  StudyPlan,
} from './types';

/** The `format` field of every backup file. */
export const BACKUP_FORMAT = 'go-mastery-backup';
/** The format version this code writes and reads. Bump it (and keep reading old ones) when the data shape changes. */
export const BACKUP_VERSION = 3;

/** Every format version this code reads: 1 lacks the scorecards' checklist ticks, 1 and 2 lack review katas and practice reviews. */
const READABLE_VERSIONS = [1, 2, 3] as const;
/** Files larger than this are refused before they are read. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** No table holds more records than this in a backup. */
export const MAX_RECORDS_PER_TABLE = 100_000;
/** Nesting deeper than any real backup (the deepest record is about 6 levels). */
const MAX_DEPTH = 12;
/** Keys that could alter an object's prototype when a parsed record is copied. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// Building blocks, with limits far above real use and far below harm.
const id = z.string().min(1).max(200);
const instant = z.iso.datetime({ message: 'expected a date and time like 2025-01-31T12:00:00.000Z' });
const day = z.iso.date({ message: 'expected a day like 2025-01-31' });
/** Plan dates are written by the plan generator; checked for type and size only. */
const dateText = z.string().min(1).max(40);
const shortText = z.string().max(500);
const longText = z.string().max(100_000);
const sourceText = z.string().max(500_000);
const ms = z.number().nonnegative().max(1e13);
const count = z.number().int().nonnegative().max(1e9);
const key = z
  .string()
  .min(1)
  .max(200)
  .refine((k) => !FORBIDDEN_KEYS.has(k), { message: 'this key is not allowed' });
const fileName = z
  .string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$/, 'expected a plain file name')
  .refine((k) => !FORBIDDEN_KEYS.has(k), { message: 'this key is not allowed' });
/** At most `max` entries, so a record cannot hide a huge map. */
const boundedRecord = <V extends z.ZodType>(keys: z.ZodType<string>, value: V, max: number) =>
  z.record(keys, value).refine((r) => Object.keys(r).length <= max, { message: `more than ${max} entries` });
/** Links inside the site only (a hostile file must not plant a javascript: or off-site link). */
const siteHref = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[A-Za-z0-9\-._~/#?=&%]*$/, 'expected a link inside this site, starting with /');
const areaId = z.enum(MASTERY_AREA_IDS);
const files = boundedRecord(fileName, sourceText, 50);

const progressRecord = z
  .strictObject({
    id: z.string().regex(/^part-\d{2,3}$/, 'expected an id like part-07'),
    part: z.number().int().min(1).max(999),
    status: z.enum(['opened', 'completed']),
    firstOpenedAt: instant,
    lastOpenedAt: instant,
    completedAt: instant.optional(),
    activeMs: ms,
  })
  .refine((p) => p.id === `part-${padPart(p.part)}`, { message: 'id does not match part', path: ['id'] });

const draftRecord = z.strictObject({
  id,
  files,
  updatedAt: instant,
  beforeReset: z.strictObject({ files, savedAt: instant }).optional(),
});

const attemptRecord = z.strictObject({
  id,
  exercise: id,
  at: instant,
  engine: z.enum(['wasm', 'native']),
  source: z.enum(['page', 'stackblitz']),
  status: z.enum(['ok', 'failed', 'compile-error', 'panic', 'timeout', 'runtime-error']),
  passed: z.boolean(),
  tests: z
    .array(z.strictObject({ name: shortText, status: z.enum(['pass', 'fail', 'skip']), elapsedMs: ms }))
    .max(1000),
  durationMs: ms,
});

const solvedRecord = z.strictObject({ id, solvedAt: instant, attemptId: id });

const activityRecord = z.strictObject({ id: day, activeMs: ms, attempts: count });

const assessmentRecord = z.strictObject({
  id,
  at: instant,
  scores: z.partialRecord(areaId, z.number().int().min(1).max(5)),
  notes: z.partialRecord(areaId, longText),
});

const planTask = z.strictObject({
  id,
  kind: z.enum(['ship', 'measure', 'review', 'refactor', 'document', 'lesson', 'exercise', 'practice']),
  text: longText,
  href: siteHref.optional(),
});

const planWeek = z.strictObject({
  index: z.number().int().min(0).max(1000),
  start: dateText,
  end: dateText,
  project: longText,
  theme: longText,
  focusAreas: z.array(areaId).max(MASTERY_AREA_IDS.length),
  tasks: z.array(planTask).max(200),
});

const planRecord = z.strictObject({
  id,
  createdAt: instant,
  updatedAt: instant,
  startDate: dateText,
  assessmentId: id.nullable(),
  weeks: z.array(planWeek).max(104),
  done: boundedRecord(key, instant, 10_000),
  reflections: boundedRecord(key, longText, 1000),
});

const scorecardRecord = z.strictObject({
  id,
  service: shortText,
  createdAt: instant,
  updatedAt: instant,
  scores: boundedRecord(key, z.number().int().min(0).max(2), 1000),
  ladder: boundedRecord(key, z.boolean(), 1000),
  // Format version 1 had no checklist: such scorecards import with nothing ticked.
  checklist: boundedRecord(key, z.boolean(), 1000).default({}),
});

const failureModeRow = z.strictObject({
  step: longText,
  failure: longText,
  userImpact: longText,
  systemImpact: longText,
  handling: longText,
  observability: longText,
  followUp: longText,
});

const reviewRecord = z.strictObject({
  id,
  service: shortText,
  createdAt: instant,
  updatedAt: instant,
  sections: boundedRecord(key, longText, 200),
  failureModes: z.array(failureModeRow).max(500),
});

const kataComment = z.strictObject({
  id,
  file: fileName,
  start: z.number().int().min(1).max(100_000),
  end: z.number().int().min(1).max(100_000),
  category: z.enum(REVIEW_CATEGORIES),
  severity: z.enum(SEVERITIES),
  text: longText,
});
const kataComments = z.array(kataComment).max(500);

const kataDraftRecord = z.strictObject({ id, comments: kataComments, updatedAt: instant });

const kataAttemptRecord = z.strictObject({
  id,
  kata: id,
  at: instant,
  score: z.number().int().min(0).max(100),
  passed: z.boolean(),
  found: count,
  otherCategory: count,
  missed: count,
  severityMatched: count,
  comments: kataComments,
  outcomes: z
    .array(
      z.strictObject({
        finding: id,
        match: z.enum(['found', 'other-category', 'missed']),
        comment: id.optional(),
        severityMatched: z.boolean(),
      }),
    )
    .max(500),
});

const reviewEventRecord = z.strictObject({
  id,
  card: id,
  at: instant,
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
});

const settingRecord = z.strictObject({
  id,
  value: z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]),
});

const metaRecord = z.strictObject({
  id: z.literal('meta'),
  createdAt: instant,
  lastChangeAt: instant.nullable(),
  lastBackupAt: instant.nullable(),
  persistence: z.enum(['unknown', 'granted', 'denied', 'unsupported']),
});

/** One table's records: bounded in number, ids unique (two records with one id would silently collapse into one). */
const table = <S extends z.ZodType<{ id: string }>>(record: S, max = MAX_RECORDS_PER_TABLE) =>
  z
    .array(record)
    .max(max)
    .superRefine((records, ctx) => {
      const seen = new Set<string>();
      records.forEach((r, i) => {
        if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${r.id}"` });
        seen.add(r.id);
      });
    });

/** Every table, in backup order; a missing or extra table fails type-checking against the schema. */
const tables = {
  progress: table(progressRecord, 1000),
  drafts: table(draftRecord, 10_000),
  attempts: table(attemptRecord),
  solved: table(solvedRecord, 10_000),
  activity: table(activityRecord, 40_000),
  assessments: table(assessmentRecord, 10_000),
  plans: table(planRecord, 100),
  scorecards: table(scorecardRecord, 1000),
  reviews: table(reviewRecord, 1000),
  // Format versions 1 and 2 had no review katas: such backups import none.
  kataDrafts: table(kataDraftRecord, 10_000).default([]),
  kataAttempts: table(kataAttemptRecord).default([]),
  reviewEvents: table(reviewEventRecord, 500_000).default([]),
  settings: table(settingRecord, 1000),
  meta: table(metaRecord, 1),
} satisfies Record<TableName, z.ZodType>;

/** The whole backup file. */
export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT).describe('Always "go-mastery-backup": tells a backup from any other JSON.'),
  version: z
    .literal(READABLE_VERSIONS)
    .describe('Format version (this code writes the newest); newer files are refused with a clear message.'),
  exportedAt: instant.describe('When the snapshot was taken.'),
  data: z.strictObject(tables).describe('One array per table, every record validated.'),
});

export type BackupDocument = z.infer<typeof backupSchema>;
export type BackupData = BackupDocument['data'];

// Compile-time guard: the backup schema and the stored record types must
// describe exactly the same data. If a record type changes, this stops the
// build until the schema (and, if needed, BACKUP_VERSION) follows.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AllTrue<T extends true[]> = T;
type Row<T extends TableName> = BackupData[T][number];
/** Fails to compile when a table's schema and its record type differ. */
export type BackupRecordsMatch = AllTrue<
  [
    Same<Row<'progress'>, LessonProgress>,
    Same<Row<'drafts'>, Draft>,
    Same<Row<'attempts'>, Attempt>,
    Same<Row<'solved'>, Solved>,
    Same<Row<'activity'>, ActivityDay>,
    Same<Row<'assessments'>, Assessment>,
    Same<Row<'plans'>, StudyPlan>,
    Same<Row<'scorecards'>, Scorecard>,
    Same<Row<'reviews'>, ReviewDocument>,
    Same<Row<'kataDrafts'>, KataDraft>,
    Same<Row<'kataAttempts'>, KataAttempt>,
    Same<Row<'reviewEvents'>, ReviewEvent>,
    Same<Row<'settings'>, Setting>,
    Same<Row<'meta'>, Meta>,
  ]
>;

/** The result of reading a file: a validated document, or a message for the learner. */
export type BackupParseResult =
  | { ok: true; doc: BackupDocument }
  /** error: the whole message for an import; problem: just what is wrong with the file. */
  | { ok: false; error: string; problem: string };

const UNCHANGED = 'Nothing was changed.';
const refuse = (problem: string): BackupParseResult => ({ ok: false, error: `${problem} ${UNCHANGED}`, problem });

/** A forbidden key or excessive nesting anywhere in parsed JSON, described for the learner; null when clean. */
function hostileShape(value: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth > MAX_DEPTH) return 'The file is nested far deeper than any backup.';
    for (const k of Object.keys(item.value)) {
      if (FORBIDDEN_KEYS.has(k)) return `The file contains the key "${k}", which no backup has.`;
      stack.push({ value: (item.value as Record<string, unknown>)[k], depth: item.depth + 1 });
    }
  }
  return null;
}

/** "data.attempts[3].passed: expected boolean" — where the first problems are, in the file's terms. */
function describeIssues(error: z.ZodError): string {
  const lines = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.reduce<string>(
      (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
      '',
    );
    return `${path || 'the file'}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : '';
  return lines.join('; ') + more;
}

/**
 * Characters that never appear raw in a JSON document (control characters
 * other than tab, line feed and carriage return, which must be escaped even
 * inside strings) or that stand for bytes that were not UTF-8 at all (U+FFFD,
 * what decoding a binary file produces).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

/**
 * Why text that JSON.parse rejected is not a backup, in the learner's terms.
 * The engine's own message quotes the start of the input, which for an image
 * or an archive is a screenful of unreadable bytes, so it is never shown;
 * only where the first problem is (line and column) and whether the text
 * simply stops.
 */
function describeJsonError(text: string, error: unknown): string {
  if (NOT_TEXT.test(text)) {
    return 'The file holds binary data (such as an image, an archive or text in an encoding other than UTF-8), not the JSON text that Export saves, so it is not a backup.';
  }
  const detail = error instanceof Error ? error.message : '';
  const at = /position (\d+)/.exec(detail);
  const position = at ? Number(at[1]) : undefined;
  // A problem at the very end (an unterminated string, a missing bracket) means the text just stops.
  if (
    /end of (JSON )?(input|data)|EOF/i.test(detail) ||
    (position !== undefined && position >= text.trimEnd().length)
  ) {
    return 'The file is not valid JSON: it stops in the middle, so it is not a complete backup (it may be cut off).';
  }
  if (position !== undefined) {
    const before = text.slice(0, position);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `The file is not valid JSON (the first problem is at line ${line}, column ${column}), so it is not a backup that Export saved, or it was damaged or edited.`;
  }
  return 'The file is not valid JSON, so it is not a backup that Export saved, or it was damaged or edited.';
}

/**
 * Reads the text of a backup file completely: size, JSON, shape, every
 * record. Never throws; a refusal says what is wrong and that nothing changed.
 */
export function parseBackupText(text: string): BackupParseResult {
  if (text.length > MAX_BACKUP_BYTES) {
    return refuse(`The file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB, far beyond any backup.`);
  }
  if (text.trim() === '') return refuse('The file is empty.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return refuse(describeJsonError(text, error));
  }
  const hostile = hostileShape(parsed);
  if (hostile) return refuse(hostile);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return refuse('The file is not a Go Mastery backup.');
  }
  const envelope = parsed as { format?: unknown; version?: unknown };
  if (envelope.format !== BACKUP_FORMAT) {
    return refuse(`The file is not a Go Mastery backup (it lacks "format": "${BACKUP_FORMAT}").`);
  }
  if (typeof envelope.version === 'number' && envelope.version > BACKUP_VERSION) {
    return refuse(
      `The backup was made by a newer version of the course (format version ${envelope.version}); reload the site to get the latest version, then import again.`,
    );
  }
  const result = backupSchema.safeParse(parsed);
  if (!result.success) return refuse(`The backup is damaged or was edited by hand: ${describeIssues(result.error)}.`);
  return { ok: true, doc: result.data };
}

/** The file name an export is saved under: go-mastery-backup-YYYY-MM-DD.json. */
export function backupFileName(day: string): string {
  return `${BACKUP_FORMAT}-${day}.json`;
}
