import { useLiveQuery } from 'dexie-react-hooks';
import { countRecords } from '../db/backup';
import type { LearnerDatabase } from '../db/schema';
import { LEARNER_TABLES, TABLE_LABELS } from '../lib/learner/backup-diff';
import { useStorageStatus } from './hooks/useLearnerDb';

/** "What this browser holds": record counts per kind of data, kept current (also across tabs). */
export default function StoredDataSummary({ db }: { db: LearnerDatabase }) {
  const counts = useLiveQuery(() => countRecords(db), [db]);
  const status = useStorageStatus();
  return (
    <section className="data-section" aria-labelledby="stored-title">
      <h2 id="stored-title">What this browser holds</h2>
      <p>
        {status.mode === 'memory'
          ? 'Kept in memory only for this page: it is gone when you close or reload it.'
          : 'Stored in this browser’s local database (IndexedDB). Nothing is sent anywhere.'}
      </p>
      {counts && (
        <dl className="data-counts">
          {LEARNER_TABLES.map((table) => (
            <div key={table} data-table={table}>
              <dt>{TABLE_LABELS[table]}</dt>
              <dd>{counts[table]}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
