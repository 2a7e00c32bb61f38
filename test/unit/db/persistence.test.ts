import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPersistenceStatus, requestPersistentStorage } from '../../../src/db/persistence';
import { recordLessonOpened, setLessonComplete } from '../../../src/db/progress';
import type { LearnerDatabase } from '../../../src/db/schema';
import { getStorageStatus, setStorageStatus } from '../../../src/db/status';
import { memoryDb } from './helpers';

let db: LearnerDatabase;
beforeEach(async () => {
  setStorageStatus({ mode: 'persistent', persisted: 'unknown', writeError: null });
  db = memoryDb(`persist-${Math.random()}`);
  await db.open();
});
afterEach(() => {
  db.close();
  vi.unstubAllGlobals();
});

const storage = (answer: boolean | Error, persisted = false) => ({
  persist: vi.fn(() => (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer))),
  persisted: vi.fn(() => Promise.resolve(persisted)),
});

/** Waits until the fire-and-forget request after a write has recorded its answer. */
async function settled(): Promise<void> {
  await vi.waitFor(async () => expect((await db.meta.get('meta'))?.persistence).not.toBe('unknown'));
}

describe('requestPersistentStorage', () => {
  // Keep the automatic request after the first write out of these tests.
  beforeEach(() => setStorageStatus({ mode: 'memory' }));

  it.each([
    [true, 'granted'],
    [false, 'denied'],
    [new Error('not allowed'), 'denied'],
  ] as const)('records the browser’s answer %s as %s in meta and the status store', async (answer, outcome) => {
    await recordLessonOpened(db, 1);
    const changedAt = (await db.meta.get('meta'))?.lastChangeAt;
    await expect(requestPersistentStorage(db, storage(answer))).resolves.toBe(outcome);
    expect(getStorageStatus().persisted).toBe(outcome);
    const meta = await db.meta.get('meta');
    expect(meta?.persistence).toBe(outcome);
    // Asking is bookkeeping, not progress: it must not look like unsaved work.
    expect(meta?.lastChangeAt).toBe(changedAt);
  });

  it('says "unsupported" when the browser has no storage manager', async () => {
    await expect(requestPersistentStorage(db, undefined)).resolves.toBe('unsupported');
    expect((await db.meta.get('meta'))?.persistence).toBe('unsupported');
  });
});

describe('asking after the first recorded change', () => {
  it('asks once, after the learner first records something', async () => {
    const browser = storage(true);
    vi.stubGlobal('navigator', { storage: browser });
    expect(browser.persist).not.toHaveBeenCalled();
    await recordLessonOpened(db, 1);
    await settled();
    await setLessonComplete(db, 1, true);
    expect(browser.persist).toHaveBeenCalledOnce();
    expect(getStorageStatus().persisted).toBe('granted');
  });

  it('does not ask for the in-memory fallback, where nothing outlives the page', async () => {
    setStorageStatus({ mode: 'memory' });
    const browser = storage(true);
    vi.stubGlobal('navigator', { storage: browser });
    await recordLessonOpened(db, 1);
    await new Promise((r) => setTimeout(r, 50));
    expect(browser.persist).not.toHaveBeenCalled();
    expect((await db.meta.get('meta'))?.persistence).toBe('unknown');
  });
});

describe('loadPersistenceStatus', () => {
  it('stays "unknown" until we have asked, without prompting', async () => {
    const browser = storage(true, true);
    await expect(loadPersistenceStatus(db, browser)).resolves.toBe('unknown');
    expect(browser.persist).not.toHaveBeenCalled();
    expect(browser.persisted).not.toHaveBeenCalled();
  });

  it('believes the browser over what we noted: a revoked grant shows as denied', async () => {
    await requestPersistentStorage(db, storage(true));
    setStorageStatus({ persisted: 'unknown' });
    await expect(loadPersistenceStatus(db, storage(false, false))).resolves.toBe('denied');
    expect(getStorageStatus().persisted).toBe('denied');
  });

  it('shows a later grant', async () => {
    await requestPersistentStorage(db, storage(false));
    await expect(loadPersistenceStatus(db, storage(false, true))).resolves.toBe('granted');
  });
});
