import { describe, expect, it } from 'vitest';
import { classify, type RunOutcome } from '../../../src/runner/results/classify.ts';

const base: RunOutcome = { buildFailed: false, timedOut: false, exitCode: 0, output: '', tests: [] };
const failingTest = { name: 'TestA', status: 'fail' as const, output: '', elapsedMs: 0 };

describe('classify', () => {
  it('is ok when the program exits 0', () => {
    expect(classify(base)).toBe('ok');
  });

  it('is compile-error whenever the build failed', () => {
    expect(classify({ ...base, buildFailed: true, exitCode: null })).toBe('compile-error');
  });

  it('is timeout when the runner stopped the binary or go test hit -test.timeout', () => {
    expect(classify({ ...base, timedOut: true, exitCode: null })).toBe('timeout');
    expect(classify({ ...base, exitCode: 2, output: 'panic: test timed out after 9s\n\nrunning tests:\n' })).toBe(
      'timeout',
    );
  });

  it('is panic when the output has a panic message and goroutine traces', () => {
    const output =
      'panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n';
    expect(classify({ ...base, exitCode: 2, output })).toBe('panic');
  });

  it('is runtime-error for fatal errors such as a deadlock', () => {
    const output = 'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n';
    expect(classify({ ...base, exitCode: 2, output })).toBe('runtime-error');
  });

  it('is runtime-error when the engine failed', () => {
    expect(classify({ ...base, exitCode: null, engineError: true })).toBe('runtime-error');
  });

  it('is failed for a failing test run or a program that exits non-zero without panicking', () => {
    expect(classify({ ...base, exitCode: 1, output: '--- FAIL: TestA\nFAIL\n', tests: [failingTest] })).toBe('failed');
    expect(classify({ ...base, exitCode: 3 })).toBe('failed');
  });

  it('does not call a program that only prints "panic:" a panic', () => {
    expect(classify({ ...base, exitCode: 1, output: 'panic: just a word\n' })).toBe('failed');
  });
});
