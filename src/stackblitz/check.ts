/**
 * "Check my work" for StackBlitz: read the learner's files back from the
 * embedded project and grade them in the page, with the page's engine, so the
 * attempt is recorded like one made in the editor. Free of React and the SDK
 * (both are passed in) so the flow is unit-tested with fakes.
 */
import type { ExerciseClientData } from '../lib/exercise-client';
import { exercisePackage } from '../lib/exercise-package';
import type { GoEngine, RunResult } from '../runner/types';
import { learnerFilesFromSnapshot } from './payload.ts';

/** Deadline for the test binary: the same as Run tests in the editor. */
export const CHECK_TIMEOUT_MS = 30_000;

/** The one VM method the check needs (the SDK's VM has it). */
export interface SnapshotSource {
  getFsSnapshot(): Promise<Record<string, string> | null>;
}

/** Graded files, or a message for the learner when nothing could be graded. */
export type CheckOutcome =
  { ok: true; files: Record<string, string>; result: RunResult } | { ok: false; message: string };

/** Reads the learner's files from the VM and runs the exercise's tests on them. */
export async function checkStackBlitzWork(
  vm: SnapshotSource,
  exercise: Pick<ExerciseClientData, 'files' | 'meta' | 'starter' | 'solution' | 'tests'>,
  getEngine: () => Promise<GoEngine>,
): Promise<CheckOutcome> {
  let snapshot: Record<string, string> | null;
  try {
    snapshot = await vm.getFsSnapshot();
  } catch (err) {
    return {
      ok: false,
      message: `Your files could not be read from StackBlitz (${err instanceof Error ? err.message : String(err)}). Wait until the project has loaded, then try again.`,
    };
  }
  if (!snapshot) {
    return { ok: false, message: 'StackBlitz has not loaded the project yet. Wait a moment, then try again.' };
  }
  const { files, missing } = learnerFilesFromSnapshot(snapshot, exercise.files);
  if (missing.length > 0) {
    return {
      ok: false,
      message: `StackBlitz no longer has ${missing.join(', ')} in the project's top folder. Put it back under that name, then check again.`,
    };
  }
  const engine = await getEngine();
  const result = await engine.runTests(exercisePackage(exercise, 'starter', files), { timeoutMs: CHECK_TIMEOUT_MS });
  return { ok: true, files, result };
}
