/**
 * Runs one learner binary inside a disposable worker and streams its output
 * back. The engine terminates the worker at the deadline: on wasm a busy loop
 * never yields, so nothing inside the worker could stop it.
 */
import { loadWasmExec, runGo } from '../go/host.ts';
import { MemFs } from '../go/memfs.ts';
import { OutputCapture, type OutputChunk, type StreamFd } from '../results/output.ts';
import type { ProgramMessage, ProgramRequest } from './protocol.ts';

/**
 * Output reaches the engine in messages. A busy loop never lets this worker's
 * event loop run again, and the engine may terminate the worker at any moment,
 * so sparse output is posted at once; only a flood (more than a few dozen
 * writes within FLUSH_MS) is batched, to keep the message count down.
 */
const FLUSH_MS = 50;
const IMMEDIATE_POSTS_PER_WINDOW = 32;
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
  let windowStart = performance.now();
  let postedInWindow = 0;
  const flush = () => {
    if (pending.length > 0) post({ type: 'output', chunks: pending });
    pending = [];
    pendingChars = 0;
  };
  let truncationSent = false;
  const write = (fd: StreamFd, bytes: Uint8Array) => {
    const text = capture.write(fd, bytes);
    if (capture.truncated && !truncationSent) {
      // The cap is reached: send what is kept now, so a deadline that hits
      // later cannot lose it, and say that the rest is dropped.
      truncationSent = true;
      if (text !== '') pending.push({ fd, text });
      post({ type: 'output', chunks: pending, truncated: true });
      pending = [];
      pendingChars = 0;
      return;
    }
    if (text === '') return;
    const last = pending[pending.length - 1];
    if (last && last.fd === fd) last.text += text;
    else pending.push({ fd, text });
    pendingChars += text.length;
    const now = performance.now();
    if (now - windowStart >= FLUSH_MS) {
      windowStart = now;
      postedInWindow = 0;
    }
    if (postedInWindow < IMMEDIATE_POSTS_PER_WINDOW || pendingChars >= FLUSH_CHARS) {
      postedInWindow++;
      flush();
    }
  };
  // While the program waits (sleeps, blocks), batched output still goes out.
  const idleFlush = setInterval(flush, FLUSH_MS);
  try {
    loadWasmExec(req.wasmExec);
    const module = await WebAssembly.compile(req.wasm as BufferSource);
    const mem = new MemFs();
    for (const dir of ['/tmp', '/home/gopher', req.workDir]) mem.mkdirp(dir);
    for (const [path, text] of Object.entries(req.files)) mem.writeFile(path, text);
    const stdio = { stdin: new TextEncoder().encode(req.stdin), write };
    post({ type: 'started' });
    const code = await runGo({
      module,
      argv: req.argv,
      env: req.env,
      fs: mem,
      stdio,
      cwd: req.workDir,
      detectDeadlock: true,
      asyncCallbacks: req.asyncCallbacks,
    });
    pending.push(...capture.finish());
    flush();
    post({ type: 'exit', code, truncated: capture.truncated });
  } catch (err) {
    flush();
    post({ type: 'crash', error: describe(err), truncated: capture.truncated });
  } finally {
    clearInterval(idleFlush);
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
