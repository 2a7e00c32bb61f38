import { describe, expect, it, vi } from 'vitest';
import { clearAllData, exportBackup, importBackup, markBackedUp } from '../../../src/db/backup';
import { recordAttempt, resetDraft, saveDraft } from '../../../src/db/exercises';
import { recordKataAttempt, saveKataDraft } from '../../../src/db/katas';
import { gradeReview } from '../../../src/lib/review-grading';
import { addReadingTime, recordLessonOpened, setLessonComplete } from '../../../src/db/progress';
import type { LearnerDatabase } from '../../../src/db/schema';
import { StorageWriteError } from '../../../src/db/write';
import { canonicalJson, diffBackup } from '../../../src/lib/learner/backup-diff';
import { parseBackupText } from '../../../src/lib/learner/backup-format';
import { fixtureDoc, freshDbPerTest, memoryDb, snapshot } from './helpers';

let db: LearnerDatabase;
freshDbPerTest((fresh) => {
  db = fresh;
});

/** Data made by the app's own write functions, including fields stored as undefined. */
async function learnerActivity(target: LearnerDatabase) {
  await recordLessonOpened(target, 1);
  await addReadingTime(target, 1, 125_000);
  await setLessonComplete(target, 1, true);
  await setLessonComplete(target, 1, false); // leaves completedAt: undefined in the record
  await recordLessonOpened(target, 2);
  await setLessonComplete(target, 2, true);
  await saveDraft(target, 'greeting', { 'greeting.go': 'package greeting // “ü” \u2028\n' });
  await resetDraft(target, 'greeting', { 'greeting.go': 'package greeting\n' });
  await recordAttempt(target, {
    exercise: 'greeting',
    engine: 'wasm',
    source: 'page',
    status: 'ok',
    passed: true,
    tests: [{ name: 'TestHello', status: 'pass', elapsedMs: 0.25 }],
    durationMs: 812.5,
  });
  const comment = {
    id: 'c1',
    file: 'reminders.go',
    start: 60,
    end: 60,
    category: 'domain' as const,
    severity: 'important' as const,
    text: 'Reads time.Now instead of the injected clock.',
  };
  await saveKataDraft(target, 'review-overdue-reminders', [comment]);
  const key = [
    {
      id: 'clock',
      file: 'reminders.go',
      lines: [60, 60] as [number, number],
      category: 'domain' as const,
      severity: 'important' as const,
    },
  ];
  await recordKataAttempt(target, 'review-overdue-reminders', [comment], gradeReview(key, [comment]));
}

describe('export and import', () => {
  it('round-trips everything the app writes exactly, through the JSON text of a file', async () => {
    await learnerActivity(db);
    const exported = await exportBackup(db);
    const text = JSON.stringify(exported);

    const parsed = parseBackupText(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const fresh = memoryDb('other');
    await fresh.open();
    await importBackup(fresh, parsed.doc, 'replace');
    const again = await exportBackup(fresh);

    const { meta: _a, ...before } = exported.data;
    const { meta: _b, ...after } = again.data;
    expect(canonicalJson(after)).toBe(canonicalJson(before));
    // And the second file would be accepted as well.
    expect(parseBackupText(JSON.stringify(again)).ok).toBe(true);
    fresh.close();
  });

  it('exports the fixture back exactly after importing it', async () => {
    const doc = fixtureDoc();
    await importBackup(db, doc, 'replace');
    const { data } = await exportBackup(db);
    const { meta: _a, ...got } = data;
    const { meta: _b, ...want } = doc.data;
    expect(canonicalJson(got)).toBe(canonicalJson(want));
  });

  it('merges by id: adds new records, replaces same ids, keeps records only here', async () => {
    await recordLessonOpened(db, 9);
    await setLessonComplete(db, 1, false);
    const doc = fixtureDoc();
    const current = await exportBackup(db);
    const preview = diffBackup(current.data, doc.data, 'merge');
    expect(preview.find((d) => d.table === 'progress')).toMatchObject({ added: 1, replaced: 1, removed: 0 });

    await importBackup(db, doc, 'merge');
    const progress = await db.progress.toArray();
    expect(progress.map((p) => p.id)).toEqual(['part-01', 'part-02', 'part-09']);
    expect(progress[0]?.status).toBe('completed'); // the file's record won
  });

  it('replaces everything in replace mode, deleting records only here', async () => {
    await recordLessonOpened(db, 9);
    await importBackup(db, fixtureDoc(), 'replace');
    expect((await db.progress.toArray()).map((p) => p.id)).toEqual(['part-01', 'part-02']);
  });

  it('keeps this browser’s meta, notes the change, and counts a replace import as backed up', async () => {
    await learnerActivity(db);
    const before = await db.meta.get('meta');
    await importBackup(db, fixtureDoc(), 'merge');
    const merged = await db.meta.get('meta');
    expect(merged?.persistence).toBe(before?.persistence);
    expect(merged?.lastBackupAt).toBeNull();
    // The fixture's database is older, so the learner's history starts there.
    expect(merged?.createdAt).toBe('2025-03-01T09:00:00.000Z');
    expect(merged?.lastChangeAt && merged.lastChangeAt >= (before?.lastChangeAt ?? '')).toBe(true);

    await importBackup(db, fixtureDoc(), 'replace');
    const replaced = await db.meta.get('meta');
    expect(replaced?.lastBackupAt).toBe(replaced?.lastChangeAt);
  });

  it('writes nothing when storage is full during an import', async () => {
    await learnerActivity(db);
    const before = await snapshot(db);
    // The 7th table's write fails after six tables were already written in the transaction.
    const plansPut = vi
      .spyOn(db.table('plans'), 'bulkPut')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const attempt = importBackup(db, fixtureDoc(), 'replace');
    await expect(attempt).rejects.toBeInstanceOf(StorageWriteError);
    await expect(attempt).rejects.toThrow(/storage is full.*nothing was half-written/);
    expect(plansPut).toHaveBeenCalledOnce();
    expect(await snapshot(db)).toBe(before);
  });
});

describe('markBackedUp', () => {
  it('records the backup time without counting as a change', async () => {
    await recordLessonOpened(db, 1);
    const changed = (await db.meta.get('meta'))?.lastChangeAt;
    await markBackedUp(db, '2030-01-01T00:00:00.000Z');
    const meta = await db.meta.get('meta');
    expect(meta?.lastBackupAt).toBe('2030-01-01T00:00:00.000Z');
    expect(meta?.lastChangeAt).toBe(changed);
  });
});

describe('clearAllData', () => {
  it('deletes every learner record and starts meta over, keeping the persistence answer', async () => {
    await importBackup(db, fixtureDoc(), 'replace');
    await db.meta.update('meta', { persistence: 'granted' });
    await clearAllData(db);
    const { data } = await exportBackup(db);
    const { meta, ...tables } = data;
    for (const [name, records] of Object.entries(tables)) expect(records, name).toEqual([]);
    expect(meta).toEqual([expect.objectContaining({ lastChangeAt: null, lastBackupAt: null, persistence: 'granted' })]);
  });
});
