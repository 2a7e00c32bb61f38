/** Decides a run's RunStatus from what happened; shared by every engine so they agree. */
import type { RunStatus, TestResult } from '../types.ts';

export interface RunOutcome {
  /** compile or link failed (or the go command refused to build). */
  buildFailed: boolean;
  /** The runner stopped the binary at its deadline. */
  timedOut: boolean;
  /** Exit code, or null when the binary never finished. */
  exitCode: number | null;
  /** Everything the binary wrote (stdout and stderr). */
  output: string;
  /** Per-test results; empty for programs. */
  tests: TestResult[];
  /** The engine itself failed (worker crash, wasm trap, out of memory). */
  engineError?: boolean;
}

/** A Go panic prints "panic: ..." followed by goroutine traces. */
const panicked = (out: string) => /^panic: /m.test(out) && /^goroutine \d+ \[/m.test(out);

/** Picks the status: build errors first, then deadlines, then how the binary ended. */
export function classify(o: RunOutcome): RunStatus {
  if (o.buildFailed) return 'compile-error';
  // go test's own -test.timeout panics with this message before the runner's deadline.
  if (o.timedOut || /^panic: test timed out after /m.test(o.output)) return 'timeout';
  if (o.engineError) return 'runtime-error';
  if (o.exitCode === 0) return o.tests.some((t) => t.status === 'fail') ? 'failed' : 'ok';
  if (panicked(o.output)) return 'panic';
  if (/^fatal error: /m.test(o.output)) return 'runtime-error';
  if (o.exitCode === null) return 'runtime-error';
  return 'failed';
}
