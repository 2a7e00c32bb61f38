import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../src/db/backup';
import { TABLES } from '../../../src/db/schema';
import { canonicalJson } from '../../../src/lib/learner/backup-diff';
import { fixtureDoc, fixtureText, memoryDb } from './helpers';

/**
 * Version 1 of the schema exactly as Dexie lays it out in IndexedDB: Dexie
 * stores version N as IndexedDB version N * 10, the primary key `id` as the
 * key path, and each index under its own name ("[a+b]" for compound ones).
 * Written by hand, not by Dexie, so the test sees what a real browser holds.
 */
const V1_STORES: Record<string, string[]> = {
  progress: ['part', 'status', 'lastOpenedAt'],
  drafts: ['updatedAt'],
  attempts: ['exercise', 'at', '[exercise+at]'],
  solved: ['solvedAt'],
  activity: [],
  assessments: ['at'],
  plans: [],
  scorecards: ['updatedAt'],
  reviews: ['updatedAt'],
  settings: [],
  meta: [],
};
const DEXIE_V1 = 10;

/** Creates a version-1 database with raw IndexedDB and fills it with `data`. */
function writeRawV1(factory: IDBFactory, name: string, data: Record<string, unknown[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, DEXIE_V1);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const [store, indexes] of Object.entries(V1_STORES)) {
        const os = db.createObjectStore(store, { keyPath: 'id' });
        for (const index of indexes) {
          const compound = /^\[(.+)\]$/.exec(index)?.[1];
          os.createIndex(index, compound ? compound.split('+') : index);
        }
      }
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(Object.keys(V1_STORES), 'readwrite');
      for (const [store, records] of Object.entries(data)) {
        for (const record of records) tx.objectStore(store).put(record);
      }
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    };
  });
}

describe('opening a database written by version 1', () => {
  it('has a store for every table the code knows', () => {
    expect(Object.keys(V1_STORES).sort()).toEqual([...TABLES].sort());
  });

  it('keeps every record of every table', async () => {
    const factory = new IDBFactory();
    const fixture = fixtureDoc();
    // The records as version 1 stored them (the file itself, not the parsed document with defaults).
    const raw = (JSON.parse(fixtureText) as { data: Record<string, unknown[]> }).data;
    expect(raw['scorecards']?.[0]).not.toHaveProperty('checklist');
    await writeRawV1(factory, 'go-mastery', raw);

    const db = memoryDb('go-mastery', factory);
    await db.open();
    const { data } = await exportBackup(db);
    expect(canonicalJson(data)).toBe(canonicalJson(fixture.data));
    // Version 2 gave the stored scorecards an empty checklist.
    expect(data.scorecards.map((c) => c.checklist)).toEqual([{}]);
    // Every table held something, so nothing passed by being empty.
    for (const table of TABLES) expect(data[table].length, table).toBeGreaterThan(0);
    // The indexes still answer queries.
    const greetingRuns = await db.attempts
      .where('[exercise+at]')
      .between(['greeting', ''], ['greeting', '\uffff'])
      .count();
    expect(greetingRuns).toBe(2);
    expect(await db.progress.where('status').equals('completed').count()).toBe(1);
    db.close();
  });
});
