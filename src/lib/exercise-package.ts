import type { Exercise } from './schema/exercise';
import { exerciseModule } from './schema/exercise';
import { PINNED_GO_SUM, pinnedGoMod } from './go-modules';

/** Which code fills the learner's files. */
export type ExerciseVariant = 'starter' | 'solution';

/** The go.mod of an exercise package: with the pinned requirements when it imports modules. */
export function exerciseGoMod(meta: Exercise['meta'], goVersion = '1.26'): string {
  if ((meta.modules ?? []).length > 0) return pinnedGoMod(exerciseModule(meta), goVersion);
  return `module ${exerciseModule(meta)}\n\ngo ${goVersion}\n`;
}

/** go.mod, and go.sum when the exercise imports pinned modules. */
export function exerciseModuleFiles(meta: Exercise['meta']): Record<string, string> {
  return { 'go.mod': exerciseGoMod(meta), ...((meta.modules ?? []).length > 0 ? { 'go.sum': PINNED_GO_SUM } : {}) };
}

/**
 * The files of one gradable Go package: the learner's files (starter,
 * solution, or a draft that overrides them), the exercise's tests, and a
 * go.mod. The same package is graded in the page, in StackBlitz and by `go test`.
 */
export function exercisePackage(
  exercise: Pick<Exercise, 'meta' | 'starter' | 'solution' | 'tests'>,
  variant: ExerciseVariant,
  draft: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const base = variant === 'starter' ? exercise.starter : exercise.solution;
  return { ...base, ...draft, ...exercise.tests, ...exerciseModuleFiles(exercise.meta) };
}
