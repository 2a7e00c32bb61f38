import type { RunResult } from '../runner/types';
import { runnerFailureMessage } from './runner-message';

/** How a result should look: a tone for styling and one sentence for the learner. */
export interface RunSummary {
  tone: 'success' | 'failure' | 'warning';
  headline: string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/** One sentence that says what happened and, when it went wrong, what to do next. */
export function summarizeRun(
  result: RunResult,
  kind: 'program' | 'tests' | 'benchmarks',
  timeoutMs?: number,
): RunSummary {
  const failed = result.tests.filter((t) => t.status === 'fail').length;
  const passed = result.tests.filter((t) => t.status === 'pass').length;
  const ran = result.benchmarks.length;
  switch (result.status) {
    case 'ok':
      if (kind === 'benchmarks') {
        return { tone: 'success', headline: `${ran} ${ran === 1 ? 'benchmark' : 'benchmarks'} ran.` };
      }
      return kind === 'tests'
        ? { tone: 'success', headline: `All ${passed} tests passed.` }
        : { tone: 'success', headline: 'The program ran and exited normally.' };
    case 'failed':
      if (kind === 'benchmarks') {
        return {
          tone: 'failure',
          headline: `${failed} ${failed === 1 ? 'benchmark' : 'benchmarks'} failed (${ran} ran). Open a failed one to see why.`,
        };
      }
      return kind === 'tests'
        ? {
            tone: 'failure',
            headline: `${failed} of ${passed + failed} tests failed. Open a failed test to see what it got and wanted.`,
          }
        : { tone: 'failure', headline: `The program exited with status ${result.exitCode ?? 'unknown'}.` };
    case 'compile-error': {
      const n = result.diagnostics.length;
      return {
        tone: 'failure',
        headline: `It did not compile: ${n} ${n === 1 ? 'error' : 'errors'}, marked at their lines in the editor.`,
      };
    }
    case 'panic':
      return { tone: 'failure', headline: 'The program panicked. The panic message and stack are below.' };
    case 'timeout':
      return {
        tone: 'warning',
        headline: `Stopped after ${timeoutMs ? seconds(timeoutMs) : 'the time limit'}: it did not finish in time. Look for a loop that never ends or a goroutine waiting forever.`,
      };
    case 'runtime-error': {
      const runner = runnerFailureMessage(result);
      if (runner !== null) {
        return { tone: 'warning', headline: `The code did not run: ${runner.replace(/\.?$/, '.')}` };
      }
      return { tone: 'failure', headline: 'The run stopped with a runtime error. Details are below.' };
    }
  }
}
