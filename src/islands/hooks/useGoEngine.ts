import { useCallback, useEffect, useState } from 'react';
import type { GoEngine, GoFiles, ProgressEvent } from '../../runner/types';
import { TOOLCHAIN_CACHE_PREFIX } from '../../runner/browser/cache-names';

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

let warmed = false;

/**
 * Builds the first runnable code on the page while the learner reads, so
 * pressing Run on it only runs it (issue 12: a first Run under a second). Only
 * when the toolchain was downloaded on an earlier visit: a first visit never
 * starts a download of tens of MB that nobody asked for. Once per page, when
 * the browser is idle; the build runs in the toolchain worker.
 */
export function warmUp(files: GoFiles, mode: 'run' | 'test'): void {
  if (warmed || typeof caches === 'undefined') return;
  warmed = true;
  const idle = (fn: () => void) =>
    'requestIdleCallback' in window ? window.requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200);
  idle(() => {
    void caches
      .keys()
      .then((names) => names.some((n) => n.startsWith(TOOLCHAIN_CACHE_PREFIX)))
      .then((cached) => (cached ? loadEngine().then((engine) => engine.warm?.(files, mode)) : undefined))
      .catch(() => undefined);
  });
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
