/**
 * Whether an exercise's tests caught a mutant (a deliberately wrong solution).
 * Pure: the result comes from any runner engine.
 */
import type { PackageOutcome } from './grading-plan';

/**
 * killed: the grading came out wrong for the mutant (a failing test, a panic,
 * a hang, or for kind: tests a fault the tests let through);
 * survived: it was graded as right, so the tests miss this mistake;
 * invalid: the mutant proves nothing (it does not compile, or the engine failed).
 */
export type MutantVerdict = 'killed' | 'survived' | 'invalid';

/**
 * The verdict over a whole grading (see grading-plan.ts): survived when every
 * run came out right; invalid when a run that must pass did not build or the
 * engine itself failed, since then the mutant proves nothing; killed otherwise.
 * A Go runtime crash ("fatal error: concurrent map writes") is the learner's
 * code failing, so it kills the mutant like a panic does; only a run that
 * stopped without one (worker crash, killed process) counts as the engine's.
 */
export function gradingVerdict(
  outcomes: readonly Pick<PackageOutcome, 'expect' | 'status' | 'met'>[],
  runs: readonly { status: string; stdout: string; stderr: string }[] = [],
): MutantVerdict {
  if (outcomes.some((o) => o.expect === 'pass' && o.status === 'compile-error')) return 'invalid';
  const engineFailed = (r: { status: string; stdout: string; stderr: string }) =>
    r.status === 'runtime-error' && !/^fatal error: /m.test(`${r.stdout}\n${r.stderr}`);
  if (runs.length > 0 ? runs.some(engineFailed) : outcomes.some((o) => o.status === 'runtime-error')) return 'invalid';
  return outcomes.length > 0 && outcomes.every((o) => o.met) ? 'survived' : 'killed';
}
