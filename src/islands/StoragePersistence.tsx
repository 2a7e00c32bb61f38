import { useState } from 'react';
import { requestPersistentStorage } from '../db/persistence';
import type { LearnerDatabase } from '../db/schema';
import { useStorageStatus } from './hooks/useLearnerDb';

const EXPLANATIONS = {
  granted: 'Granted: the browser will not delete your data to free space. It stays until you clear it yourself.',
  denied:
    'Not granted: when the disk runs low, the browser may delete this site’s data. Export backups regularly. Browsers grant this more readily to sites you use often or bookmark, so asking again later may work.',
  unknown: 'Not asked yet: the course asks the browser once you have recorded something.',
  unsupported: 'This browser cannot promise to keep the data, so export backups regularly.',
} as const;

/** Whether the browser promised to keep the learner's data (persistent storage), with a way to ask. */
export default function StoragePersistence({ db }: { db: LearnerDatabase }) {
  const status = useStorageStatus();
  const [asking, setAsking] = useState(false);

  const ask = async () => {
    setAsking(true);
    try {
      await requestPersistentStorage(db);
    } finally {
      setAsking(false);
    }
  };

  return (
    <section className="data-section" aria-labelledby="persistence-title">
      <h2 id="persistence-title">Keep your data in this browser</h2>
      {status.mode === 'memory' ? (
        <p>Saving is disabled in this browser session, so there is nothing for the browser to keep.</p>
      ) : (
        <>
          <p data-persistence={status.persisted} aria-live="polite">
            <strong>Persistent storage:</strong> {EXPLANATIONS[status.persisted]}
          </p>
          {(status.persisted === 'unknown' || status.persisted === 'denied') && (
            <button type="button" className="button-secondary" onClick={() => void ask()} disabled={asking}>
              {status.persisted === 'denied' ? 'Ask the browser again' : 'Ask the browser now'}
            </button>
          )}
        </>
      )}
    </section>
  );
}
