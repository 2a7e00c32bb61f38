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

/** Creates a version-1 or version-2 database (same stores) with raw IndexedDB and fills it with `data`. */
function writeRaw(
  factory: IDBFactory,
  name: string,
  dexieVersion: number,
  data: Record<string, unknown[]>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, dexieVersion);
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

/** Tables added after version 2, which older databases and backups do not have. */
const ADDED_IN_V3 = ['kataDrafts', 'kataAttempts'];

describe('the released schema versions', () => {
  it('version 1 and 2 had a store for every table the code knows, except those added since', () => {
    expect(Object.keys(V1_STORES).sort()).toEqual(TABLES.filter((t) => !ADDED_IN_V3.includes(t)).sort());
  });
});

// Every released version, written by hand as a browser holds it, must open
// with the current code and keep every record. Version 2 had the same stores
// as version 1; its scorecards carry the checklist.
describe.each([
  { version: 1, dexieVersion: DEXIE_V1 },
  { version: 2, dexieVersion: 20 },
])('opening a database written by version $version', ({ version, dexieVersion }) => {
  it('keeps every record of every table', async () => {
    const factory = new IDBFactory();
    const fixture = fixtureDoc();
    // The records as that version stored them (the file itself, not the parsed document with defaults).
    const raw = (JSON.parse(fixtureText) as { data: Record<string, Record<string, unknown>[]> }).data;
    expect(raw['scorecards']?.[0]).not.toHaveProperty('checklist');
    if (version === 2) for (const card of raw['scorecards'] ?? []) card['checklist'] = {};
    await writeRaw(factory, 'go-mastery', dexieVersion, raw);

    const db = memoryDb('go-mastery', factory);
    await db.open();
    const { data } = await exportBackup(db);
    expect(canonicalJson(data)).toBe(canonicalJson(fixture.data));
    // Version 2 gave the stored scorecards an empty checklist.
    expect(data.scorecards.map((c) => c.checklist)).toEqual([{}]);
    // Every table of that version held something, so nothing passed by being empty; the new ones start empty.
    for (const table of TABLES) {
      if (ADDED_IN_V3.includes(table)) expect(data[table], table).toEqual([]);
      else expect(data[table].length, table).toBeGreaterThan(0);
    }
    // The indexes still answer queries, and the new tables' indexes exist.
    const greetingRuns = await db.attempts
      .where('[exercise+at]')
      .between(['greeting', ''], ['greeting', '\uffff'])
      .count();
    expect(greetingRuns).toBe(2);
    expect(await db.progress.where('status').equals('completed').count()).toBe(1);
    expect(await db.kataAttempts.where('[kata+at]').between(['k', ''], ['k', '\uffff']).count()).toBe(0);
    db.close();
  });
});
