import { liveQuery } from 'dexie';
import { nowIso } from '../lib/learner/time';
import type { ReviewEvent } from '../lib/learner/types';
import {
  extendSnapshot,
  isAfter,
  snapshotOf,
  SNAPSHOT_ID,
  usableSnapshot,
  type ReplaySnapshot,
} from '../lib/practice/replay';
import type { ReviewGrade } from '../lib/practice/schedule';
import type { PracticeInputs } from '../lib/practice/view';
import type { LearnerDatabase } from './schema';
import { writeTransaction } from './write';

/**
 * Records one review of a practice card. Reviews are never changed or
 * deleted: card state is derived by replaying them, and a backup from
 * another device merges as a union of events.
 */
export function recordReview(db: LearnerDatabase, card: string, grade: ReviewGrade): Promise<ReviewEvent> {
  // reviewEvents only: the event is the whole fact; every view derives from it.
  return writeTransaction(db, [db.reviewEvents], async () => {
    const event: ReviewEvent = { id: crypto.randomUUID(), card, at: nowIso(), grade };
    await db.reviewEvents.add(event);
    return event;
  });
}

/** How many events past the stored snapshot make it worth storing a new one. */
export const SNAPSHOT_EVERY = 25;

const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The practice inputs, and how many events were replayed beyond the stored snapshot to get them. */
export interface PracticeRead extends PracticeInputs {
  replayedNow: number;
}

/**
 * Everything the practice schedule is derived from, read in one transaction:
 * the stored replay snapshot extended with the events recorded after it, or,
 * when there is no snapshot it can trust, every event replayed from the start.
 */
export function readPracticeInputs(db: LearnerDatabase): Promise<PracticeRead> {
  const tables = [db.progress, db.solved, db.kataAttempts, db.reviewEvents, db.practiceReplay];
  return db.transaction('r', tables, async () => {
    const [progress, solved, kataAttempts, stored, total] = await Promise.all([
      db.progress.toArray(),
      db.solved.toArray(),
      db.kataAttempts.toArray(),
      db.practiceReplay.get(SNAPSHOT_ID),
      db.reviewEvents.count(),
    ]);
    const timeZone = localTimeZone();
    if (stored?.last) {
      const last = stored.last;
      const newer = (await db.reviewEvents.where('at').aboveOrEqual(last.at).toArray()).filter((e) => isAfter(e, last));
      if (usableSnapshot(stored, timeZone, total, newer.length)) {
        return { progress, solved, kataAttempts, replay: extendSnapshot(stored, newer), replayedNow: newer.length };
      }
    }
    const events = await db.reviewEvents.toArray();
    return { progress, solved, kataAttempts, replay: snapshotOf(events, timeZone), replayedNow: events.length };
  });
}

/**
 * Stores the replay snapshot when it is at least SNAPSHOT_EVERY events ahead
 * of the stored one, so the next read replays only what came after. A cache
 * write: not a change of the learner's data (no change stamp, no backup
 * reminder, no storage warning when it fails: the next read replays more),
 * and skipped when an event arrived meanwhile. Resolves to whether it stored.
 */
export async function keepPracticeSnapshot(db: LearnerDatabase, read: PracticeRead): Promise<boolean> {
  if (read.replayedNow < SNAPSHOT_EVERY) return false;
  try {
    return await db.transaction('rw', [db.reviewEvents, db.practiceReplay], async () => {
      if ((await db.reviewEvents.count()) !== read.replay.eventCount) return false;
      const snapshot: ReplaySnapshot = read.replay;
      await db.practiceReplay.put(snapshot);
      return true;
    });
  } catch {
    return false;
  }
}

/**
 * Calls `onChange` with the practice inputs now and after every change to
 * them (in this tab or another). Returns the function that stops watching.
 */
export function watchPracticeInputs(
  db: LearnerDatabase,
  onChange: (inputs: PracticeRead) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => readPracticeInputs(db)).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}
