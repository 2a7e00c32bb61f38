import { describe, expect, it } from 'vitest';
import { finishRun } from '../../../src/runner/results/result.ts';
import { testArgs } from '../../../src/runner/worker/engine.ts';

const timings = { compileMs: 1, linkMs: 2, runMs: 3 };
const run = { engine: 'wasm' as const, timedOut: false, timeoutMs: 10_000, truncated: false, timings };

describe('finishRun', () => {
  it('splits a program run into stdout and stderr', () => {
    const r = finishRun({
      ...run,
      mode: 'run',
      exitCode: 0,
      chunks: [
        { fd: 1, text: 'out\n' },
        { fd: 2, text: 'err\n' },
      ],
    });
    expect(r).toMatchObject({ status: 'ok', stdout: 'out\n', stderr: 'err\n', exitCode: 0, tests: [] });
  });

  it('says on stderr when it stopped a program at the deadline, with no exit code', () => {
    const r = finishRun({ ...run, mode: 'run', exitCode: null, timedOut: true, chunks: [{ fd: 1, text: 'partial' }] });
    expect(r.status).toBe('timeout');
    expect(r.exitCode).toBeNull();
    expect(r.stdout).toBe('partial');
    expect(r.stderr).toMatch(/stopped after 10000 ms/);
  });

  it('turns a test binary stream into per-test results and the go test -v text', () => {
    const stream = '\x16=== RUN   TestA\n    a_test.go:3: got 1, want 2\n\x16--- FAIL: TestA (0.00s)\n\x16FAIL\n';
    const r = finishRun({ ...run, mode: 'test', exitCode: 1, chunks: [{ fd: 1, text: stream }] });
    expect(r.status).toBe('failed');
    expect(r.tests).toEqual([
      { name: 'TestA', status: 'fail', output: '    a_test.go:3: got 1, want 2\n', elapsedMs: 0 },
    ]);
    expect(r.stdout).toBe('=== RUN   TestA\n    a_test.go:3: got 1, want 2\n--- FAIL: TestA (0.00s)\nFAIL\n');
  });
});

describe('testArgs', () => {
  it('asks for the test2json stream and a Go-side timeout just before the runner deadline', () => {
    expect(testArgs(10_000)).toEqual(['pkg.test', '-test.v=test2json', '-test.paniconexit0', '-test.timeout=9000ms']);
    expect(testArgs(2_000, { run: '^TestA$' })).toContain('-test.run=^TestA$');
  });
});
