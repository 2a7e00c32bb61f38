import { useLiveQuery } from 'dexie-react-hooks';
import type { LearnerDatabase } from '../db/schema';
import { useBackupExport } from './hooks/useBackupExport';

/** "Save a backup": one button that downloads every record as a JSON file, and when the last one was made. */
export default function ExportBackup({ db }: { db: LearnerDatabase }) {
  const { run, busy, outcome } = useBackupExport(db);
  const meta = useLiveQuery(async () => ({ record: await db.meta.get('meta') }), [db]);

  return (
    <section className="data-section" aria-labelledby="export-title">
      <h2 id="export-title">Save a backup</h2>
      <p>
        One file holds everything: progress, drafts, graded runs, self-assessments, plans, scorecards and reviews.
        Import it here, or in another browser, to get it all back.
      </p>
      {meta && (
        <p className="data-last-backup">
          {meta.record?.lastBackupAt
            ? `Last backup: ${new Date(meta.record.lastBackupAt).toLocaleString()}.`
            : 'You have not saved a backup from this browser yet.'}
        </p>
      )}
      <button type="button" className="button" onClick={() => void run()} disabled={busy}>
        {busy ? 'Exporting…' : 'Export a backup file'}
      </button>
      <div aria-live="polite">
        {outcome && <p className={`data-message tone-${outcome.tone}`}>{outcome.message}</p>}
      </div>
    </section>
  );
}
