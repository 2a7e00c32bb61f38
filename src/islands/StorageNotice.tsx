import { useStorageStatus } from './hooks/useLearnerDb';

/** Says so when the learner's work cannot be saved, and what to do about it. */
export default function StorageNotice() {
  const status = useStorageStatus();
  if (status.versionChanged) {
    return (
      <div className="storage-notice" role="alert">
        The course was updated in another tab.{' '}
        <button type="button" onClick={() => location.reload()}>
          Reload this page
        </button>{' '}
        to keep saving your work.
      </div>
    );
  }
  if (status.mode === 'memory') {
    return (
      <div className="storage-notice" role="alert">
        Saving is disabled: {status.reason} You can keep working, but nothing will be kept after you close this page.
      </div>
    );
  }
  if (status.writeError) {
    return (
      <div className="storage-notice" role="alert">
        {status.writeError}
      </div>
    );
  }
  return null;
}
