import type { Exercise } from './schema/exercise';
import { exerciseModule } from './schema/exercise';

/** Which code fills the learner's files. */
export type ExerciseVariant = 'starter' | 'solution';

/** The go.mod of an exercise package. */
export function exerciseGoMod(meta: Exercise['meta'], goVersion = '1.26'): string {
  return `module ${exerciseModule(meta)}\n\ngo ${goVersion}\n`;
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
  return { ...base, ...draft, ...exercise.tests, 'go.mod': exerciseGoMod(exercise.meta) };
}
