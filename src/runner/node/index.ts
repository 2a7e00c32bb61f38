/**
 * The runner's engines for Node: the wasm engine (the same in-browser
 * toolchain, in worker_threads) and the native engine (the installed go).
 *
 *   import { createNodeEngine } from './src/runner/node/index.ts';
 *   const engine = createNodeEngine();
 *   const result = await engine.runProgram({ 'main.go': src });
 *   await engine.dispose();
 */
import { Worker } from 'node:worker_threads';
import type { EngineName, GoEngine, ProgressEvent } from '../types.ts';
import { createWorkerEngine, type WorkerHandle } from '../worker/engine.ts';
import { defaultAssetBase } from './assets.ts';
import { createNativeEngine, type NativeEngineOptions } from './native.ts';

export { createNativeEngine, goAvailable } from './native.ts';

export interface NodeEngineOptions {
  /** Where the toolchain lives: a file: or http(s): URL of public/go/. Default: this repository's public/go. */
  assetBase?: string;
  /** Limit for one compile+link. Default 60 s. */
  buildTimeoutMs?: number;
  onProgress?: (event: ProgressEvent) => void;
}

/** Adapts a worker_threads Worker to the engine's WorkerHandle. */
function spawn(script: string, workerData?: unknown): WorkerHandle {
  const worker = new Worker(new URL(script, import.meta.url), { workerData });
  let terminated = false;
  let failed = false;
  const failureListeners: ((err: Error) => void)[] = [];
  const fail = (err: Error) => {
    if (terminated || failed) return;
    failed = true;
    for (const l of failureListeners) l(err);
  };
  worker.on('error', (err) => fail(err instanceof Error ? err : new Error(String(err))));
  worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
  return {
    post: (message, transfer) => worker.postMessage(message, transfer ?? []),
    onMessage: (listener) => worker.on('message', listener),
    onFailure: (listener) => failureListeners.push(listener),
    terminate: () => {
      terminated = true;
      void worker.terminate();
    },
    keepAlive: (on) => (on ? worker.ref() : worker.unref()),
  };
}

/** The wasm engine in Node: the browser's toolchain, run in worker threads. */
export function createNodeEngine(options: NodeEngineOptions = {}): GoEngine {
  const assetBase = options.assetBase ?? defaultAssetBase;
  return createWorkerEngine({
    spawnToolchain: () => {
      const handle = spawn('./toolchain-worker.ts', { assetBase });
      handle.keepAlive?.(false);
      return handle;
    },
    spawnProgram: () => spawn('./program-worker.ts'),
    ...(options.buildTimeoutMs === undefined ? {} : { buildTimeoutMs: options.buildTimeoutMs }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
}

/** Returns an engine by name: "wasm" (default) or "native" (needs go on PATH). */
export function getEngine(name: EngineName = 'wasm', options: NodeEngineOptions & NativeEngineOptions = {}): GoEngine {
  return name === 'native' ? createNativeEngine(options) : createNodeEngine(options);
}
