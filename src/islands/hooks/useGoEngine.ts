import { useCallback, useEffect, useState } from 'react';
import type { GoEngine, ProgressEvent } from '../../runner/types';

// One engine per page, shared by every playground and exercise on it: the
// toolchain (tens of MB) is downloaded and compiled once. It is created on the
// first Run, never at import time.
let enginePromise: Promise<GoEngine> | undefined;
const progressListeners = new Set<(event: ProgressEvent) => void>();

function loadEngine(): Promise<GoEngine> {
  enginePromise ??= import('../../runner/browser/index.ts').then(({ createBrowserEngine }) =>
    createBrowserEngine({
      assetBase: '/go/',
      onProgress: (event) => {
        for (const listener of progressListeners) listener(event);
      },
    }),
  );
  // A failed load (offline on the first visit) can be retried by the next Run.
  enginePromise.catch(() => {
    enginePromise = undefined;
  });
  return enginePromise;
}

/** The page's Go engine, loaded on demand, and the toolchain download progress. */
export function useGoEngine(): { getEngine: () => Promise<GoEngine>; progress: ProgressEvent | null } {
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  useEffect(() => {
    const listener = (event: ProgressEvent) => setProgress(event.loaded >= event.total ? null : event);
    progressListeners.add(listener);
    return () => {
      progressListeners.delete(listener);
    };
  }, []);
  const getEngine = useCallback(() => loadEngine(), []);
  return { getEngine, progress };
}
