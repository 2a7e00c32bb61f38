import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  backupReminder,
  canonicalJson,
  diffBackup,
  diffIsEmpty,
  LEARNER_TABLES,
} from '../../../src/lib/learner/backup-diff';
import { parseBackupText, type BackupData } from '../../../src/lib/learner/backup-format';

const parsed = parseBackupText(readFileSync('test/fixtures/db/v1.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.error);
const fixture: BackupData = parsed.doc.data;
const empty = Object.fromEntries(Object.keys(fixture).map((t) => [t, []])) as unknown as BackupData;

describe('canonicalJson', () => {
  it('ignores key order and undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [2, { y: 1, x: 0 }] } })).toBe(
      canonicalJson({ a: { c: [2, { x: 0, y: 1 }] }, b: 1 }),
    );
  });
});

describe('diffBackup', () => {
  it('counts everything as added into an empty browser', () => {
    const diff = diffBackup(empty, fixture, 'merge');
    expect(diff.map((d) => d.table)).toEqual([...LEARNER_TABLES]);
    expect(diff.find((d) => d.table === 'attempts')).toEqual({
      table: 'attempts',
      label: 'Graded runs',
      added: 2,
      replaced: 0,
      unchanged: 0,
      removed: 0,
    });
  });

  it('finds nothing to do when importing the same data again', () => {
    expect(diffIsEmpty(diffBackup(fixture, fixture, 'replace'))).toBe(true);
  });

  it('tells replaced from unchanged, and removes only in replace mode', () => {
    const [first, second] = fixture.progress;
    if (!first || !second) throw new Error('the fixture needs two progress records');
    const current: BackupData = {
      ...fixture,
      progress: [
        { ...first, activeMs: 1 },
        second,
        { id: 'part-09', part: 9, status: 'opened', firstOpenedAt: 'x', lastOpenedAt: 'x', activeMs: 0 },
      ],
    };
    const merge = diffBackup(current, fixture, 'merge').find((d) => d.table === 'progress');
    expect(merge).toMatchObject({ added: 0, replaced: 1, unchanged: 1, removed: 0 });
    const replace = diffBackup(current, fixture, 'replace').find((d) => d.table === 'progress');
    expect(replace).toMatchObject({ added: 0, replaced: 1, unchanged: 1, removed: 1 });
    expect(diffIsEmpty(diffBackup(current, fixture, 'merge'))).toBe(false);
  });

  it('leaves the database’s own bookkeeping (meta) out of the preview', () => {
    expect(diffBackup(empty, fixture, 'merge').some((d) => (d.table as string) === 'meta')).toBe(false);
  });
});

describe('backupReminder', () => {
  const now = new Date('2025-03-30T12:00:00.000Z');

  it('says nothing when nothing was ever recorded', () => {
    expect(backupReminder(undefined, now)).toBeNull();
    expect(backupReminder({ lastChangeAt: null, lastBackupAt: null }, now)).toBeNull();
  });

  it('reminds a learner who has progress and never backed up', () => {
    expect(backupReminder({ lastChangeAt: '2025-03-30T11:00:00.000Z', lastBackupAt: null }, now)).toEqual({
      kind: 'never',
    });
  });

  it('reminds when the last backup is older than 14 days and something changed since', () => {
    expect(
      backupReminder({ lastChangeAt: '2025-03-29T00:00:00.000Z', lastBackupAt: '2025-03-15T11:59:00.000Z' }, now),
    ).toEqual({ kind: 'stale', days: 15 });
  });

  it('does not remind when nothing changed since an old backup', () => {
    expect(
      backupReminder({ lastChangeAt: '2025-03-01T00:00:00.000Z', lastBackupAt: '2025-03-01T00:00:00.000Z' }, now),
    ).toBeNull();
  });

  it('does not remind within 14 days of a backup, even with changes since', () => {
    expect(
      backupReminder({ lastChangeAt: '2025-03-30T00:00:00.000Z', lastBackupAt: '2025-03-16T12:00:01.000Z' }, now),
    ).toBeNull();
  });
});
