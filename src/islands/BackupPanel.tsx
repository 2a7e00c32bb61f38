import BackupReminder from './BackupReminder';
import ClearAllData from './ClearAllData';
import ExportBackup from './ExportBackup';
import ImportBackup from './ImportBackup';
import StorageNotice from './StorageNotice';
import StoragePersistence from './StoragePersistence';
import StoredDataSummary from './StoredDataSummary';
import { useLearnerDb } from './hooks/useLearnerDb';

/** The "Your data" page: what is stored, export, import, whether the browser keeps it, and clearing it. */
export default function BackupPanel() {
  const db = useLearnerDb();
  return (
    <div className="backup-panel">
      <StorageNotice />
      {db ? (
        <>
          <BackupReminder linkToDataPage={false} />
          <StoredDataSummary db={db} />
          <ExportBackup db={db} />
          <ImportBackup db={db} />
          <StoragePersistence db={db} />
          <ClearAllData db={db} />
        </>
      ) : (
        <p className="data-opening">Opening your local data…</p>
      )}
    </div>
  );
}
