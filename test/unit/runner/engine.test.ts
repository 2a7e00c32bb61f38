import { describe, expect, it } from 'vitest';
import { createWorkerEngine, type WorkerHandle } from '../../../src/runner/worker/engine.ts';
import type { ProgramMessage, ToolchainMessage, ToolchainRequest } from '../../../src/runner/worker/protocol.ts';

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
  reply: { ok: true, wasm: new Uint8Array([0]), wasmExec: '', workDir: '/src', compileMs: 1, linkMs: 1 },
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

  it('returns compile errors from the toolchain without starting a program', async () => {
    let programs = 0;
    const diagnostics = [{ file: 'main.go', line: 3, column: 2, message: 'undefined: x' }];
    const engine = createWorkerEngine({
      spawnToolchain: () =>
        fakeWorker((m, emit) =>
          emit({
            type: 'build',
            id: (m as ToolchainRequest).id,
            reply: { ok: false, diagnostics, stderr: 'main.go:3:2: undefined: x\n', compileMs: 5, linkMs: 0 },
          }),
        ).handle,
      spawnProgram: () => {
        programs++;
        return fakeWorker(() => {}).handle;
      },
    });
    const r = await engine.runProgram(hello);
    expect(r).toMatchObject({ status: 'compile-error', diagnostics, exitCode: null });
    expect(programs).toBe(0);
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
