import { useEffect, useState, useSyncExternalStore } from 'react';
import { openLearnerDb } from '../../db/connection';
import type { LearnerDatabase } from '../../db/schema';
import { getStorageStatus, subscribeStorageStatus, type StorageStatus } from '../../db/status';

/** The learner database once it is open (undefined before), for useLiveQuery and the db write functions. */
export function useLearnerDb(): LearnerDatabase | undefined {
  const [db, setDb] = useState<LearnerDatabase>();
  useEffect(() => {
    let live = true;
    void openLearnerDb().then((opened) => {
      if (live) setDb(opened);
    });
    return () => {
      live = false;
    };
  }, []);
  return db;
}

/** The storage status (saving disabled, another tab upgraded, storage full), kept current. */
export function useStorageStatus(): StorageStatus {
  return useSyncExternalStore(subscribeStorageStatus, getStorageStatus, getStorageStatus);
}
