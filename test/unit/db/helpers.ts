import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { exportBackup } from '../../../src/db/backup';
import { afterEach, beforeEach, vi } from 'vitest';
import { LearnerDatabase } from '../../../src/db/schema';
import { setStorageStatus } from '../../../src/db/status';
import { parseBackupText, type BackupDocument } from '../../../src/lib/learner/backup-format';
import { canonicalJson } from '../../../src/lib/learner/backup-diff';

/** The version-1 fixture as text and as a validated document. */
export const fixtureText = readFileSync('test/fixtures/db/v1.json', 'utf8');
export function fixtureDoc(): BackupDocument {
  const parsed = parseBackupText(fixtureText);
  if (!parsed.ok) throw new Error(`the fixture itself is invalid: ${parsed.error}`);
  return parsed.doc;
}

/** A learner database in its own in-memory IndexedDB (or a shared one, to play two tabs). */
export function memoryDb(name = 'go-mastery', factory: IDBFactory = new IDBFactory()): LearnerDatabase {
  return new LearnerDatabase(name, { indexedDB: factory, IDBKeyRange });
}

/**
 * Gives every test of the file a fresh, open in-memory database, handed to
 * `use`, and closes it afterwards. The storage status is "memory": these
 * tests do not exercise the persistence request.
 */
export function freshDbPerTest(use: (db: LearnerDatabase) => void): void {
  let db: LearnerDatabase | undefined;
  beforeEach(async () => {
    setStorageStatus({ mode: 'memory', writeError: null });
    db = memoryDb();
    await db.open();
    use(db);
  });
  afterEach(() => {
    db?.close();
    vi.restoreAllMocks();
  });
}

/** Everything in the database, as comparable text (the export time left out). */
export async function snapshot(db: LearnerDatabase): Promise<string> {
  const { data } = await exportBackup(db);
  return canonicalJson(data);
}
