import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { exportBackup, importBackup } from '../db/backup';
import type { LearnerDatabase } from '../db/schema';
import { diffBackup, diffIsEmpty, type ImportMode } from '../lib/learner/backup-diff';
import { MAX_BACKUP_BYTES, parseBackupText, type BackupData, type BackupDocument } from '../lib/learner/backup-format';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; fileName: string; doc: BackupDocument; current: BackupData }
  | { kind: 'importing'; fileName: string; doc: BackupDocument; current: BackupData }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

const MODES: { id: ImportMode; label: string; hint: string }[] = [
  {
    id: 'merge',
    label: 'Add and update',
    hint: 'Records in the file are added or replace the ones with the same id; everything else here stays.',
  },
  {
    id: 'replace',
    label: 'Replace everything',
    hint: 'This browser ends up with exactly what the file holds; records that are not in the file are deleted.',
  },
];

/**
 * "Restore from a backup": pick a file, see what it would add, replace or
 * delete, then confirm. The file is validated completely first; nothing in
 * the database changes until Confirm, and then all of it or none of it.
 */
export default function ImportBackup({ db }: { db: LearnerDatabase }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const input = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const result = useRef<HTMLParagraphElement>(null);
  const inputId = useId();
  const captionId = useId();

  // Move focus to what just appeared, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (step.kind === 'preview') previewHeading.current?.focus();
    if (step.kind === 'done' || step.kind === 'failed') result.current?.focus();
  }, [step.kind]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clear the input so choosing the same file again (after fixing it) is noticed.
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      setStep({
        kind: 'failed',
        message: `${file.name} is ${Math.round(file.size / 1024 / 1024)} MB, far larger than any backup (the limit is ${MAX_BACKUP_BYTES / 1024 / 1024} MB). Choose the .json file that Export saved. Nothing was changed.`,
      });
      return;
    }
    setStep({ kind: 'reading', fileName: file.name });
    try {
      const parsed = parseBackupText(await file.text());
      if (!parsed.ok) {
        setStep({ kind: 'failed', message: `${file.name} cannot be imported. ${parsed.error}` });
        return;
      }
      const current = await exportBackup(db);
      setStep({ kind: 'preview', fileName: file.name, doc: parsed.doc, current: current.data });
    } catch (error) {
      setStep({
        kind: 'failed',
        message: `${file.name} could not be read (${error instanceof Error ? error.message : String(error)}). Try choosing it again. Nothing was changed.`,
      });
    }
  };

  const confirm = async () => {
    if (step.kind !== 'preview') return;
    setStep({ ...step, kind: 'importing' });
    try {
      const summary = await importBackup(db, step.doc, mode);
      setStep({
        kind: 'done',
        message: `Imported ${step.fileName}: ${summary.written} records written${
          summary.deleted > 0 ? `, ${summary.deleted} records that were here before deleted` : ''
        }.`,
      });
    } catch (error) {
      setStep({
        kind: 'failed',
        message: `The import did not happen, and nothing was changed. ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const reset = () => {
    setStep({ kind: 'idle' });
    input.current?.focus();
  };

  const previewing = step.kind === 'preview' || step.kind === 'importing' ? step : null;
  const diff = previewing ? diffBackup(previewing.current, previewing.doc.data, mode) : [];
  const rows = diff.filter((d) => d.added + d.replaced + d.unchanged + d.removed > 0);
  const nothingToDo = previewing !== null && diffIsEmpty(diff);

  return (
    <section className="data-section" aria-labelledby="import-title">
      <h2 id="import-title">Restore from a backup</h2>
      <p>Choose a file saved by Export. You will see what it changes before anything is written, and you can cancel.</p>
      <p>
        <label htmlFor={inputId} className="data-file-label">
          Choose a backup file (.json)
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void choose(e)}
          disabled={step.kind === 'reading' || step.kind === 'importing'}
        />
      </p>
      {step.kind === 'reading' && <p aria-live="polite">Checking {step.fileName}…</p>}
      {previewing && (
        <div className="import-preview">
          <h3 ref={previewHeading} tabIndex={-1}>
            What importing {previewing.fileName} will do
          </h3>
          <p>The backup was saved on {new Date(previewing.doc.exportedAt).toLocaleString()}.</p>
          <fieldset className="import-modes">
            <legend>How to apply it</legend>
            {MODES.map((m) => (
              <label key={m.id} className="import-mode">
                <input
                  type="radio"
                  name="import-mode"
                  value={m.id}
                  checked={mode === m.id}
                  onChange={() => setMode(m.id)}
                  disabled={step.kind === 'importing'}
                />{' '}
                <strong>{m.label}</strong>: {m.hint}
              </label>
            ))}
          </fieldset>
          {rows.length > 0 ? (
            // Focusable so keyboard users can scroll it when it is wider than the screen.
            <div className="import-diff-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
              <table className="import-diff">
                <caption id={captionId}>Records per kind of data</caption>
                <thead>
                  <tr>
                    <th scope="col">Data</th>
                    <th scope="col">Added</th>
                    <th scope="col">Replaced</th>
                    <th scope="col">Unchanged</th>
                    {mode === 'replace' && <th scope="col">Deleted</th>}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((d) => (
                    <tr key={d.table}>
                      <th scope="row">{d.label}</th>
                      <td>{d.added}</td>
                      <td>{d.replaced}</td>
                      <td>{d.unchanged}</td>
                      {mode === 'replace' && <td>{d.removed}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>The file holds no records, and there is nothing here to delete.</p>
          )}
          {nothingToDo && <p>Everything in this file is already here, so importing it changes nothing.</p>}
          <div className="import-actions">
            <button
              type="button"
              className="button"
              onClick={() => void confirm()}
              disabled={step.kind === 'importing' || nothingToDo}
            >
              {step.kind === 'importing' ? 'Importing…' : 'Confirm import'}
            </button>
            <button type="button" className="button-secondary" onClick={reset} disabled={step.kind === 'importing'}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {(step.kind === 'done' || step.kind === 'failed') && (
        <p
          ref={result}
          tabIndex={-1}
          className={`data-message ${step.kind === 'done' ? 'tone-success' : 'tone-failure'}`}
          role={step.kind === 'failed' ? 'alert' : 'status'}
        >
          {step.message}
        </p>
      )}
    </section>
  );
}
