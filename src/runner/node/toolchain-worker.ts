/** Entry of the Node toolchain worker (worker_threads): serves build and format requests in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { nodeAssets } from './assets.ts';
import { serveToolchain } from '../worker/toolchain-serve.ts';

const port = parentPort;
if (!port) throw new Error('toolchain-worker.ts must run in a worker thread');
const { assetBase } = workerData as { assetBase?: string };
serveToolchain(
  nodeAssets(assetBase),
  (msg, transfer) => port.postMessage(msg, transfer ?? []),
  (listener) => port.on('message', listener),
);
