/** Entry of the browser toolchain worker: waits for its asset base, then serves build and format requests. */
import { serveToolchain } from '../worker/toolchain-serve.ts';
import type { ToolchainRequest } from '../worker/protocol.ts';
import { browserAssets } from './assets.ts';
import { scope } from './worker-scope.ts';

const init = (event: MessageEvent) => {
  const msg = event.data as { type: string; assetBase?: string };
  if (msg.type !== 'init' || msg.assetBase === undefined) return;
  scope.removeEventListener('message', init);
  const post = (m: unknown, transfer?: ArrayBuffer[]) => scope.postMessage(m, transfer ?? []);
  serveToolchain(
    browserAssets(msg.assetBase, (e) => post({ type: 'progress', event: e })),
    post,
    (listener) => scope.addEventListener('message', (e) => listener(e.data as ToolchainRequest)),
  );
};
scope.addEventListener('message', init);
