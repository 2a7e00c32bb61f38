/**
 * The runner in the browser: the Go toolchain as WebAssembly in Web Workers.
 * Nothing loads until the first run; the download is reported through
 * onProgress and cached for later visits.
 *
 *   import { createBrowserEngine } from '../runner/browser/index.ts';
 *   const engine = createBrowserEngine({ onProgress: (e) => ... });
 *   const result = await engine.runTests(files);
 */
import type { GoEngine, ProgressEvent } from '../types.ts';
import { createWorkerEngine, type WorkerHandle } from '../worker/engine.ts';

export type { GoEngine, GoFiles, ProgressEvent, RunResult, TestResult, Diagnostic, RunStatus } from '../types.ts';

export interface BrowserEngineOptions {
  /** URL of the toolchain folder (public/go). Default "/go/". */
  assetBase?: string;
  /** Download progress of toolchain files, per file. */
  onProgress?: (event: ProgressEvent) => void;
  /** Limit for one compile+link without download progress. Default 60 s. */
  buildTimeoutMs?: number;
}

function adapt(worker: Worker): WorkerHandle {
  let failed = false;
  const listeners: ((err: Error) => void)[] = [];
  const fail = (err: Error) => {
    if (failed) return;
    failed = true;
    for (const l of listeners) l(err);
  };
  worker.addEventListener('error', (e) => fail(new Error(e.message || 'worker error')));
  worker.addEventListener('messageerror', () => fail(new Error('a message could not be read')));
  return {
    post: (message, transfer) => worker.postMessage(message, transfer ?? []),
    onMessage: (listener) => worker.addEventListener('message', (e) => listener(e.data)),
    onFailure: (listener) => listeners.push(listener),
    terminate: () => worker.terminate(),
  };
}

/** The wasm engine on Web Workers. */
export function createBrowserEngine(options: BrowserEngineOptions = {}): GoEngine {
  const assetBase = new URL(options.assetBase ?? '/go/', location.href).href;
  return createWorkerEngine({
    spawnToolchain: () => {
      const worker = new Worker(new URL('./toolchain-worker.ts', import.meta.url), { type: 'module' });
      worker.postMessage({ type: 'init', assetBase });
      return adapt(worker);
    },
    spawnProgram: () => adapt(new Worker(new URL('./program-worker.ts', import.meta.url), { type: 'module' })),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(options.buildTimeoutMs === undefined ? {} : { buildTimeoutMs: options.buildTimeoutMs }),
  });
}
