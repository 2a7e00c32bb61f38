/**
 * Whether an exercise's tests caught a mutant (a deliberately wrong solution).
 * Pure: the result comes from any runner engine.
 */
import type { RunResult } from '../runner/types';

/**
 * killed: the tests failed (a failing test, a panic, or a hang stopped at the deadline);
 * survived: every test passed, so the tests miss this mistake;
 * invalid: the mutant proves nothing (it does not compile, or the engine failed).
 */
export type MutantVerdict = 'killed' | 'survived' | 'invalid';

export function mutantVerdict(result: Pick<RunResult, 'status'>): MutantVerdict {
  switch (result.status) {
    case 'failed':
    case 'panic':
    case 'timeout':
      return 'killed';
    case 'ok':
      return 'survived';
    default:
      return 'invalid';
  }
}
