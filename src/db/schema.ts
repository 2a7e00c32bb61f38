import Dexie, { type EntityTable } from 'dexie';
import type { ReplaySnapshot } from '../lib/practice/replay';
import type {
  ActivityDay,
  Assessment,
  Attempt,
  Draft,
  KataAttempt,
  KataDraft,
  LessonProgress,
  Meta,
  ReviewEvent,
  ReviewDocument,
  Scorecard,
  Setting,
  Solved,
  StudyPlan,
} from '../lib/learner/types';

/** Name of the IndexedDB database. */
export const DB_NAME = 'go-mastery';

export { TABLES, type TableName } from '../lib/learner/tables';

/**
 * The learner's database. Every version ever shipped stays listed here with
 * its upgrade function, so a browser holding any older version upgrades in
 * place without losing data (tested from fixtures in test/unit/db).
 */
export class LearnerDatabase extends Dexie {
  progress!: EntityTable<LessonProgress, 'id'>;
  drafts!: EntityTable<Draft, 'id'>;
  attempts!: EntityTable<Attempt, 'id'>;
  solved!: EntityTable<Solved, 'id'>;
  activity!: EntityTable<ActivityDay, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  plans!: EntityTable<StudyPlan, 'id'>;
  scorecards!: EntityTable<Scorecard, 'id'>;
  reviews!: EntityTable<ReviewDocument, 'id'>;
  kataDrafts!: EntityTable<KataDraft, 'id'>;
  kataAttempts!: EntityTable<KataAttempt, 'id'>;
  reviewEvents!: EntityTable<ReviewEvent, 'id'>;
  /** A cache of the practice replay (src/lib/practice/replay.ts): derived from reviewEvents, never backed up. */
  practiceReplay!: EntityTable<ReplaySnapshot, 'id'>;
  settings!: EntityTable<Setting, 'id'>;
  meta!: EntityTable<Meta, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Version 1: everything the course stores. Only indexed fields are listed.
    this.version(1).stores({
      progress: 'id, part, status, lastOpenedAt',
      drafts: 'id, updatedAt',
      attempts: 'id, exercise, at, [exercise+at]',
      solved: 'id, solvedAt',
      activity: 'id',
      assessments: 'id, at',
      plans: 'id',
      scorecards: 'id, updatedAt',
      reviews: 'id, updatedAt',
      settings: 'id',
      meta: 'id',
    });
    // Version 2: scorecards store the production-ready checklist's ticks. No
    // index changes; older scorecards start with nothing ticked.
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table<Scorecard, string>('scorecards')
          .toCollection()
          .modify((card) => {
            card.checklist ??= {};
          }),
      );
    // Version 3: review katas (the review being written, every submitted review)
    // and spaced practice (every review of a card, an immutable event, and a
    // cache of their replay that is rebuilt whenever in doubt).
    this.version(3).stores({
      kataDrafts: 'id, updatedAt',
      kataAttempts: 'id, kata, at, [kata+at]',
      reviewEvents: 'id, card, at',
      practiceReplay: 'id',
    });
  }
}
