import { useCallback, useEffect, useRef, useState } from 'react';

/** Where a typed value stands: nothing to save, waiting for a pause in typing, being written, stored, or failed. */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Text the learner types, kept in local state (so typing never waits for
 * IndexedDB) and saved after a pause. Pending changes are also saved when the
 * component goes away and when the page is hidden, so leaving right after
 * typing loses nothing. The initial value is read once: remount (with a `key`)
 * to start from another stored value.
 */
export function useAutosave<T>(
  initial: T,
  save: (value: T) => Promise<unknown>,
  delayMs = 500,
): {
  value: T;
  change: (value: T, options?: { now?: boolean | undefined }) => void;
  status: SaveStatus;
  flush: () => void;
} {
  const [value, setValue] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const latest = useRef({ value: initial, dirty: false });
  const saveRef = useRef(save);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (!latest.current.dirty) return;
    const toSave = latest.current.value;
    latest.current.dirty = false;
    setStatus('saving');
    saveRef.current(toSave).then(
      () => {
        if (!latest.current.dirty) setStatus('saved');
      },
      () => {
        // Keep the text and mark it unsaved; the storage notice says why, and the next edit or "Try again" retries.
        latest.current.dirty = true;
        setStatus('error');
      },
    );
  }, []);

  // Typing waits for a pause; a deliberate action (a button) is saved at once (`now`).
  const change = useCallback(
    (next: T, options?: { now?: boolean | undefined }) => {
      latest.current = { value: next, dirty: true };
      setValue(next);
      setStatus('pending');
      clearTimeout(timer.current);
      if (options?.now) flush();
      else timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { value, change, status, flush };
}
