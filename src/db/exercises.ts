import type { Attempt, Draft } from '../lib/learner/types';
import { localDay, nowIso } from '../lib/learner/time';
import type { LearnerDatabase } from './schema';
import { writeTransaction } from './write';

/** Saves the learner's current code of an exercise (autosave). */
export function saveDraft(db: LearnerDatabase, exercise: string, files: Record<string, string>): Promise<void> {
  // drafts only: the previous reset snapshot is kept as it was.
  return writeTransaction(db, [db.drafts], async () => {
    const existing = await db.drafts.get(exercise);
    await db.drafts.put({ ...existing, id: exercise, files, updatedAt: nowIso() });
  });
}

/**
 * Replaces the draft with the starter code, keeping the code it replaced so
 * the learner can restore it. Returns the draft after the reset.
 */
export function resetDraft(db: LearnerDatabase, exercise: string, starter: Record<string, string>): Promise<Draft> {
  return writeTransaction(db, [db.drafts], async () => {
    const existing = await db.drafts.get(exercise);
    const at = nowIso();
    const draft: Draft = {
      id: exercise,
      files: starter,
      updatedAt: at,
      beforeReset: existing ? { files: existing.files, savedAt: existing.updatedAt } : undefined,
    };
    await db.drafts.put(draft);
    return draft;
  });
}

/** Puts back the code that the last reset replaced; returns the restored files, or undefined if there is none. */
export function restoreDraftBeforeReset(
  db: LearnerDatabase,
  exercise: string,
): Promise<Record<string, string> | undefined> {
  return writeTransaction(db, [db.drafts], async () => {
    const existing = await db.drafts.get(exercise);
    if (!existing?.beforeReset) return undefined;
    await db.drafts.put({ id: exercise, files: existing.beforeReset.files, updatedAt: nowIso() });
    return existing.beforeReset.files;
  });
}

/**
 * Records a graded run. In the same transaction: the first passing run marks
 * the exercise solved (solved), and the run counts as practice today (activity),
 * so the dashboard never shows an attempt without its effect.
 */
export function recordAttempt(db: LearnerDatabase, attempt: Omit<Attempt, 'id' | 'at'>): Promise<Attempt> {
  return writeTransaction(db, [db.attempts, db.solved, db.activity], async () => {
    const stored: Attempt = { ...attempt, id: crypto.randomUUID(), at: nowIso() };
    await db.attempts.add(stored);
    if (stored.passed && !(await db.solved.get(stored.exercise))) {
      await db.solved.add({ id: stored.exercise, solvedAt: stored.at, attemptId: stored.id });
    }
    const day = localDay(new Date(stored.at));
    const activity = await db.activity.get(day);
    await db.activity.put({ id: day, activeMs: activity?.activeMs ?? 0, attempts: (activity?.attempts ?? 0) + 1 });
    return stored;
  });
}
