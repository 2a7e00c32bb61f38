import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { addReadingTime, progressId, recordLessonOpened, setLessonComplete } from '../db/progress';
import { drainReadingOutbox, stashReadingTime } from '../db/reading-outbox';
import { formatDuration } from '../lib/learner/stats';
import StorageNotice from './StorageNotice';
import { useLearnerDb } from './hooks/useLearnerDb';
import { useReadingTracker, type FlushReason } from './hooks/useReadingTracker';

interface Props {
  part: number;
}

/**
 * The learner's progress on this lesson: whether it is complete, how long
 * they have actively read it, and a toggle to mark it complete. Records that
 * the lesson was opened, and active reading time while the learner reads.
 */
export default function LessonProgress({ part }: Props) {
  const db = useLearnerDb();
  const [saving, setSaving] = useState(false);
  // Wrapped in an object: undefined means "still loading", { record: undefined } means "never opened".
  const loaded = useLiveQuery(
    async () => (db ? { record: await db.progress.get(progressId(part)) } : undefined),
    [db, part],
  );

  useEffect(() => {
    if (!db) return;
    // The storage notice explains a failed write; the page keeps working.
    void recordLessonOpened(db, part).catch(() => undefined);
  }, [db, part]);

  const onFlush = useCallback(
    (ms: number, reason: FlushReason) => {
      if (!db) return;
      if (reason === 'periodic') {
        void addReadingTime(db, part, ms).catch(() => undefined);
        return;
      }
      // The page may be going away: park the time synchronously first.
      if (!stashReadingTime(part, ms)) {
        void addReadingTime(db, part, ms).catch(() => undefined);
        return;
      }
      // Hidden but still alive (another tab in front): move it into the database now.
      if (reason === 'hidden') void drainReadingOutbox(db).catch(() => undefined);
    },
    [db, part],
  );
  useReadingTracker(!!db, onFlush);

  const record = loaded?.record;
  const complete = record?.status === 'completed';

  const toggle = async () => {
    if (!db) return;
    setSaving(true);
    try {
      await setLessonComplete(db, part, !complete);
    } catch {
      // Shown by the storage notice.
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="lesson-progress" aria-label="Your progress on this part">
      <StorageNotice />
      {loaded && (
        <div className="lesson-progress-row">
          <p className="lesson-progress-status">
            <span role="status" className={complete ? 'progress-badge progress-badge-done' : 'progress-badge'}>
              {complete && record.completedAt
                ? `Completed on ${new Date(record.completedAt).toLocaleDateString()}`
                : record
                  ? 'In progress'
                  : 'Not started'}
            </span>{' '}
            <span className="lesson-progress-time">Time read: {formatDuration(record?.activeMs ?? 0)}</span>
          </p>
          <button type="button" className="button-secondary" onClick={() => void toggle()} disabled={saving}>
            {complete ? 'Mark as not complete' : 'Mark complete'}
          </button>
        </div>
      )}
    </section>
  );
}
