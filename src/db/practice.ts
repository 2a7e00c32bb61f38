import { liveQuery } from 'dexie';
import type { ReviewGrade } from '../lib/practice/schedule';
import type { PracticeInputs } from '../lib/practice/view';
import { nowIso } from '../lib/learner/time';
import type { ReviewEvent } from '../lib/learner/types';
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

/** Everything the practice schedule is derived from, read in one transaction. */
export function readPracticeInputs(db: LearnerDatabase): Promise<PracticeInputs> {
  return db.transaction('r', [db.progress, db.solved, db.kataAttempts, db.reviewEvents], async () => ({
    progress: await db.progress.toArray(),
    solved: await db.solved.toArray(),
    kataAttempts: await db.kataAttempts.toArray(),
    events: await db.reviewEvents.toArray(),
  }));
}

/**
 * Calls `onChange` with the practice inputs now and after every change to
 * them (in this tab or another). Returns the function that stops watching.
 */
export function watchPracticeInputs(
  db: LearnerDatabase,
  onChange: (inputs: PracticeInputs) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => readPracticeInputs(db)).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}
