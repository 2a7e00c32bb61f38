import { describe, expect, it } from 'vitest';
import { createWorkerEngine, type WorkerHandle } from '../../../src/runner/worker/engine.ts';
import type { ProgramMessage, ToolchainMessage, ToolchainRequest } from '../../../src/runner/worker/protocol.ts';
import type { Diagnostic } from '../../../src/runner/types.ts';

/** A fake worker: `respond` decides what it posts back for each message it receives. */
function fakeWorker(respond: (msg: unknown, emit: (m: unknown) => void, fail: (e: Error) => void) => void) {
  const state = { terminated: false };
  let onMessage: (m: unknown) => void = () => {};
  let onFailure: (e: Error) => void = () => {};
  const handle: WorkerHandle = {
    post: (m) =>
      queueMicrotask(() =>
        respond(
          m,
          (r) => onMessage(r),
          (e) => onFailure(e),
        ),
      ),
    onMessage: (l) => (onMessage = l),
    onFailure: (l) => (onFailure = l),
    terminate: () => (state.terminated = true),
  };
  return { handle, state };
}

const goodBuild = (req: ToolchainRequest): ToolchainMessage => ({
  type: 'build',
  id: req.id,
  reply: {
    ok: true,
    wasm: new Uint8Array([0]),
    wasmExec: '',
    workDir: '/src',
    asyncCallbacks: false,
    compileMs: 1,
    linkMs: 1,
  },
});

/** A toolchain reply for code that does not compile. */
const failedBuild = (req: ToolchainRequest, diagnostics: Diagnostic[] = [], stderr = 'x'): ToolchainMessage => ({
  type: 'build',
  id: req.id,
  reply: { ok: false, diagnostics, stderr, compileMs: 1, linkMs: 0 },
});

const hello = { 'main.go': 'package main\n\nfunc main() {}\n' };

describe('createWorkerEngine', () => {
  it('returns the program output and exit code from a fresh program worker per run, then terminates it', async () => {
    const programs: { terminated: boolean }[] = [];
    const engine = createWorkerEngine({
      spawnToolchain: () => fakeWorker((m, emit) => emit(goodBuild(m as ToolchainRequest))).handle,
      spawnProgram: () => {
        const w = fakeWorker((_m, emit) => {
          emit({ type: 'started' } satisfies ProgramMessage);
          emit({ type: 'output', chunks: [{ fd: 1, text: 'hi\n' }] } satisfies ProgramMessage);
          emit({ type: 'exit', code: 0, truncated: false } satisfies ProgramMessage);
        });
        programs.push(w.state);
        return w.handle;
      },
    });
    const r = await engine.runProgram(hello);
    expect(r).toMatchObject({ status: 'ok', stdout: 'hi\n', exitCode: 0, engine: 'wasm' });
    await engine.runProgram(hello);
    expect(programs.map((p) => p.terminated)).toEqual([true, true]);
  });

  it('terminates a program that outlives its deadline and reports a timeout', async () => {
    let program: { terminated: boolean } | undefined;
    const engine = createWorkerEngine({
      spawnToolchain: () => fakeWorker((m, emit) => emit(goodBuild(m as ToolchainRequest))).handle,
      spawnProgram: () => {
        const w = fakeWorker((_m, emit) => {
          emit({ type: 'started' });
          emit({ type: 'output', chunks: [{ fd: 1, text: 'started\n' }] });
        });
        program = w.state;
        return w.handle;
      },
    });
    const r = await engine.runProgram(hello, { timeoutMs: 50 });
    expect(r).toMatchObject({ status: 'timeout', exitCode: null, stdout: 'started\n' });
    expect(program?.terminated).toBe(true);
  });

  it('counts the deadline from the start of the binary, not from the worker start-up', async () => {
    const engine = createWorkerEngine({
      spawnToolchain: () => fakeWorker((m, emit) => emit(goodBuild(m as ToolchainRequest))).handle,
      spawnProgram: () =>
        fakeWorker((_m, emit) => {
          // A slow start-up (100 ms) followed by a quick program (20 ms), with a 60 ms deadline.
          setTimeout(() => {
            emit({ type: 'started' });
            setTimeout(() => emit({ type: 'exit', code: 0, truncated: false }), 20);
          }, 100);
        }).handle,
    });
    expect((await engine.runProgram(hello, { timeoutMs: 60 })).status).toBe('ok');
  });

  it('keeps the truncation flag of output that hit the cap even when the deadline stops the program', async () => {
    const engine = createWorkerEngine({
      spawnToolchain: () => fakeWorker((m, emit) => emit(goodBuild(m as ToolchainRequest))).handle,
      spawnProgram: () =>
        fakeWorker((_m, emit) => {
          emit({ type: 'started' });
          emit({ type: 'output', chunks: [{ fd: 1, text: 'x'.repeat(10) }], truncated: true });
        }).handle,
    });
    const r = await engine.runProgram(hello, { timeoutMs: 30 });
    expect(r).toMatchObject({ status: 'timeout', truncated: true, stdout: 'xxxxxxxxxx' });
  });

  it('reports a program worker that dies as a runtime error', async () => {
    const engine = createWorkerEngine({
      spawnToolchain: () => fakeWorker((m, emit) => emit(goodBuild(m as ToolchainRequest))).handle,
      spawnProgram: () => fakeWorker((_m, _emit, fail) => fail(new Error('out of memory'))).handle,
    });
    const r = await engine.runProgram(hello);
    expect(r.status).toBe('runtime-error');
    expect(r.stderr).toMatch(/out of memory/);
  });

  it('restarts a toolchain worker that stops answering, and the next build gets a new worker', async () => {
    let spawned = 0;
    const engine = createWorkerEngine({
      buildTimeoutMs: 50,
      spawnToolchain: () => {
        spawned++;
        const silent = spawned === 1;
        return fakeWorker((m, emit) => {
          if (!silent) emit(goodBuild(m as ToolchainRequest));
        }).handle;
      },
      spawnProgram: () => fakeWorker((_m, emit) => emit({ type: 'exit', code: 0, truncated: false })).handle,
    });
    const stuck = await engine.runProgram(hello);
    expect(stuck.status).toBe('runtime-error');
    expect(stuck.stderr).toMatch(/restarted/);
    expect((await engine.runProgram(hello)).status).toBe('ok');
    expect(spawned).toBe(2);
  });

  it('keeps waiting while download progress arrives and passes it on', async () => {
    const events: string[] = [];
    const engine = createWorkerEngine({
      buildTimeoutMs: 40,
      onProgress: (e) => events.push(e.what),
      spawnToolchain: () =>
        fakeWorker((m, emit) => {
          let n = 0;
          const tick = setInterval(() => {
            emit({ type: 'progress', event: { what: `file${n}`, loaded: n, total: 3 } });
            if (++n === 3) {
              clearInterval(tick);
              emit(goodBuild(m as ToolchainRequest));
            }
          }, 30);
        }).handle,
      spawnProgram: () => fakeWorker((_m, emit) => emit({ type: 'exit', code: 0, truncated: false })).handle,
    });
    expect((await engine.runProgram(hello)).status).toBe('ok');
    expect(events).toEqual(['file0', 'file1', 'file2']);
  });

  it('asks gofmt to name errors after the file being edited, main.go when none is given', async () => {
    const names: string[] = [];
    const engine = createWorkerEngine({
      spawnToolchain: () =>
        fakeWorker((m, emit) => {
          const req = m as Extract<ToolchainRequest, { type: 'format' }>;
          names.push(req.filename);
          emit({ type: 'format', id: req.id, reply: { ok: false, error: `${req.filename}:2:11: expected ')'` } });
        }).handle,
      spawnProgram: () => fakeWorker(() => {}).handle,
    });
    await expect(engine.formatGo('package shapes\nfunc Area( {', 'shapes.go')).rejects.toThrow(/^shapes\.go:2:11/);
    await expect(engine.formatGo('package main\nfunc main( {')).rejects.toThrow(/^main\.go:2:11/);
    expect(names).toEqual(['shapes.go', 'main.go']);
  });

  it('returns compile errors from the toolchain without running a program', async () => {
    let programs = 0;
    const diagnostics = [{ file: 'main.go', line: 3, column: 2, message: 'undefined: x' }];
    const engine = createWorkerEngine({
      spawnToolchain: () =>
        fakeWorker((m, emit) => emit(failedBuild(m as ToolchainRequest, diagnostics, 'main.go:3:2: undefined: x\n')))
          .handle,
      spawnProgram: () =>
        fakeWorker(() => {
          programs++;
        }).handle,
    });
    const r = await engine.runProgram(hello);
    expect(r).toMatchObject({ status: 'compile-error', diagnostics, exitCode: null });
    expect(programs).toBe(0);
  });

  it('starts the program worker while the toolchain builds, and keeps it for the next run after a compile error', async () => {
    const log: string[] = [];
    let builds = 0;
    const engine = createWorkerEngine({
      spawnToolchain: () =>
        fakeWorker((m, emit) => {
          log.push('build');
          const req = m as ToolchainRequest;
          emit(++builds === 1 ? failedBuild(req) : goodBuild(req));
        }).handle,
      spawnProgram: () => {
        log.push('spawn program');
        return fakeWorker((_m, emit) => {
          log.push('run');
          emit({ type: 'started' });
          emit({ type: 'exit', code: 0, truncated: false });
        }).handle;
      },
    });
    expect((await engine.runProgram(hello)).status).toBe('compile-error');
    expect((await engine.runProgram(hello)).status).toBe('ok');
    expect(log).toEqual(['spawn program', 'build', 'build', 'run']);
  });

  it('replaces a waiting program worker that died, and terminates it on dispose', async () => {
    const spawned: { state: { terminated: boolean }; fail: (e: Error) => void }[] = [];
    const engine = createWorkerEngine({
      spawnToolchain: () => fakeWorker((m, emit) => emit(goodBuild(m as ToolchainRequest))).handle,
      spawnProgram: () => {
        let failure: (e: Error) => void = () => {};
        const w = fakeWorker((_m, emit) => {
          emit({ type: 'started' });
          emit({ type: 'exit', code: 0, truncated: false });
        });
        const onFailure = w.handle.onFailure;
        w.handle.onFailure = (l) => {
          failure = l;
          onFailure(l);
        };
        spawned.push({ state: w.state, fail: (e) => failure(e) });
        return w.handle;
      },
    });
    const first = engine.runProgram(hello);
    // The spare dies while the build is in progress: the run must use a new worker.
    spawned[0]?.fail(new Error('crashed while idle'));
    expect((await first).status).toBe('ok');
    expect(spawned).toHaveLength(2);
    expect(spawned.map((w) => w.state.terminated)).toEqual([true, true]);
  });

  it('terminates a waiting program worker on dispose', async () => {
    const programs: { terminated: boolean }[] = [];
    const engine = createWorkerEngine({
      spawnToolchain: () => fakeWorker((m, emit) => emit(failedBuild(m as ToolchainRequest))).handle,
      spawnProgram: () => {
        const w = fakeWorker(() => {});
        programs.push(w.state);
        return w.handle;
      },
    });
    await engine.runProgram(hello);
    expect(programs).toEqual([{ terminated: false }]);
    await engine.dispose();
    expect(programs).toEqual([{ terminated: true }]);
  });

  it('answers a package without test files like go test, without building', async () => {
    const engine = createWorkerEngine({
      spawnToolchain: () => {
        throw new Error('must not build');
      },
      spawnProgram: () => {
        throw new Error('must not run');
      },
    });
    expect(await engine.runTests({ 'a.go': 'package a\n' })).toMatchObject({ status: 'ok', tests: [] });
  });
});
