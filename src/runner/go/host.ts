/**
 * Runs one Go js/wasm program (compile, link, gofmt or a learner's binary) to
 * completion with Go's own wasm_exec.js glue, on an in-memory file system.
 * Go reaches its host through globals (fs, process, path), so one worker runs
 * one Go program at a time; the globals are swapped in for each run.
 */
import { createGoFs, type Stdio } from './gofs.ts';
import { resolvePath, type MemFs } from './memfs.ts';

/** The subset of wasm_exec.js's Go class the runner uses. */
interface GoInstance {
  argv: string[];
  env: Record<string, string>;
  exit: (code: number) => void;
  exited: boolean;
  importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
  _resume(): void;
  _pendingEvent: unknown;
  _scheduledTimeouts: Map<number, unknown>;
}

type GoConstructor = new () => GoInstance;

export interface GoRun {
  module: WebAssembly.Module;
  /** argv[0] is the program name. */
  argv: string[];
  env: Record<string, string>;
  /** The file system the program sees. */
  fs: MemFs;
  stdio: Stdio;
  /** Initial working directory (must exist in fs). */
  cwd: string;
  /**
   * Checks whether the program is stuck with nothing left to wake it (every
   * goroutine blocked, no timer pending) and then makes Go report the
   * deadlock, as go_js_wasm_exec does when Node runs out of work.
   */
  detectDeadlock?: boolean;
  /** Deliver file-system callbacks asynchronously (see GoFsOptions). */
  asyncCallbacks?: boolean;
}

let GoClass: GoConstructor | undefined;

/** Evaluates wasm_exec.js once per worker; it defines globalThis.Go. */
export function loadWasmExec(source: string): void {
  if (GoClass) return;
  // wasm_exec.js is a classic script (an IIFE); evaluate it as one in this realm.
  new Function(source)();
  GoClass = (globalThis as unknown as { Go: GoConstructor }).Go;
}

/** A stand-in for Node's process object: Go only asks for ids, cwd and umask. */
function processShim(cwd: { value: string }, mem: MemFs) {
  return {
    getuid: () => 1000,
    getgid: () => 1000,
    geteuid: () => 1000,
    getegid: () => 1000,
    getgroups: () => [1000],
    pid: 2,
    ppid: 1,
    umask: () => 0o022,
    cwd: () => cwd.value,
    chdir: (path: string) => {
      const next = resolvePath(cwd.value, path);
      if (!isDir(mem, next)) {
        throw Object.assign(new Error(`ENOENT: chdir '${path}'`), { code: 'ENOENT' });
      }
      cwd.value = next;
    },
  };
}

function isDir(mem: MemFs, path: string): boolean {
  try {
    return mem.lookup(path).kind === 'dir';
  } catch {
    return false;
  }
}

// Errors thrown while Go resumes from a timer would otherwise escape as
// uncaught exceptions; route them to the run that is in progress.
let failCurrent: ((err: unknown) => void) | undefined;
let timersWrapped = false;

function wrapTimers(): void {
  if (timersWrapped) return;
  timersWrapped = true;
  const g = globalThis as unknown as { setTimeout: (fn: () => void, ms?: number) => unknown };
  const original = g.setTimeout.bind(globalThis);
  g.setTimeout = (fn: () => void, ms?: number) =>
    original(() => {
      try {
        fn();
      } catch (err) {
        if (failCurrent) failCurrent(err);
        else throw err;
      }
    }, ms);
}

/** Runs a Go program to its exit and resolves to the exit code; rejects if the wasm traps. */
export async function runGo(run: GoRun): Promise<number> {
  if (!GoClass) throw new Error('wasm_exec.js is not loaded');
  wrapTimers();
  const cwd = { value: run.cwd };
  const g = globalThis as Record<string, unknown>;
  g.fs = createGoFs(run.fs, run.stdio, () => cwd.value, { asyncCallbacks: run.asyncCallbacks ?? false });
  g.process = processShim(cwd, run.fs);
  g.path = { resolve: (...segments: string[]) => segments.reduce((acc, s) => resolvePath(acc, s), cwd.value) };

  const go = new GoClass();
  go.argv = run.argv;
  go.env = run.env;
  let exitCode = -1;
  go.exit = (code) => {
    exitCode = code;
  };
  const instance = await WebAssembly.instantiate(run.module, go.importObject);
  let watch: ReturnType<typeof setInterval> | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      failCurrent = reject;
      if (run.detectDeadlock) {
        // Go reports a deadlock when handed the special event 0, but only if
        // syscall/js is linked in (it installs the event handler); a program
        // without it gets the runtime's message from the runner instead.
        const canReport = WebAssembly.Module.imports(run.module).some((i) => i.name.startsWith('syscall/js.'));
        watch = setInterval(() => {
          // The interval only runs while Go waits, after every pending microtask
          // (asynchronous file-system callbacks) ran. With no timer pending,
          // nothing can wake it any more.
          if (go.exited || go._scheduledTimeouts.size > 0) return;
          if (!canReport) {
            run.stdio.write(2, new TextEncoder().encode('fatal error: all goroutines are asleep - deadlock!\n'));
            exitCode = 2;
            resolve();
            return;
          }
          go._pendingEvent = { id: 0 };
          try {
            go._resume();
          } catch (err) {
            reject(err);
          }
        }, 100);
      }
      go.run(instance).then(resolve, reject);
    });
  } finally {
    failCurrent = undefined;
    if (watch !== undefined) clearInterval(watch);
  }
  return exitCode;
}
