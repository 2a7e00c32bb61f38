import type { RunResult } from '../runner/types';

/** How the runner marks its own messages in a result's stderr (never the program's). */
export const RUNNER_PREFIX = '[runner] ';

/**
 * The runner's own message when the code never ran (the toolchain could not
 * start, an archive could not be fetched offline), or null when the program
 * itself failed. Lets the page say "the code did not run" rather than blame
 * the learner's code with "a runtime error".
 */
export function runnerFailureMessage(result: RunResult): string | null {
  if (result.status !== 'runtime-error' || result.exitCode !== null || result.stdout !== '') return null;
  return result.stderr.startsWith(RUNNER_PREFIX) ? result.stderr.slice(RUNNER_PREFIX.length).trim() : null;
}
