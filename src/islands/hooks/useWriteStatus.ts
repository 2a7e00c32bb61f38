import { useCallback, useRef, useState } from 'react';
import type { SaveStatus } from './useAutosave';

/**
 * Whether the writes a control started (a checkbox, a radio) are stored yet,
 * so the learner can see "Saved" before closing the page. `track` wraps each
 * write's promise; the status is "saving" while any is running, then "saved",
 * or "error" if the last one failed (the storage notice says why).
 */
export function useWriteStatus(): { status: SaveStatus; track: <T>(write: Promise<T>) => Promise<T> } {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const running = useRef(0);
  const track = useCallback(<T>(write: Promise<T>) => {
    running.current += 1;
    setStatus('saving');
    return write.then(
      (value) => {
        running.current -= 1;
        if (running.current === 0) setStatus('saved');
        return value;
      },
      (error: unknown) => {
        running.current -= 1;
        setStatus('error');
        throw error;
      },
    );
  }, []);
  return { status, track };
}
