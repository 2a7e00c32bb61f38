import { useLiveQuery } from 'dexie-react-hooks';
import { backupReminder } from '../lib/learner/backup-diff';
import { useLearnerDb } from './hooks/useLearnerDb';

interface Props {
  /** Link to the data page; false on the data page itself, where the export button is right there. */
  linkToDataPage?: boolean;
}

/**
 * A small nudge to save a backup file: shown when there is progress that is
 * in no backup and the last backup is missing or older than 14 days.
 */
export default function BackupReminder({ linkToDataPage = true }: Props) {
  const db = useLearnerDb();
  const meta = useLiveQuery(async () => (db ? { record: await db.meta.get('meta') } : undefined), [db]);
  if (!meta) return null;
  const reminder = backupReminder(meta.record, new Date());
  if (!reminder) return null;
  return (
    <aside className="backup-reminder" aria-label="Backup reminder">
      <p>
        {reminder.kind === 'never'
          ? 'Your progress lives only in this browser, and you have not saved a backup of it yet.'
          : `Your last backup is ${reminder.days} days old, and you have made progress since.`}{' '}
        {linkToDataPage ? <a href="/data/">Export a backup file</a> : 'Export a backup file below'} so clearing the
        browser or changing computers does not lose it.
      </p>
    </aside>
  );
}
