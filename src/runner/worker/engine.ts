/**
 * The wasm engine's main-thread side, shared by Node (worker_threads) and the
 * browser (Web Workers): a long-lived toolchain worker that builds, and a
 * fresh program worker per run that is terminated at the deadline.
 */
import type { GoEngine, GoFiles, ProgressEvent, RunProgramOptions, RunResult, RunTestsOptions } from '../types.ts';
import type { BuildMode } from '../build/plan.ts';
import { OUTPUT_CAP_BYTES, type OutputChunk } from '../results/output.ts';
import { noTestFilesResult } from '../results/no-tests.ts';
import { stoppedError } from '../stopped.ts';
import { buildFailure, engineFailure, finishRun } from '../results/result.ts';
import type {
  BuildReply,
  FormatReply,
  ProgramMessage,
  ProgramRequest,
  ToolchainMessage,
  ToolchainRequest,
} from './protocol.ts';

/** The little a worker must offer; Node's Worker and the browser's Worker are adapted to it. */
export interface WorkerHandle {
  post(message: unknown, transfer?: ArrayBuffer[]): void;
  /** Called with each message from the worker. */
  onMessage(listener: (message: unknown) => void): void;
  /** Called once if the worker dies (uncaught error, crash, unexpected exit). */
  onFailure(listener: (error: Error) => void): void;
  terminate(): void;
  /** Node only: whether the worker should keep the process alive (true while a request is pending). */
  keepAlive?(on: boolean): void;
}

export interface WorkerEngineOptions {
  spawnToolchain(): WorkerHandle;
  spawnProgram(): WorkerHandle;
  /** Download progress of toolchain files (browser). */
  onProgress?: (event: ProgressEvent) => void;
  /**
   * Limit for one build (compile + link) with no download progress. A download
   * in progress keeps extending it. Default 60 s.
   */
  buildTimeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

type DistributiveOmitId<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = { resolve: (msg: ToolchainMessage) => void; reject: (err: Error) => void };

/** Owns the toolchain worker: restarts it after a crash or a stuck build. */
class ToolchainClient {
  private worker: WorkerHandle | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly opts: WorkerEngineOptions;
  private tail: Promise<void> = Promise.resolve();

  constructor(opts: WorkerEngineOptions) {
    this.opts = opts;
  }

  private ensure(): WorkerHandle {
    if (this.worker) return this.worker;
    const worker = this.opts.spawnToolchain();
    worker.onMessage((raw) => {
      const msg = raw as ToolchainMessage;
      if (msg.type === 'progress') {
        this.opts.onProgress?.(msg.event);
        for (const p of this.pending.values()) p.resolve(msg);
        return;
      }
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (this.pending.size === 0) worker.keepAlive?.(false);
      p.resolve(msg);
    });
    worker.onFailure((err) => this.reset(new Error(`the Go toolchain worker stopped: ${err.message}`)));
    this.worker = worker;
    return worker;
  }

  /** Terminates the worker and fails everything waiting on it; the next request starts a new one. */
  reset(err: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    worker?.terminate();
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  /**
   * Sends one request and waits for its reply. Requests go one at a time (the
   * worker runs one Go program at a time anyway), so the limit only ever
   * counts the request being worked on, never time spent queued behind others.
   */
  request(req: DistributiveOmitId<ToolchainRequest>): Promise<ToolchainMessage> {
    const result = this.tail.then(() => this.send(req));
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Posts one request, failing it (and restarting the worker) after the limit without progress. */
  private send(req: DistributiveOmitId<ToolchainRequest>): Promise<ToolchainMessage> {
    const worker = this.ensure();
    const id = this.nextId++;
    worker.keepAlive?.(true);
    const limit = this.opts.buildTimeoutMs ?? 60_000;
    return new Promise<ToolchainMessage>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout>;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          this.reset(new Error(`the Go toolchain took longer than ${Math.round(limit / 1000)} s and was restarted`));
        }, limit);
      };
      arm();
      this.pending.set(id, {
        resolve: (msg) => {
          if (msg.type === 'progress') return arm();
          clearTimeout(timer);
          resolve(msg);
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      });
      worker.post({ ...req, id });
    });
  }
}

/**
 * Keeps one program worker starting up ahead of need: it boots while the
 * toolchain compiles and links, so the run does not wait for a new worker.
 * Each worker still runs exactly one binary and is terminated after it.
 */
class ProgramWorkers {
  private spare: { handle: WorkerHandle; failed: boolean } | undefined;
  private readonly spawn: () => WorkerHandle;

  constructor(spawn: () => WorkerHandle) {
    this.spawn = spawn;
  }

  /** Starts a worker now unless one is already waiting. */
  warm(): void {
    if (this.spare) return;
    const handle = this.spawn();
    // An idle spare must not keep a Node process alive.
    handle.keepAlive?.(false);
    const spare = { handle, failed: false };
    handle.onFailure(() => {
      spare.failed = true;
    });
    this.spare = spare;
  }

  /** The waiting worker if it is still healthy, otherwise a new one. */
  take(): WorkerHandle {
    const spare = this.spare;
    this.spare = undefined;
    if (spare && !spare.failed) {
      spare.handle.keepAlive?.(true);
      return spare.handle;
    }
    spare?.handle.terminate();
    return this.spawn();
  }

  dispose(): void {
    this.spare?.handle.terminate();
    this.spare = undefined;
  }
}

/** A program worker that has not started the binary after this long is given up on. */
const STARTUP_LIMIT_MS = 30_000;

interface BinaryRun {
  chunks: OutputChunk[];
  exitCode: number | null;
  timedOut: boolean;
  truncated: boolean;
  error?: string;
  /** Stopped through the caller's AbortSignal. */
  aborted?: boolean;
}

/** Settles with p, or rejects with stoppedError() as soon as signal aborts. */
function untilAborted<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(stoppedError());
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(stoppedError());
    signal.addEventListener('abort', stop, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/**
 * Runs one binary in a fresh program worker, stopping it at the deadline. The
 * deadline counts from the moment the binary starts, not from the worker's
 * start-up (loading and compiling the wasm), which a busy machine can stretch.
 */
function runBinary(
  spawn: () => WorkerHandle,
  req: ProgramRequest,
  timeoutMs: number,
  live: Set<WorkerHandle>,
  signal?: AbortSignal,
): Promise<BinaryRun> {
  return new Promise((resolve) => {
    const worker = spawn();
    live.add(worker);
    const chunks: OutputChunk[] = [];
    let truncated = false;
    let done = false;
    const finish = (r: Omit<BinaryRun, 'chunks'>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      live.delete(worker);
      worker.terminate();
      resolve({ chunks, ...r, truncated: r.truncated || truncated });
    };
    // Stop terminates the program's worker at once: a busy loop cannot be interrupted any other way.
    const stop = () => finish({ exitCode: null, timedOut: false, truncated: false, aborted: true });
    signal?.addEventListener('abort', stop, { once: true });
    let timer = setTimeout(
      () =>
        finish({
          exitCode: null,
          timedOut: false,
          truncated: false,
          error: `the program did not start within ${STARTUP_LIMIT_MS / 1000} s`,
        }),
      STARTUP_LIMIT_MS,
    );
    worker.onMessage((raw) => {
      const msg = raw as ProgramMessage;
      if (msg.type === 'started') {
        clearTimeout(timer);
        timer = setTimeout(() => finish({ exitCode: null, timedOut: true, truncated: false }), timeoutMs);
      } else if (msg.type === 'output') {
        chunks.push(...msg.chunks);
        truncated ||= msg.truncated === true;
      } else if (msg.type === 'exit') finish({ exitCode: msg.code, timedOut: false, truncated: msg.truncated });
      else finish({ exitCode: null, timedOut: false, truncated: msg.truncated, error: msg.error });
    });
    worker.onFailure((err) =>
      finish({
        exitCode: null,
        timedOut: false,
        truncated: false,
        error: `the program's worker stopped: ${err.message}`,
      }),
    );
    worker.post(req, [req.wasm.buffer as ArrayBuffer]);
  });
}

/** Creates a GoEngine over the given worker factories. */
export function createWorkerEngine(opts: WorkerEngineOptions): GoEngine {
  const toolchain = new ToolchainClient(opts);
  const programs = new ProgramWorkers(opts.spawnProgram);
  const live = new Set<WorkerHandle>();

  const build = async (mode: BuildMode, files: GoFiles): Promise<BuildReply | { ok: 'engine'; error: string }> => {
    try {
      const msg = await toolchain.request({ type: 'build', mode, files });
      if (msg.type === 'build') return msg.reply;
      return { ok: 'engine', error: msg.type === 'failed' ? msg.error : 'unexpected reply from the toolchain worker' };
    } catch (err) {
      return { ok: 'engine', error: err instanceof Error ? err.message : String(err) };
    }
  };

  const warm = async (files: GoFiles, mode: BuildMode): Promise<void> => {
    programs.warm();
    await build(mode, files); // a failure here is reported again by the Run that needs it
  };

  const execute = async (
    mode: BuildMode,
    files: GoFiles,
    timeoutMs: number,
    argv: string[],
    stdin: string,
    signal: AbortSignal | undefined,
  ): Promise<RunResult> => {
    if (signal?.aborted) throw stoppedError();
    if (mode === 'test') {
      const none = noTestFilesResult('wasm', files);
      if (none) return none;
    }
    programs.warm();
    // A stopped build finishes in the toolchain worker (it stays warm); its result is dropped.
    const built = await untilAborted(build(mode, files), signal);
    if (built.ok === 'engine') return engineFailure('wasm', built.error, { compileMs: 0, linkMs: 0, runMs: 0 });
    if (!built.ok)
      return buildFailure('wasm', built.stderr, built.diagnostics, {
        compileMs: built.compileMs,
        linkMs: built.linkMs,
        runMs: 0,
      });
    const programFiles: Record<string, string> = {};
    for (const [name, text] of Object.entries(files)) programFiles[`${built.workDir}/${name}`] = text;
    const started = performance.now();
    const ran = await runBinary(
      () => programs.take(),
      {
        type: 'run',
        wasm: built.wasm,
        wasmExec: built.wasmExec,
        argv,
        env: {
          HOME: '/home/gopher',
          USER: 'gopher',
          TMPDIR: '/tmp',
          PWD: built.workDir,
          PATH: '/usr/local/go/bin:/usr/bin:/bin',
        },
        files: programFiles,
        workDir: built.workDir,
        stdin,
        outputCap: OUTPUT_CAP_BYTES,
        asyncCallbacks: built.asyncCallbacks,
      },
      timeoutMs,
      live,
      signal,
    );
    if (ran.aborted) throw stoppedError();
    const runResult = {
      engine: 'wasm' as const,
      mode,
      chunks: ran.chunks,
      exitCode: ran.exitCode,
      timedOut: ran.timedOut,
      timeoutMs,
      truncated: ran.truncated,
      timings: { compileMs: built.compileMs, linkMs: built.linkMs, runMs: performance.now() - started },
    };
    return finishRun(ran.error === undefined ? runResult : { ...runResult, engineError: ran.error });
  };

  return {
    name: 'wasm',
    warm,
    runProgram(files, options: RunProgramOptions = {}) {
      const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      return execute('run', files, timeoutMs, ['main'], options.stdin ?? '', options.signal);
    },
    runTests(files, options: RunTestsOptions = {}) {
      const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      return execute('test', files, timeoutMs, testArgs(timeoutMs, options), '', options.signal);
    },
    async formatGo(source, filename = 'main.go') {
      const msg = await toolchain.request({ type: 'format', source, filename });
      if (msg.type === 'failed') throw new Error(msg.error);
      if (msg.type !== 'format') throw new Error('unexpected reply from the toolchain worker');
      const reply: FormatReply = msg.reply;
      if (!reply.ok) throw new Error(reply.error);
      return reply.text;
    },
    async dispose() {
      toolchain.reset(new Error('the engine was disposed'));
      programs.dispose();
      for (const w of live) w.terminate();
      live.clear();
    },
  };
}

/**
 * Flags for the test binary, as go test passes them. -test.timeout fires a
 * little before the runner's own deadline so a test blocked on a channel
 * reports which test hung (a busy loop still needs the hard stop).
 */
export function testArgs(timeoutMs: number, options: RunTestsOptions = {}): string[] {
  const goTimeout = Math.max(1, timeoutMs - Math.min(1000, Math.round(timeoutMs / 10)));
  const args = ['pkg.test', '-test.v=test2json', '-test.paniconexit0', `-test.timeout=${goTimeout}ms`];
  const { run, bench, benchmem, benchtime } = options;
  if (run !== undefined && run !== '') args.push(`-test.run=${run}`);
  if (bench !== undefined && bench !== '') args.push(`-test.bench=${bench}`);
  if (benchmem === true) args.push('-test.benchmem');
  if (benchtime !== undefined && benchtime !== '') args.push(`-test.benchtime=${benchtime}`);
  return args;
}
