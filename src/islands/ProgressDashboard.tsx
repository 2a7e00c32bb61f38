import { useLiveQuery } from 'dexie-react-hooks';
import { readDashboard } from '../db/dashboard';
import { dashboardStats, formatHours, LAUNCHPAD_MS, type StatsExercise, type StatsStage } from '../lib/learner/stats';
import { localDay } from '../lib/learner/time';
import BackupReminder from './BackupReminder';
import StorageNotice from './StorageNotice';
import { useLearnerDb } from './hooks/useLearnerDb';

interface Props {
  /** The outline: every stage with its parts; href is null for parts not yet published. */
  stages: StatsStage[];
  /** Every graded exercise and the part it belongs to. */
  exercises: StatsExercise[];
}

/** A bar for sighted readers; the numbers beside it carry the meaning for everyone. */
function Bar({ value, max }: { value: number; max: number }) {
  const percent = max > 0 ? Math.min(100, (value / max) * 100) : 0;
  return (
    <span className="dashboard-bar" aria-hidden="true">
      <span className="dashboard-bar-fill" style={{ width: `${percent}%` }} />
    </span>
  );
}

/**
 * The home-page dashboard: where to continue, parts completed per stage,
 * exercises solved, practice hours against the 20-hour launchpad, and the
 * current streak of practice days. Updates live, also from other tabs.
 */
export default function ProgressDashboard({ stages, exercises }: Props) {
  const db = useLearnerDb();
  const data = useLiveQuery(() => (db ? readDashboard(db) : undefined), [db]);
  const stats = data ? dashboardStats(stages, exercises, data, localDay()) : undefined;

  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">Your progress</h2>
      <StorageNotice />
      {stats && (
        <>
          <BackupReminder />
          {stats.continueAt ? (
            <p className="dashboard-continue">
              <a className="button" href={stats.continueAt.href}>
                {stats.continueAt.reason === 'resume' ? 'Continue where you left off' : 'Start the next part'}: Part{' '}
                {stats.continueAt.part}, {stats.continueAt.title}
              </a>
            </p>
          ) : (
            <p className="dashboard-continue">
              You have completed every published part. New parts appear in the outline below.
            </p>
          )}
          <ul className="dashboard-figures">
            <li>
              <span className="dashboard-figure">
                {stats.partsCompleted} of {stats.partsPublished}
              </span>
              <span className="dashboard-label">published parts completed</span>
            </li>
            <li>
              <span className="dashboard-figure">
                {stats.exercisesSolved} of {stats.exercisesAvailable}
              </span>
              <span className="dashboard-label">exercises solved</span>
            </li>
            <li>
              <span className="dashboard-figure">
                {formatHours(stats.practiceMs)} of {LAUNCHPAD_MS / 3_600_000} hours
              </span>
              <span className="dashboard-label">of practice towards the 20-hour launchpad</span>
              <Bar value={stats.practiceMs} max={LAUNCHPAD_MS} />
            </li>
            <li>
              <span className="dashboard-figure">{stats.streakDays === 1 ? '1 day' : `${stats.streakDays} days`}</span>
              <span className="dashboard-label">
                {stats.streakDays === 0
                  ? 'practice streak: practise today to start one'
                  : stats.practisedToday
                    ? 'practice streak, including today'
                    : 'practice streak: practise today to keep it'}
              </span>
            </li>
          </ul>
          <h3 className="dashboard-stages-title">Parts completed by stage</h3>
          <ul className="dashboard-stages">
            {stats.stages.map((stage) => (
              <li key={stage.id}>
                <span className="dashboard-stage-name">{stage.title}</span>
                <span className="dashboard-stage-count">
                  {stage.completed} of {stage.total}
                  {stage.published < stage.total && ` (${stage.total - stage.published} not yet published)`}
                </span>
                <Bar value={stage.completed} max={stage.total} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
