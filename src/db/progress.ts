import { localDay, nowIso } from '../lib/learner/time';
import type { LearnerDatabase } from './schema';
import { writeTransaction } from './write';

/** The progress id of a part: `part-07`. */
export function progressId(part: number): string {
  return `part-${String(part).padStart(2, '0')}`;
}

/** Notes that the learner opened a lesson (first and last time). */
export function recordLessonOpened(db: LearnerDatabase, part: number): Promise<void> {
  return writeTransaction(db, [db.progress], async () => {
    const id = progressId(part);
    const at = nowIso();
    const existing = await db.progress.get(id);
    await db.progress.put(
      existing
        ? { ...existing, lastOpenedAt: at }
        : { id, part, status: 'opened', firstOpenedAt: at, lastOpenedAt: at, activeMs: 0 },
    );
  });
}

/**
 * Adds active reading time to a lesson and to the practice of `day` (progress
 * and activity together, so the dashboard's totals always agree). Does not
 * move lastOpenedAt: time read earlier may be written later (see
 * reading-outbox.ts), and "continue where you left off" follows opening.
 */
export function addReadingTime(db: LearnerDatabase, part: number, ms: number, day = localDay()): Promise<void> {
  if (!(ms > 0)) return Promise.resolve();
  return writeTransaction(db, [db.progress, db.activity], async () => {
    const id = progressId(part);
    const at = nowIso();
    const existing = await db.progress.get(id);
    await db.progress.put({
      ...(existing ?? { id, part, status: 'opened' as const, firstOpenedAt: at, lastOpenedAt: at }),
      activeMs: (existing?.activeMs ?? 0) + ms,
    });
    const activity = await db.activity.get(day);
    await db.activity.put({ id: day, activeMs: (activity?.activeMs ?? 0) + ms, attempts: activity?.attempts ?? 0 });
  });
}

/** Marks a lesson complete, or back to in progress. */
export function setLessonComplete(db: LearnerDatabase, part: number, complete: boolean): Promise<void> {
  return writeTransaction(db, [db.progress], async () => {
    const id = progressId(part);
    const at = nowIso();
    const existing = await db.progress.get(id);
    const base = existing ?? { id, part, firstOpenedAt: at, lastOpenedAt: at, activeMs: 0 };
    await db.progress.put({
      ...base,
      status: complete ? 'completed' : 'opened',
      completedAt: complete ? at : undefined,
    });
  });
}
