import { useState } from 'react';
import { exportBackup, markBackedUp } from '../../db/backup';
import type { LearnerDatabase } from '../../db/schema';
import { backupFileName, MAX_BACKUP_BYTES, parseBackupText } from '../../lib/learner/backup-format';
import { localDay } from '../../lib/learner/time';
import { downloadText } from '../download';

export interface ExportOutcome {
  tone: 'success' | 'warning' | 'failure';
  message: string;
}

const kb = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${Math.ceil(bytes / 1024).toLocaleString()} kB`);

/**
 * Exports everything as go-mastery-backup-YYYY-MM-DD.json and notes the
 * backup time. The file is read back with the import validator first, so a
 * learner is told at once if this file could not be restored.
 */
export function useBackupExport(db: LearnerDatabase | undefined) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);

  const run = async () => {
    if (!db || busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const doc = await exportBackup(db);
      const text = JSON.stringify(doc);
      const fileName = backupFileName(localDay(new Date(doc.exportedAt)));
      downloadText(fileName, text, 'application/json');
      const bytes = new Blob([text]).size;
      const check = bytes > MAX_BACKUP_BYTES ? null : parseBackupText(text);
      try {
        await markBackedUp(db, doc.exportedAt);
      } catch {
        // The file is saved; the storage notice explains why the reminder may stay.
      }
      if (!check || !check.ok) {
        setOutcome({
          tone: 'warning',
          message: `Saved ${fileName} (${kb(bytes)}), but this course could not import it back: ${
            check ? check.problem : 'it is larger than imports accept.'
          } Keep the file (your data is in it) and report the problem.`,
        });
      } else {
        setOutcome({
          tone: 'success',
          message: `Saved ${fileName} (${kb(bytes)}). Keep it somewhere safe, such as a cloud drive or a USB stick.`,
        });
      }
    } catch (error) {
      setOutcome({
        tone: 'failure',
        message: `The backup could not be made: ${error instanceof Error ? error.message : String(error)}. Reload the page and try again.`,
      });
    } finally {
      setBusy(false);
    }
  };

  return { run, busy, outcome };
}
