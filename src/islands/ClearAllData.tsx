import { useEffect, useRef, useState } from 'react';
import { clearAllData } from '../db/backup';
import type { LearnerDatabase } from '../db/schema';
import { useBackupExport } from './hooks/useBackupExport';

type Step = 'idle' | 'confirming' | 'clearing' | 'done' | 'failed';

/** "Clear all data": deletes everything this browser holds for the course, after asking and suggesting a backup. */
export default function ClearAllData({ db }: { db: LearnerDatabase }) {
  const [step, setStep] = useState<Step>('idle');
  const [error, setError] = useState('');
  const backup = useBackupExport(db);
  const warning = useRef<HTMLParagraphElement>(null);
  const start = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (step === 'confirming') warning.current?.focus();
  }, [step]);

  const clear = async () => {
    setStep('clearing');
    try {
      await clearAllData(db);
      setStep('done');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStep('failed');
    }
  };

  const cancel = () => {
    setStep('idle');
    start.current?.focus();
  };

  return (
    <section className="data-section data-danger" aria-labelledby="clear-title">
      <h2 id="clear-title">Clear all data</h2>
      {step === 'confirming' || step === 'clearing' ? (
        <div className="clear-confirm">
          <p ref={warning} tabIndex={-1}>
            <strong>Delete everything?</strong> This removes your progress, drafts, graded runs, self-assessments,
            plans, scorecards and reviews from this browser. It cannot be undone. Export a backup first if you might
            want them back.
          </p>
          <div className="import-actions">
            <button type="button" className="button-secondary" onClick={() => void backup.run()} disabled={backup.busy}>
              {backup.busy ? 'Exporting…' : 'Export a backup first'}
            </button>
            <button type="button" className="button-danger" onClick={() => void clear()} disabled={step === 'clearing'}>
              {step === 'clearing' ? 'Deleting…' : 'Delete everything'}
            </button>
            <button type="button" className="button-secondary" onClick={cancel} disabled={step === 'clearing'}>
              Cancel
            </button>
          </div>
          <div aria-live="polite">
            {backup.outcome && <p className={`data-message tone-${backup.outcome.tone}`}>{backup.outcome.message}</p>}
          </div>
        </div>
      ) : (
        <>
          <p>Removes everything the course stored in this browser. You will be asked to confirm.</p>
          <button ref={start} type="button" className="button-secondary" onClick={() => setStep('confirming')}>
            Clear all data…
          </button>
        </>
      )}
      <div aria-live="polite">
        {step === 'done' && (
          <p className="data-message tone-success">All your course data was deleted from this browser.</p>
        )}
      </div>
      {step === 'failed' && (
        <p className="data-message tone-failure" role="alert">
          Nothing was deleted: {error}
        </p>
      )}
    </section>
  );
}
