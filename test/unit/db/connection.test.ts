import 'fake-indexeddb/auto';
import Dexie, { liveQuery } from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLearnerDb, resetLearnerDbForTests } from '../../../src/db/connection';
import { recordLessonOpened, setLessonComplete } from '../../../src/db/progress';
import { getStorageStatus, setStorageStatus } from '../../../src/db/status';
import StorageNotice from '../../../src/islands/StorageNotice';
import { memoryDb } from './helpers';

const initial = {
  mode: 'opening',
  reason: null,
  versionChanged: false,
  writeError: null,
  persisted: 'unknown',
} as const;

beforeEach(() => {
  resetLearnerDbForTests();
  setStorageStatus(initial);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const notice = () => renderToStaticMarkup(createElement(StorageNotice));

describe('opening the learner database', () => {
  it('uses IndexedDB when it opens, and shows no banner', async () => {
    const db = await openLearnerDb(`ok-${Math.random()}`);
    expect(getStorageStatus().mode).toBe('persistent');
    expect(notice()).toBe('');
    db.close();
  });

  it('keeps working in memory with a banner when the browser has no IndexedDB (private mode)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const db = await openLearnerDb(`none-${Math.random()}`);
    expect(getStorageStatus()).toMatchObject({ mode: 'memory', reason: expect.stringMatching(/no IndexedDB/) });
    // The site still works: writes and reads succeed, in memory.
    await setLessonComplete(db, 4, true);
    expect((await db.progress.get('part-04'))?.status).toBe('completed');
    const banner = notice();
    expect(banner).toContain('role="alert"');
    expect(banner).toContain('Saving is disabled');
    expect(banner).toContain('nothing will be kept after you close this page');
    db.close();
  });

  it('falls back to memory, saying why, when the browser refuses to open the database', async () => {
    const broken = new IDBFactory();
    vi.spyOn(broken, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    });
    vi.spyOn(Dexie, 'dependencies', 'get').mockReturnValue({ indexedDB: broken, IDBKeyRange: globalThis.IDBKeyRange });
    const db = await openLearnerDb(`refused-${Math.random()}`);
    expect(getStorageStatus()).toMatchObject({
      mode: 'memory',
      reason: expect.stringMatching(/^The browser refused to open local storage \(.*denied permission/),
    });
    await recordLessonOpened(db, 1);
    expect(await db.progress.count()).toBe(1);
    db.close();
  });

  it('opens once per page however many islands ask', async () => {
    const name = `once-${Math.random()}`;
    const [a, b] = await Promise.all([openLearnerDb(name), openLearnerDb(name)]);
    expect(a).toBe(b);
    a.close();
  });
});

describe('another tab upgrading the database', () => {
  it('closes this tab’s connection so the upgrade is not blocked, and asks the learner to reload', async () => {
    const name = `upgrade-${Math.random()}`;
    const db = await openLearnerDb(name);
    await recordLessonOpened(db, 1);

    // A newer version of the site in another tab opens version 2.
    const newer = new Dexie(name);
    newer.version(1).stores({ progress: 'id, part, status, lastOpenedAt' });
    newer.version(2).stores({ progress: 'id, part, status, lastOpenedAt, completedAt' });
    await newer.open();

    expect(getStorageStatus().versionChanged).toBe(true);
    expect(db.isOpen()).toBe(false);
    expect(notice()).toContain('The course was updated in another tab.');
    expect(notice()).toContain('Reload this page');
    expect(await newer.table('progress').count()).toBe(1);
    newer.close();
  });
});

describe('two tabs on the same database', () => {
  it('each sees the other’s writes, live', async () => {
    const factory = new IDBFactory();
    const tabA = memoryDb('shared', factory);
    const tabB = memoryDb('shared', factory);
    await Promise.all([tabA.open(), tabB.open()]);

    const seen: (string | undefined)[] = [];
    const done = new Promise<void>((resolve) => {
      const subscription = liveQuery(() => tabA.progress.get('part-05')).subscribe((p) => {
        seen.push(p?.status);
        if (p?.status === 'completed') {
          subscription.unsubscribe();
          resolve();
        }
      });
    });
    await setLessonComplete(tabB, 5, true);
    await done;
    expect(seen.at(-1)).toBe('completed');
    // And a plain re-read in B sees what A writes.
    await recordLessonOpened(tabA, 6);
    expect(await tabB.progress.get('part-06')).toMatchObject({ status: 'opened' });
    tabA.close();
    tabB.close();
  });
});

describe('the storage notice', () => {
  it('shows what went wrong with the last write', () => {
    setStorageStatus({ mode: 'persistent', writeError: 'Your browser storage is full.' });
    expect(notice()).toContain('Your browser storage is full.');
  });

  it('shows nothing while all is well', () => {
    setStorageStatus({ mode: 'persistent' });
    expect(notice()).toBe('');
  });
});
