/**
 * Runs one learner binary inside a disposable worker and streams its output
 * back. The engine terminates the worker at the deadline: on wasm a busy loop
 * never yields, so nothing inside the worker could stop it.
 */
import { loadWasmExec, runGo } from '../go/host.ts';
import { MemFs } from '../go/memfs.ts';
import { OutputCapture, type OutputChunk, type StreamFd } from '../results/output.ts';
import type { ProgramMessage, ProgramRequest } from './protocol.ts';

/** Output is posted in batches: at most this much delay or this many characters per message. */
const FLUSH_MS = 50;
const FLUSH_CHARS = 64 * 1024;

/**
 * Globals a learner's program could reach through syscall/js (or that net/http
 * would use for real requests). The runner promises no network and no storage.
 */
const hiddenGlobals = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'indexedDB',
  'caches',
  'BroadcastChannel',
  'importScripts',
];

/** Removes network and storage APIs from this worker before learner code runs. */
export function hideHostApis(): void {
  const g = globalThis as Record<string, unknown>;
  for (const name of hiddenGlobals) {
    try {
      Reflect.deleteProperty(g, name);
      if (name in g) g[name] = undefined;
    } catch {
      // Non-configurable in this host: nothing to hide.
    }
  }
}

/** Runs the request's binary to completion, posting output batches and a final exit or crash message. */
export async function runProgram(req: ProgramRequest, post: (msg: ProgramMessage) => void): Promise<void> {
  const capture = new OutputCapture(req.outputCap);
  let pending: OutputChunk[] = [];
  let pendingChars = 0;
  let lastFlush = performance.now();
  const flush = () => {
    if (pending.length > 0) post({ type: 'output', chunks: pending });
    pending = [];
    pendingChars = 0;
    lastFlush = performance.now();
  };
  const write = (fd: StreamFd, bytes: Uint8Array) => {
    const text = capture.write(fd, bytes);
    if (text === '') return;
    const last = pending[pending.length - 1];
    if (last && last.fd === fd) last.text += text;
    else pending.push({ fd, text });
    pendingChars += text.length;
    // Checked on every write because a busy program never lets a timer run.
    if (pendingChars >= FLUSH_CHARS || performance.now() - lastFlush >= FLUSH_MS) flush();
  };
  try {
    loadWasmExec(req.wasmExec);
    const module = await WebAssembly.compile(req.wasm as BufferSource);
    const mem = new MemFs();
    for (const dir of ['/tmp', '/home/gopher', req.workDir]) mem.mkdirp(dir);
    for (const [path, text] of Object.entries(req.files)) mem.writeFile(path, text);
    const stdio = { stdin: new TextEncoder().encode(req.stdin), write };
    const code = await runGo({
      module,
      argv: req.argv,
      env: req.env,
      fs: mem,
      stdio,
      cwd: req.workDir,
      detectDeadlock: true,
    });
    pending.push(...capture.finish());
    flush();
    post({ type: 'exit', code, truncated: capture.truncated });
  } catch (err) {
    flush();
    post({ type: 'crash', error: describe(err), truncated: capture.truncated });
  }
}

/** Turns a wasm trap or JS error into a line a learner can act on. */
function describe(err: unknown): string {
  if (err instanceof RangeError && /memory/i.test(err.message)) {
    return `the program ran out of memory (${err.message})`;
  }
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    // Native Go prints "fatal error: stack overflow" at 1 GB; in wasm the engine's own stack runs out first.
    return 'fatal error: stack overflow (the call stack ran out: is there a recursion without an end?)';
  }
  if (err instanceof Error) return `the program crashed: ${err.name}: ${err.message}`;
  return `the program crashed: ${String(err)}`;
}
