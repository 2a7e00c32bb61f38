/** The toolchain worker's message loop, shared by the Node and browser entries. */
import type { ToolchainAssets } from './assets.ts';
import type { ToolchainMessage, ToolchainRequest } from './protocol.ts';
import { ToolchainService } from './toolchain-service.ts';

/** Handles requests one at a time: the Go programs share this worker's globals. */
export function serveToolchain(
  assets: ToolchainAssets,
  post: (msg: ToolchainMessage, transfer?: ArrayBuffer[]) => void,
  listen: (listener: (req: ToolchainRequest) => void) => void,
): void {
  const service = new ToolchainService(assets);
  let queue: Promise<void> = Promise.resolve();
  const handle = async (req: ToolchainRequest) => {
    try {
      if (req.type === 'build') {
        const reply = await service.build(req.mode, req.files);
        post({ type: 'build', id: req.id, reply }, reply.ok ? [reply.wasm.buffer as ArrayBuffer] : []);
      } else {
        post({ type: 'format', id: req.id, reply: await service.format(req.source, req.filename) });
      }
    } catch (err) {
      post({ type: 'failed', id: req.id, error: err instanceof Error ? err.message : String(err) });
    }
  };
  listen((req) => {
    queue = queue.then(() => handle(req));
  });
}
