/**
 * What grading an exercise runs, for every place that grades (the page,
 * StackBlitz, `npm run exercise`, the content checks and the mutants): one
 * or more Go packages, each with the outcome that counts as right. A coding
 * exercise is one package whose tests must pass. A test-writing exercise
 * (kind: tests) runs the learner's tests against the correct implementation
 * (they must pass) and against each hidden faulty one (they must fail).
 * Pure: the caller runs the packages with whichever engine it has.
 */
import { exerciseModuleFiles, exercisePackage, type ExerciseVariant } from './exercise-package';
import type { Exercise } from './schema/exercise';

export { allMet, packageOutcome, runGrading, type PackageOutcome } from './grading-outcome';

export interface GradingPackage {
  id: string;
  /** How the page names this run: "the tests", "the correct implementation", "faulty implementation 2". */
  label: string;
  files: Record<string, string>;
  expect: 'pass' | 'fail';
  /** For a faulty implementation: what behaviour would catch it (shown while it is not caught). */
  hint?: string;
  /** For a faulty implementation: the bug (shown once the exercise is solved). */
  description?: string;
}

type Gradable = Pick<Exercise, 'meta' | 'starter' | 'solution' | 'tests' | 'subject' | 'faulty'>;

/** The packages one grading runs, in order: for kind tests the correct implementation comes first. */
export function gradingPackages(
  exercise: Gradable,
  variant: ExerciseVariant,
  draft: Readonly<Record<string, string>> = {},
): GradingPackage[] {
  if (exercise.meta.kind !== 'tests') {
    return [{ id: 'tests', label: 'the tests', files: exercisePackage(exercise, variant, draft), expect: 'pass' }];
  }
  const base = variant === 'starter' ? exercise.starter : exercise.solution;
  const learner = Object.fromEntries(exercise.meta.files.map((f) => [f, draft[f] ?? base[f] ?? '']));
  const goMod = exerciseModuleFiles(exercise.meta);
  return [
    {
      id: 'correct',
      label: 'the correct implementation',
      files: { ...exercise.subject, ...learner, ...goMod },
      expect: 'pass',
    },
    ...exercise.faulty.map((f, i) => ({
      id: `faulty:${f.name}`,
      label: `faulty implementation ${i + 1}`,
      files: { ...exercise.subject, ...f.files, ...learner, ...goMod },
      expect: 'fail' as const,
      hint: f.hint,
      description: f.description,
    })),
  ];
}
