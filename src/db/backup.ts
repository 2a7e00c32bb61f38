import type { Table } from 'dexie';
import { LEARNER_TABLES, type ImportMode, type LearnerTable } from '../lib/learner/backup-diff';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupDocument } from '../lib/learner/backup-format';
import { nowIso } from '../lib/learner/time';
import { TABLES } from '../lib/learner/tables';
import type { Meta } from '../lib/learner/types';
import { requestPersistenceAfterFirstWrite } from './persistence';
import type { LearnerDatabase } from './schema';
import { guardedTransaction } from './write';

/** The tables holding the learner's own data (every table except meta). */
const learnerTables = (db: LearnerDatabase): Table[] => LEARNER_TABLES.map((name) => db.table(name));

/**
 * Every table as one backup document, read in one read-only transaction so
 * the snapshot is consistent even while another tab writes.
 */
export function exportBackup(db: LearnerDatabase): Promise<BackupDocument> {
  return db.transaction('r', [...learnerTables(db), db.meta], async () => {
    const exportedAt = nowIso();
    // Every table in TABLES order, so a new table cannot be left out of backups.
    const rows = await Promise.all(TABLES.map((name) => db.table(name).toArray()));
    const data = Object.fromEntries(TABLES.map((name, i) => [name, rows[i]])) as BackupDocument['data'];
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, data };
  });
}

/** How many records each learner table holds, for the data page. */
export async function countRecords(db: LearnerDatabase): Promise<Record<LearnerTable, number>> {
  const counts = await Promise.all(LEARNER_TABLES.map((name) => db.table(name).count()));
  return Object.fromEntries(LEARNER_TABLES.map((name, i) => [name, counts[i] ?? 0])) as Record<LearnerTable, number>;
}

/** What an import did, per table: records written (added or replaced) and records deleted (replace mode). */
export interface ImportSummary {
  written: number;
  deleted: number;
}

/**
 * Applies a validated backup in ONE read-write transaction over every table:
 * it is stored completely or not at all. In "merge" mode each record in the
 * file is added or replaces the record with the same id, and records only in
 * this browser stay; in "replace" mode this browser ends up holding exactly
 * the file's records. The file's meta record is not copied (it describes the
 * browser it came from); ours notes the change, and in replace mode also that
 * what is stored now is exactly a backup file.
 */
export async function importBackup(db: LearnerDatabase, doc: BackupDocument, mode: ImportMode): Promise<ImportSummary> {
  // Every learner table (all are written or cleared) and meta (bookkeeping of the change).
  const summary = await guardedTransaction(db, [...learnerTables(db), db.meta, db.practiceReplay], async () => {
    // The practice replay is derived from the review events this import changes.
    await db.practiceReplay.clear();
    let written = 0;
    let deleted = 0;
    for (const name of LEARNER_TABLES) {
      const table = db.table(name);
      if (mode === 'replace') {
        deleted += await table.count();
        await table.clear();
      }
      const records = doc.data[name];
      await table.bulkPut(records);
      written += records.length;
    }
    const at = nowIso();
    const meta = await db.meta.get('meta');
    const importedCreatedAt = doc.data.meta[0]?.createdAt;
    await db.meta.put({
      id: 'meta',
      // The learner's history started with the older of the two databases.
      createdAt: [meta?.createdAt, importedCreatedAt, at].filter((t): t is string => !!t).sort()[0] ?? at,
      lastChangeAt: at,
      lastBackupAt: mode === 'replace' ? at : (meta?.lastBackupAt ?? null),
      persistence: meta?.persistence ?? 'unknown',
    });
    return { written, deleted, persistenceUnknown: (meta?.persistence ?? 'unknown') === 'unknown' };
  });
  if (summary.persistenceUnknown) requestPersistenceAfterFirstWrite(db);
  return { written: summary.written, deleted: summary.deleted };
}

/** Notes that a backup holding everything up to `exportedAt` was saved (clears the backup reminder). */
export function markBackedUp(db: LearnerDatabase, exportedAt: string): Promise<void> {
  // meta only, and no change stamp: saving a backup does not change the learner's data.
  return guardedTransaction(db, [db.meta], async () => {
    const meta = await db.meta.get('meta');
    const record: Meta = {
      id: 'meta',
      createdAt: meta?.createdAt ?? exportedAt,
      lastChangeAt: meta?.lastChangeAt ?? null,
      lastBackupAt: exportedAt,
      persistence: meta?.persistence ?? 'unknown',
    };
    await db.meta.put(record);
  });
}

/**
 * Deletes every record of the learner, in one transaction. Meta starts over
 * too (no changes, no backup), except the browser's persistence answer,
 * which is about the browser rather than the data.
 */
export function clearAllData(db: LearnerDatabase): Promise<void> {
  // Every learner table (all are cleared) and meta (reset).
  return guardedTransaction(db, [...learnerTables(db), db.meta, db.practiceReplay], async () => {
    const meta = await db.meta.get('meta');
    await Promise.all([...learnerTables(db), db.practiceReplay].map((table) => table.clear()));
    await db.meta.put({
      id: 'meta',
      createdAt: nowIso(),
      lastChangeAt: null,
      lastBackupAt: null,
      persistence: meta?.persistence ?? 'unknown',
    });
  });
}
