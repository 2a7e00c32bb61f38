import type { DashboardRecords } from '../lib/learner/stats';
import type { Meta } from '../lib/learner/types';
import type { LearnerDatabase } from './schema';

/** What the home-page dashboard reads, in one call so it can run inside useLiveQuery. */
export interface DashboardData extends DashboardRecords {
  meta: Meta | undefined;
}

/**
 * The tables behind the dashboard: small ones only (a row per part, per
 * solved exercise, per practice day), never the attempts log, so the
 * dashboard stays fast however many runs the learner made.
 */
export async function readDashboard(db: LearnerDatabase): Promise<DashboardData> {
  const [progress, solved, activity, meta] = await Promise.all([
    db.progress.toArray(),
    db.solved.toArray(),
    db.activity.toArray(),
    db.meta.get('meta'),
  ]);
  return { progress, solved, activity, meta };
}
