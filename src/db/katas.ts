import type { KataAttempt, KataComment } from '../lib/learner/types';
import { localDay, nowIso } from '../lib/learner/time';
import type { ReviewGrade } from '../lib/review-grading';
import type { LearnerDatabase } from './schema';
import { writeTransaction } from './write';

/** Saves the review the learner is writing (autosave). */
export function saveKataDraft(db: LearnerDatabase, kata: string, comments: KataComment[]): Promise<void> {
  // kataDrafts only: a draft is the learner's work in progress, nothing else depends on it.
  return writeTransaction(db, [db.kataDrafts], async () => {
    await db.kataDrafts.put({ id: kata, comments, updatedAt: nowIso() });
  });
}

/**
 * Records a submitted, graded review. In the same transaction: the first
 * passing review marks the kata solved (solved, which the dashboard and the
 * mastery map's evidence read), and the review counts as practice today
 * (activity), so no view shows a review without its effect.
 */
export function recordKataAttempt(
  db: LearnerDatabase,
  kata: string,
  comments: KataComment[],
  grade: ReviewGrade,
): Promise<KataAttempt> {
  return writeTransaction(db, [db.kataAttempts, db.solved, db.activity], async () => {
    const stored: KataAttempt = {
      id: crypto.randomUUID(),
      kata,
      at: nowIso(),
      score: grade.score,
      passed: grade.passed,
      found: grade.found,
      otherCategory: grade.otherCategory,
      missed: grade.missed,
      severityMatched: grade.severity.matched,
      comments,
      outcomes: grade.outcomes,
    };
    await db.kataAttempts.add(stored);
    if (stored.passed && !(await db.solved.get(kata))) {
      await db.solved.add({ id: kata, solvedAt: stored.at, attemptId: stored.id });
    }
    const day = localDay(new Date(stored.at));
    const activity = await db.activity.get(day);
    await db.activity.put({ id: day, activeMs: activity?.activeMs ?? 0, attempts: (activity?.attempts ?? 0) + 1 });
    return stored;
  });
}
