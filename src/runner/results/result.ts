/** Assembles a RunResult the same way for every engine. */
import type { Diagnostic, EngineName, PhaseTimings, RunResult } from '../types.ts';
import { RUNNER_PREFIX } from '../../lib/runner-message.ts';
import { classify } from './classify.ts';
import type { OutputChunk } from './output.ts';
import { collectBenchmarks } from './benchmarks.ts';
import { collectTestResults, convertTest2Json, eventsOutput } from './test2json.ts';

export interface FinishedRun {
  engine: EngineName;
  mode: 'run' | 'test';
  /** Output in write order (stdout and stderr interleaved). */
  chunks: OutputChunk[];
  exitCode: number | null;
  timedOut: boolean;
  timeoutMs: number;
  truncated: boolean;
  timings: PhaseTimings;
  /** Set when the engine, not the program, failed. */
  engineError?: string;
}

const join = (chunks: OutputChunk[], fd?: 1 | 2) =>
  chunks
    .filter((c) => fd === undefined || c.fd === fd)
    .map((c) => c.text)
    .join('');

/**
 * The result of a program or test binary that ran (or was stopped). For tests,
 * stdout is what `go test -v` shows (both streams merged, framing markers
 * removed) and stderr only carries the runner's own notes.
 */
export function finishRun(r: FinishedRun): RunResult {
  const notes: string[] = [];
  if (r.timedOut) {
    notes.push(
      `[runner] stopped after ${r.timeoutMs} ms: the program did not finish in time (an endless loop, or waiting forever?)`,
    );
  }
  if (r.engineError) notes.push(`[runner] ${r.engineError}`);
  if (r.truncated) notes.push('[runner] output truncated: the program wrote more than 1 MiB');
  const note = notes.length > 0 ? `${notes.join('\n')}\n` : '';
  const merged = join(r.chunks);
  const base = {
    engine: r.engine,
    exitCode: r.timedOut ? null : r.exitCode,
    truncated: r.truncated,
    diagnostics: [],
    benchmarks: [],
    timings: r.timings,
  };
  const outcome = {
    buildFailed: false,
    timedOut: r.timedOut,
    exitCode: r.timedOut ? null : r.exitCode,
    output: merged,
    engineError: r.engineError !== undefined,
  };
  if (r.mode === 'test') {
    const events = convertTest2Json(merged);
    const tests = collectTestResults(events, r.timedOut ? r.timeoutMs : undefined);
    return {
      ...base,
      status: classify({ ...outcome, tests }),
      stdout: eventsOutput(events),
      stderr: note,
      tests,
      benchmarks: collectBenchmarks(events),
    };
  }
  const stderr = join(r.chunks, 2);
  return {
    ...base,
    status: classify({ ...outcome, tests: [] }),
    stdout: join(r.chunks, 1),
    stderr: stderr === '' || note === '' || stderr.endsWith('\n') ? stderr + note : `${stderr}\n${note}`,
    tests: [],
  };
}

/** The result of a build that failed: compiler output and its diagnostics. */
export function buildFailure(
  engine: EngineName,
  stderr: string,
  diagnostics: Diagnostic[],
  timings: PhaseTimings,
): RunResult {
  return {
    status: 'compile-error',
    engine,
    stdout: '',
    stderr,
    exitCode: null,
    truncated: false,
    tests: [],
    benchmarks: [],
    diagnostics,
    timings,
  };
}

/** The result when the engine could not run anything (toolchain missing, worker crashed). */
export function engineFailure(engine: EngineName, message: string, timings: PhaseTimings): RunResult {
  return {
    status: 'runtime-error',
    engine,
    stdout: '',
    stderr: `${RUNNER_PREFIX}${message}\n`,
    exitCode: null,
    truncated: false,
    tests: [],
    benchmarks: [],
    diagnostics: [],
    timings,
  };
}
