/**
 * What an import would do, table by table, before anything is written: the
 * learner sees it and confirms. Also the rule for when to remind the learner
 * to back up. Pure functions over backup data.
 */
import { LEARNER_TABLES } from './tables';
import type { BackupData } from './backup-format';
import type { Meta } from './types';

/**
 * How an import applies a backup.
 * - merge: each record in the file is added, or replaces the record with the
 *   same id; records only in this browser are kept. Right for combining two
 *   browsers, and safe by default.
 * - replace: this browser ends up holding exactly what the file holds; records
 *   not in the file are deleted. Right for restoring a known state.
 */
export type ImportMode = 'merge' | 'replace';

export { LEARNER_TABLES } from './tables';
export type LearnerTable = (typeof LEARNER_TABLES)[number];

/** What each table is called in the preview. */
export const TABLE_LABELS: Record<LearnerTable, string> = {
  progress: 'Lesson progress',
  drafts: 'Exercise drafts',
  attempts: 'Graded runs',
  solved: 'Solved exercises',
  activity: 'Practice days',
  assessments: 'Self-assessments',
  plans: 'Study plans',
  scorecards: 'Readiness scorecards',
  reviews: 'Review documents',
  kataDrafts: 'Review kata drafts',
  kataAttempts: 'Submitted kata reviews',
  settings: 'Settings',
};

export interface TableDiff {
  table: LearnerTable;
  label: string;
  /** In the file, not here. */
  added: number;
  /** Here and in the file, different: the file's version wins. */
  replaced: number;
  /** Here and in the file, identical. */
  unchanged: number;
  /** Here, not in the file: deleted in replace mode, kept in merge mode (then always 0). */
  removed: number;
}

/** JSON with sorted keys and no undefined fields, so two equal records compare equal however they were built. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The effect of importing `incoming` over `current`, per learner table. */
export function diffBackup(current: BackupData, incoming: BackupData, mode: ImportMode): TableDiff[] {
  return LEARNER_TABLES.map((table) => {
    const here = new Map<string, string>(current[table].map((r) => [r.id, canonicalJson(r)]));
    let added = 0;
    let replaced = 0;
    let unchanged = 0;
    for (const record of incoming[table]) {
      const existing = here.get(record.id);
      if (existing === undefined) added++;
      else if (existing === canonicalJson(record)) unchanged++;
      else replaced++;
    }
    const removed = mode === 'replace' ? here.size - replaced - unchanged : 0;
    return { table, label: TABLE_LABELS[table], added, replaced, unchanged, removed };
  });
}

/** True when an import in this mode would change nothing at all. */
export function diffIsEmpty(diff: readonly TableDiff[]): boolean {
  return diff.every((d) => d.added === 0 && d.replaced === 0 && d.removed === 0);
}

/** Days after which an old backup earns a reminder. */
export const BACKUP_REMINDER_DAYS = 14;
const DAY_MS = 86_400_000;

/** Why to remind the learner to back up, or null when there is no need. */
export type BackupReminderReason = { kind: 'never' } | { kind: 'stale'; days: number };

/**
 * A reminder is due when there is progress not in any backup file (something
 * changed after the last backup) and the last backup is missing or older than
 * 14 days.
 */
export function backupReminder(
  meta: Pick<Meta, 'lastChangeAt' | 'lastBackupAt'> | undefined,
  now: Date,
): BackupReminderReason | null {
  if (!meta?.lastChangeAt) return null;
  if (!meta.lastBackupAt) return { kind: 'never' };
  if (meta.lastChangeAt <= meta.lastBackupAt) return null;
  const elapsed = now.getTime() - Date.parse(meta.lastBackupAt);
  return elapsed > BACKUP_REMINDER_DAYS * DAY_MS ? { kind: 'stale', days: Math.floor(elapsed / DAY_MS) } : null;
}
