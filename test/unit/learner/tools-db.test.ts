import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveAssessment } from '../../../src/db/assessments';
import { deletePlan, NoPlanError, savePlan, savePlanReflection, setPlanTaskDone } from '../../../src/db/plans';
import { createReview, deleteReview, MissingReviewError, updateReview } from '../../../src/db/reviews';
import { LearnerDatabase } from '../../../src/db/schema';
import { createScorecard, deleteScorecard, MissingScorecardError, updateScorecard } from '../../../src/db/scorecards';
import { StorageWriteError } from '../../../src/db/write';
import { generatePlan, PLAN_ID } from '../../../src/lib/learner/plan';
import { reference } from './reference-fixture';

let db: LearnerDatabase;
beforeEach(async () => {
  db = new LearnerDatabase(`tools-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});
afterEach(() => db.close());

const planFor = (assessment: { id: string; scores: Record<string, number> } | null, startDate = '2026-01-05') =>
  generatePlan({
    startDate,
    assessment,
    projects: reference.projects.projects,
    cadence: reference.cadence,
    areas: [],
    solved: [],
  });

describe('saving assessments', () => {
  it('adds a dated record on every save, keeping the history, and stamps the change', async () => {
    const first = await saveAssessment(db, { language: 3, http: 2 }, { http: ' never built a client ' });
    const second = await saveAssessment(db, { language: 4, http: 3 }, {});
    expect(first.id).not.toBe(second.id);
    expect(first.at <= second.at).toBe(true);
    expect(await db.assessments.count()).toBe(2);
    expect(await db.assessments.get(first.id)).toEqual({
      id: first.id,
      at: first.at,
      scores: { language: 3, http: 2 },
      notes: { http: 'never built a client' },
    });
    expect((await db.meta.get('meta'))?.lastChangeAt).toBeTruthy();
  });

  it('refuses an empty assessment without writing anything', async () => {
    await expect(saveAssessment(db, {}, {})).rejects.toThrow(/Score at least one area/);
    expect(await db.assessments.count()).toBe(0);
  });
});

describe('the plan', () => {
  it('is stored as the one current plan and regenerating keeps done marks and notes', async () => {
    const first = await savePlan(db, planFor({ id: 'a1', scores: { testing: 2 } }));
    expect(first.id).toBe(PLAN_ID);
    await setPlanTaskDone(db, 'rest-service.1.ship', true);
    await savePlanReflection(db, 0, 'Good start.');

    const regenerated = await savePlan(db, planFor({ id: 'a2', scores: { testing: 4 } }, '2026-01-12'));
    expect(regenerated.assessmentId).toBe('a2');
    expect(regenerated.weeks[0]?.start).toBe('2026-01-12');
    expect(Object.keys(regenerated.done)).toEqual(['rest-service.1.ship']);
    expect(regenerated.reflections).toEqual({ '0': 'Good start.' });
    expect(await db.plans.get(PLAN_ID)).toEqual(regenerated);
  });

  it('records when a task was checked, keeps that time when checked again, and forgets it when unchecked', async () => {
    await savePlan(db, planFor(null));
    await setPlanTaskDone(db, 'rest-service.1.measure', true);
    const at = (await db.plans.get(PLAN_ID))?.done['rest-service.1.measure'];
    expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await setPlanTaskDone(db, 'rest-service.1.measure', true);
    expect((await db.plans.get(PLAN_ID))?.done['rest-service.1.measure']).toBe(at);
    await setPlanTaskDone(db, 'rest-service.1.measure', false);
    expect((await db.plans.get(PLAN_ID))?.done).toEqual({});
  });

  it('removes an emptied reflection', async () => {
    await savePlan(db, planFor(null));
    await savePlanReflection(db, 3, 'note');
    await savePlanReflection(db, 3, '   ');
    expect((await db.plans.get(PLAN_ID))?.reflections).toEqual({});
  });

  it('says so when the plan or the task is gone, changing nothing', async () => {
    const missing = setPlanTaskDone(db, 'rest-service.1.ship', true);
    await expect(missing).rejects.toBeInstanceOf(StorageWriteError);
    await expect(missing).rejects.toThrow(
      /could not be saved: there is no plan any more \(it was deleted in another tab\)\. Reload the page/,
    );
    await savePlan(db, planFor(null));
    await expect(setPlanTaskDone(db, 'no-such-task', true)).rejects.toThrow(/no longer has this task/);
    expect((await db.plans.get(PLAN_ID))?.done).toEqual({});
    expect(NoPlanError.name).toBe('NoPlanError');
  });

  it('can be deleted to start over', async () => {
    await savePlan(db, planFor(null));
    await deletePlan(db);
    expect(await db.plans.count()).toBe(0);
  });
});

describe('scorecards', () => {
  it('are created per service, updated key by key, and deleted', async () => {
    const card = await createScorecard(db, '  caseflow-service ');
    expect(card).toMatchObject({ service: 'caseflow-service', scores: {}, ladder: {}, checklist: {} });
    await updateScorecard(db, card.id, { scores: { audit: 2 }, checklist: { 'code-gofmt': true, 'code-vet': true } });
    await updateScorecard(db, card.id, { scores: { outbox: 1 }, ladder: { 'l1-syntax': true } });
    await updateScorecard(db, card.id, { checklist: { 'code-vet': false } });
    const updated = await updateScorecard(db, card.id, { scores: { audit: null }, service: 'caseflow' });
    expect(updated).toMatchObject({
      service: 'caseflow',
      scores: { outbox: 1 },
      ladder: { 'l1-syntax': true },
      checklist: { 'code-gofmt': true, 'code-vet': false },
    });
    expect(await db.scorecards.get(card.id)).toEqual(updated);

    const other = await createScorecard(db, 'worker');
    await deleteScorecard(db, card.id);
    expect((await db.scorecards.toArray()).map((c) => c.id)).toEqual([other.id]);
  });

  it('refuses a nameless service, a score outside 0–2 and a deleted card', async () => {
    await expect(createScorecard(db, '  ')).rejects.toThrow(/Name the service/);
    const card = await createScorecard(db, 'svc');
    await expect(updateScorecard(db, card.id, { scores: { audit: 3 as 2 } })).rejects.toThrow(/must be 0, 1 or 2/);
    await deleteScorecard(db, card.id);
    const gone = updateScorecard(db, card.id, { scores: { audit: 1 } });
    await expect(gone).rejects.toThrow(/no longer exists/);
    expect(MissingScorecardError.name).toBe('MissingScorecardError');
  });

  it('keeps an unchanged name when the new one is blank', async () => {
    const card = await createScorecard(db, 'svc');
    expect((await updateScorecard(db, card.id, { service: '  ' })).service).toBe('svc');
  });
});

describe('review documents', () => {
  it('are created per service, updated section by section, and deleted', async () => {
    const doc = await createReview(db, 'caseflow-service');
    await updateReview(db, doc.id, { sections: { summary: 'What it does.' } });
    await updateReview(db, doc.id, { sections: { decision: 'Not ready.' } });
    const row = {
      step: 'Commit',
      failure: 'unknown',
      userImpact: 'ambiguous',
      systemImpact: 'maybe committed',
      handling: 'log',
      observability: 'metric',
      followUp: 'reconcile',
    };
    const updated = await updateReview(db, doc.id, { failureModes: [row] });
    expect(updated.sections).toEqual({ summary: 'What it does.', decision: 'Not ready.' });
    expect(updated.failureModes).toEqual([row]);
    expect(await db.reviews.get(doc.id)).toEqual(updated);

    await deleteReview(db, doc.id);
    expect(await db.reviews.count()).toBe(0);
    await expect(updateReview(db, doc.id, { sections: { summary: 'x' } })).rejects.toThrow(/no longer exists/);
    expect(MissingReviewError.name).toBe('MissingReviewError');
  });

  it('refuses a nameless service', async () => {
    await expect(createReview(db, '')).rejects.toThrow(/Name the service/);
    expect(await db.reviews.count()).toBe(0);
  });
});
