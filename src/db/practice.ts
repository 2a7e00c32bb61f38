import type { ReviewGrade } from '../lib/practice/schedule';
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
