import { describe, expect, it } from 'vitest';
import { recordKataAttempt, saveKataDraft } from '../../../src/db/katas';
import type { LearnerDatabase } from '../../../src/db/schema';
import { gradeReview } from '../../../src/lib/review-grading';
import type { KataComment } from '../../../src/lib/learner/types';
import { freshDbPerTest } from './helpers';

let db: LearnerDatabase;
freshDbPerTest((d) => (db = d));

const key = [
  {
    id: 'leak',
    file: 'w.go',
    lines: [3, 5] as [number, number],
    category: 'concurrency' as const,
    severity: 'blocking' as const,
  },
];
const comment: KataComment = {
  id: 'c1',
  file: 'w.go',
  start: 4,
  end: 4,
  category: 'concurrency',
  severity: 'blocking',
  text: 'Leaks.',
};

describe('review kata storage', () => {
  it('keeps the review being written across reloads, replacing the previous draft', async () => {
    await saveKataDraft(db, 'k', [comment]);
    await saveKataDraft(db, 'k', [comment, { ...comment, id: 'c2', text: 'Second.' }]);
    const draft = await db.kataDrafts.get('k');
    expect(draft?.comments.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('records a passing review as solved once, and as practice today', async () => {
    const grade = gradeReview(key, [comment]);
    const first = await recordKataAttempt(db, 'k', [comment], grade);
    await recordKataAttempt(db, 'k', [comment], grade);
    expect(await db.kataAttempts.where('kata').equals('k').count()).toBe(2);
    expect(await db.solved.get('k')).toMatchObject({ id: 'k', attemptId: first.id });
    const days = await db.activity.toArray();
    expect(days.map((d) => d.attempts)).toEqual([2]);
  });

  it('does not mark a failing review solved', async () => {
    const attempt = await recordKataAttempt(db, 'k', [], gradeReview(key, []));
    expect(attempt).toMatchObject({ score: 0, passed: false, missed: 1 });
    expect(await db.solved.get('k')).toBeUndefined();
  });
});
