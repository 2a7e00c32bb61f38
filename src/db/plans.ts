import { mergePlan, PLAN_ID, type GeneratedPlan } from '../lib/learner/plan';
import { nowIso } from '../lib/learner/time';
import type { StudyPlan } from '../lib/learner/types';
import type { LearnerDatabase } from './schema';
import { writeTransaction } from './write';

/** Thrown when a plan write finds no plan to change (another tab deleted it). */
export class NoPlanError extends Error {
  override readonly name = 'NoPlanError';
}

/**
 * Stores a freshly generated plan, merged into the current one: done marks and
 * reflections are kept (see mergePlan). The merge reads the stored plan inside
 * the same transaction, so a task checked in another tab a moment earlier is
 * not lost.
 */
export function savePlan(db: LearnerDatabase, generated: GeneratedPlan): Promise<StudyPlan> {
  // plans only: the plan is one self-contained record.
  return writeTransaction(db, [db.plans], async () => {
    const merged = mergePlan(await db.plans.get(PLAN_ID), generated, nowIso());
    await db.plans.put(merged);
    return merged;
  });
}

/** Checks a task off (recording when) or unchecks it. */
export function setPlanTaskDone(db: LearnerDatabase, taskId: string, done: boolean): Promise<void> {
  // plans only: done marks live in the plan record.
  return writeTransaction(db, [db.plans], async () => {
    const plan = await db.plans.get(PLAN_ID);
    if (!plan) throw new NoPlanError('there is no plan any more (it was deleted in another tab)');
    if (!plan.weeks.some((w) => w.tasks.some((t) => t.id === taskId))) {
      throw new NoPlanError('the plan no longer has this task (it was rebuilt in another tab)');
    }
    const others = Object.entries(plan.done).filter(([id]) => id !== taskId);
    const next = done ? [...others, [taskId, plan.done[taskId] ?? nowIso()]] : others;
    await db.plans.put({ ...plan, done: Object.fromEntries(next), updatedAt: nowIso() });
  });
}

/** Saves the reflection note of a week (0-based index); an empty note is removed. */
export function savePlanReflection(db: LearnerDatabase, weekIndex: number, text: string): Promise<void> {
  // plans only: reflections live in the plan record.
  return writeTransaction(db, [db.plans], async () => {
    const plan = await db.plans.get(PLAN_ID);
    if (!plan) throw new NoPlanError('there is no plan any more (it was deleted in another tab)');
    const key = String(weekIndex);
    const others = Object.entries(plan.reflections).filter(([week]) => week !== key);
    const reflections = Object.fromEntries(text.trim() ? [...others, [key, text]] : others);
    await db.plans.put({ ...plan, reflections, updatedAt: nowIso() });
  });
}

/** Deletes the plan with its done marks and reflections, to start over. */
export function deletePlan(db: LearnerDatabase): Promise<void> {
  // plans only.
  return writeTransaction(db, [db.plans], async () => {
    await db.plans.delete(PLAN_ID);
  });
}
