import { describe, expect, it } from 'vitest';
import { summarizeRun } from '../../src/lib/run-summary';
import type { RunResult } from '../../src/runner/types';
import { runResult } from '../fixtures/run-result.ts';
import { engineFailure } from '../../src/runner/results/result.ts';

const base = runResult({ timings: { compileMs: 1, linkMs: 1, runMs: 1 } });

describe('summarizeRun', () => {
  it('says the code did not run when the runner failed, not that the program had a runtime error', () => {
    const offline = engineFailure('wasm', 'you are offline, and bufio, which this code needs, was never downloaded', {
      compileMs: 0,
      linkMs: 0,
      runMs: 0,
    });
    expect(summarizeRun(offline, 'program')).toEqual({
      tone: 'warning',
      headline: 'The code did not run: you are offline, and bufio, which this code needs, was never downloaded.',
    });
    // A program that wrote "[runner]" itself, or exited, is still the program's failure.
    const own = { ...base, status: 'runtime-error' as const, stderr: '[runner] fake\n', exitCode: 2 };
    expect(summarizeRun(own, 'program').headline).toMatch(/runtime error/);
  });

  it('counts passing tests', () => {
    const result = {
      ...base,
      tests: [1, 2, 3].map((i) => ({ name: `T${i}`, status: 'pass' as const, output: '', elapsedMs: 0 })),
    };
    expect(summarizeRun(result, 'tests')).toEqual({ tone: 'success', headline: 'All 3 tests passed.' });
  });

  it('says how many tests failed out of how many ran', () => {
    const result: RunResult = {
      ...base,
      status: 'failed',
      tests: [
        { name: 'A', status: 'pass', output: '', elapsedMs: 0 },
        { name: 'B', status: 'fail', output: 'got 1, want 2', elapsedMs: 0 },
        { name: 'C', status: 'skip', output: '', elapsedMs: 0 },
      ],
    };
    expect(summarizeRun(result, 'tests').headline).toMatch(/^1 of 2 tests failed\./);
  });

  it('counts compiler errors and points at the editor', () => {
    const result: RunResult = {
      ...base,
      status: 'compile-error',
      diagnostics: [
        { file: 'main.go', line: 3, column: 2, message: 'declared and not used: x' },
        { file: 'main.go', line: 4, column: 2, message: '"os" imported and not used' },
      ],
    };
    expect(summarizeRun(result, 'program').headline).toBe(
      'It did not compile: 2 errors, marked at their lines in the editor.',
    );
  });

  it('explains a timeout with the limit and a next step', () => {
    expect(summarizeRun({ ...base, status: 'timeout' }, 'program', 5000).headline).toMatch(
      /^Stopped after 5\.0 s: .*loop that never ends/,
    );
  });

  it('counts benchmarks, not tests, for a benchmark run', () => {
    const ok = runResult({
      benchmarks: [{ name: 'BenchmarkA', procs: 1, iterations: 10, nsPerOp: 5, metrics: {} }],
    });
    expect(summarizeRun(ok, 'benchmarks').headline).toBe('1 benchmark ran.');
    const failed = runResult({
      status: 'failed',
      tests: [{ name: 'BenchmarkB', status: 'fail', output: '', elapsedMs: 0 }],
    });
    expect(summarizeRun(failed, 'benchmarks').headline).toMatch(/^1 benchmark failed \(0 ran\)/);
  });
});
