/**
 * The native engine: the installed go builds the learner's files in a temp
 * directory (like `go run .` / `go test .`), and the binary runs with the same
 * flags, output cap and result parsing as the wasm engine, so results compare.
 */
import { spawn, execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { GoEngine, GoFiles, RunResult } from '../types.ts';
import { scanGoFile } from '../build/gosource.ts';
import { inferModulePath, parseGoMod } from '../build/gomod.ts';
import { needsPinnedModules, PINNED_GO_SUM, pinnedGoMod } from '../../lib/go-modules.ts';
import { parseDiagnostics, uniqueDiagnostics } from '../results/diagnostics.ts';
import { OUTPUT_CAP_BYTES, OutputCapture } from '../results/output.ts';
import { buildFailure, engineFailure, finishRun } from '../results/result.ts';
import { testArgs } from '../worker/engine.ts';
import { noTestFilesResult } from '../results/no-tests.ts';
import { stoppedError } from '../stopped.ts';

const execFileAsync = promisify(execFile);

export interface NativeEngineOptions {
  /** The go command (default "go" on PATH). */
  goCommand?: string;
  /** Limit for go build / go test -c. Default 120 s (a cold build cache is slow). */
  buildTimeoutMs?: number;
  /** Build with the race detector (-race), as CI grades concurrency exercises. */
  race?: boolean;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Reports whether a go command can be run. */
export async function goAvailable(goCommand = 'go'): Promise<boolean> {
  try {
    await execFileAsync(goCommand, ['version'], { timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Environment for go and the learner's binary: module mode, no workspace, no
 * toolchain switching. Without pinned modules, GOPROXY=off: a missing import
 * fails fast like in the browser instead of going to the network. With them,
 * go may download exactly the pinned versions (once, into the module cache),
 * and -mod=readonly with the pinned go.sum lets it fetch nothing else.
 */
function goEnv(pinnedModules = false): NodeJS.ProcessEnv {
  const base = { ...process.env, GO111MODULE: 'on', GOWORK: 'off', GOTOOLCHAIN: 'local' };
  return pinnedModules ? { ...base, GOFLAGS: '-mod=readonly' } : { ...base, GOFLAGS: '-mod=mod', GOPROXY: 'off' };
}

/** Whether the learner's Go files import a package of a pinned module. */
function usesPinnedModules(files: GoFiles): boolean {
  const imports = Object.entries(files)
    .filter(([name]) => name.endsWith('.go'))
    .flatMap(([, text]) => scanGoFile(text).imports.map((i) => i.path));
  return needsPinnedModules(imports);
}

/** Writes the files (and a go.mod if they have none) into a fresh temp directory. */
async function writePackage(files: GoFiles, goCommand: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'go-runner-'));
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  if (files['go.mod'] === undefined) {
    const roots = Object.keys(files).filter((n) => n.endsWith('.go') && !n.includes('/'));
    const infos = roots.map((n) => ({ name: n, info: scanGoFile(files[n] ?? '') }));
    const pkgName =
      infos.find((f) => !f.name.endsWith('_test.go'))?.info.packageName ??
      infos[0]?.info.packageName?.replace(/_test$/, '') ??
      'main';
    const xtestImports = infos
      .filter((f) => f.info.packageName === `${pkgName}_test`)
      .flatMap((f) => f.info.imports.map((i) => i.path));
    const modulePath = inferModulePath(
      parseGoMod(''),
      pkgName,
      xtestImports,
      (p) => !p.split('/')[0]?.includes('.') && p !== pkgName,
    );
    const { stdout } = await execFileAsync(goCommand, ['env', 'GOVERSION'], { env: goEnv() });
    const version = /^go(\d+\.\d+)/.exec(stdout.trim())?.[1] ?? '1.26';
    const goMod = usesPinnedModules(files)
      ? pinnedGoMod(modulePath, version)
      : `module ${modulePath}\n\ngo ${version}\n`;
    await writeFile(join(dir, 'go.mod'), goMod);
  }
  if (files['go.sum'] === undefined && usesPinnedModules(files)) await writeFile(join(dir, 'go.sum'), PINNED_GO_SUM);
  return dir;
}

interface Exec {
  chunks: OutputCapture;
  exitCode: number | null;
  timedOut: boolean;
  /** Killed through the caller's AbortSignal. */
  aborted: boolean;
  ms: number;
}

/** Runs a command with a deadline, capped output and optional stdin. */
function execCapped(
  cmd: string,
  args: string[],
  opts: { cwd: string; timeoutMs: number; stdin?: string; signal?: AbortSignal | undefined; env?: NodeJS.ProcessEnv },
): Promise<Exec> {
  return new Promise((resolve) => {
    const started = performance.now();
    const out = new OutputCapture(OUTPUT_CAP_BYTES);
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? goEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let timedOut = false;
    let aborted = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    const stop = () => {
      aborted = true;
      child.kill('SIGKILL');
    };
    if (opts.signal?.aborted) stop();
    else opts.signal?.addEventListener('abort', stop, { once: true });
    child.stdout.on('data', (b: Buffer) => out.write(1, b));
    child.stderr.on('data', (b: Buffer) => out.write(2, b));
    child.stdin.on('error', () => {}); // the program may exit without reading stdin
    child.stdin.end(opts.stdin ?? '');
    child.on('error', (err) => {
      out.write(2, new TextEncoder().encode(`${err.message}\n`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', stop);
      out.finish();
      resolve({ chunks: out, exitCode: code, timedOut, aborted, ms: performance.now() - started });
    });
  });
}

/** Maps go's "./main.go" or "/tmp/go-runner-x/main.go" back to "main.go". */
function fileMapper(dir: string) {
  return (printed: string) => printed.replace(`${dir}/`, '').replace(/^\.\//, '');
}

/** The go command on PATH as a GoEngine. */
export function createNativeEngine(options: NativeEngineOptions = {}): GoEngine {
  const go = options.goCommand ?? 'go';
  const buildTimeoutMs = options.buildTimeoutMs ?? 120_000;
  const race = options.race === true ? ['-race'] : [];

  const execute = async (
    mode: 'run' | 'test',
    files: GoFiles,
    timeoutMs: number,
    args: string[],
    stdin: string,
    signal: AbortSignal | undefined,
  ): Promise<RunResult> => {
    if (signal?.aborted) throw stoppedError();
    if (mode === 'test') {
      const none = noTestFilesResult('native', files);
      if (none) return none;
    }
    let dir: string;
    try {
      dir = await writePackage(files, go);
    } catch (err) {
      return engineFailure(
        'native',
        `could not prepare the package: ${err instanceof Error ? err.message : String(err)}`,
        { compileMs: 0, linkMs: 0, runMs: 0 },
      );
    }
    try {
      const exe = join(dir, '.runner', mode === 'test' ? 'pkg.test' : 'main');
      const buildArgs =
        mode === 'test'
          ? ['test', '-c', '-trimpath', '-vet=off', ...race, '-o', exe, '.']
          : ['build', '-trimpath', ...race, '-o', exe, '.'];
      const built = await execCapped(go, buildArgs, {
        cwd: dir,
        timeoutMs: buildTimeoutMs,
        signal,
        env: goEnv(usesPinnedModules(files)),
      });
      if (built.aborted) throw stoppedError();
      const timings = { compileMs: built.ms, linkMs: 0, runMs: 0 };
      if (built.timedOut)
        return engineFailure('native', `go ${buildArgs[0]} took longer than ${buildTimeoutMs} ms`, timings);
      if (built.exitCode !== 0) {
        // Print paths as the learner named them, like the wasm engine ("main.go:3:2", no "# pkg" header).
        const text = built.chunks
          .merged()
          .replaceAll(`${dir}/`, '')
          .replace(/^# .*\n/gm, '')
          .replace(/^\.\//gm, '');
        return buildFailure('native', text, uniqueDiagnostics(parseDiagnostics(text, fileMapper(dir))), timings);
      }
      try {
        await access(exe);
      } catch {
        return engineFailure('native', `go ${buildArgs[0]} produced no binary`, timings);
      }
      const ran = await execCapped(exe, args.slice(1), { cwd: dir, timeoutMs, stdin, signal });
      if (ran.aborted) throw stoppedError();
      return finishRun({
        engine: 'native',
        mode,
        chunks: ran.chunks.chunks,
        exitCode: ran.exitCode,
        timedOut: ran.timedOut,
        timeoutMs,
        truncated: ran.chunks.truncated,
        timings: { ...timings, runMs: ran.ms },
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  return {
    name: 'native',
    runProgram(files, options = {}) {
      return execute(
        'run',
        files,
        options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        ['main'],
        options.stdin ?? '',
        options.signal,
      );
    },
    runTests(files, options = {}) {
      const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      return execute('test', files, timeoutMs, testArgs(timeoutMs, options), '', options.signal);
    },
    async formatGo(source, filename = 'main.go') {
      const { stdout } = await execFileAsync(go, ['env', 'GOROOT'], { env: goEnv() });
      const gofmt = join(stdout.trim(), 'bin', 'gofmt');
      const dir = await mkdtemp(join(tmpdir(), 'go-runner-fmt-'));
      try {
        const r = await execCapped(gofmt, [], { cwd: dir, timeoutMs: 30_000, stdin: source });
        if (r.exitCode !== 0) throw new Error(r.chunks.text(2).replaceAll('<standard input>', filename));
        return r.chunks.text(1);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async dispose() {},
  };
}
