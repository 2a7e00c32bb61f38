import { localDay } from '../lib/learner/time';
import { addReadingTime } from './progress';
import type { LearnerDatabase } from './schema';

/**
 * Reading time that could not be written to IndexedDB yet. When a page is
 * being left, an IndexedDB transaction started in pagehide is aborted with
 * the page, so the last seconds of reading would be lost. localStorage writes
 * synchronously and survives: the time is parked there, and the next lesson
 * page (or this one, if it stays) moves it into the database.
 */
const PREFIX = 'go-mastery:reading-outbox:';
/** Nothing sensible parks more than a day of reading at once; larger values are damage. */
const MAX_ENTRY_MS = 86_400_000;

interface OutboxEntry {
  part: number;
  ms: number;
  day: string;
}

/** The key-value store used; localStorage in the browser, injected in tests. */
export type OutboxStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const browserStorage = (): OutboxStorage | undefined => {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Access itself throws when the browser blocks site storage.
    return undefined;
  }
};

function parseEntry(text: string | null): OutboxEntry | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<OutboxEntry>;
    const { part, ms, day } = value;
    if (typeof part !== 'number' || !Number.isInteger(part) || part < 1 || part > 999) return null;
    if (typeof ms !== 'number' || !(ms > 0) || ms > MAX_ENTRY_MS) return null;
    if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
    return { part, ms, day };
  } catch {
    return null;
  }
}

/**
 * Parks reading time synchronously. Returns false when there is no usable
 * localStorage (the caller then tries the database directly).
 */
export function stashReadingTime(part: number, ms: number, storage = browserStorage(), day = localDay()): boolean {
  if (!storage || !(ms > 0)) return false;
  try {
    storage.setItem(`${PREFIX}${crypto.randomUUID()}`, JSON.stringify({ part, ms, day }));
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves every parked entry into the database, each removed only after its
 * write committed (a failed write stays parked for next time). Damaged
 * entries are dropped. Returns the milliseconds written.
 */
export function drainReadingOutbox(db: LearnerDatabase, storage = browserStorage()): Promise<number> {
  // One drain at a time in this page, so an entry is never written twice.
  const next = draining.then(() => drainOnce(db, storage));
  draining = next.catch(() => 0);
  return next;
}

let draining: Promise<number> = Promise.resolve(0);

async function drainOnce(db: LearnerDatabase, storage: OutboxStorage | undefined): Promise<number> {
  if (!storage) return 0;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  let written = 0;
  for (const key of keys) {
    const entry = parseEntry(storage.getItem(key));
    if (!entry) {
      storage.removeItem(key);
      continue;
    }
    await addReadingTime(db, entry.part, entry.ms, entry.day);
    storage.removeItem(key);
    written += entry.ms;
  }
  return written;
}
