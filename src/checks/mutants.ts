/**
 * Runs an exercise's tests against each of its mutants (realistic wrong
 * solutions in exercises/<slug>/mutants/) on every engine the exercise
 * declares. A mutant the tests let pass is a missing test. Used by
 * test/content/mutants.test.ts and `npm run mutants`.
 */
import { join } from 'node:path';
import { readExerciseFolder, readMutants } from '../data/exercise-files';
import { gradingPackages, runGrading } from '../lib/grading-plan';
import { gradingVerdict, type MutantVerdict } from '../lib/mutant-verdict';
import {
  exerciseSchema,
  MIN_MUTANTS,
  mutantMetaSchema,
  mutantProblems,
  type Exercise,
  type Mutant,
} from '../lib/schema/exercise';
import type { EngineName, GoEngine, RunResult } from '../runner/types';

/** An exercise with its mutants, or the reasons its mutants/ folder is malformed. */
export interface ExerciseMutants {
  exercise: Exercise;
  mutants: Mutant[];
  problems: string[];
}

/** Reads and validates exercises/<slug> and its mutants. Throws when the exercise itself is invalid. */
export function loadExerciseMutants(root: string, slug: string): ExerciseMutants {
  const dir = join(root, slug);
  const parsed = exerciseSchema.safeParse(readExerciseFolder(dir));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${dir} is invalid: ${issues}`);
  }
  const exercise = parsed.data;
  const problems: string[] = [];
  const mutants: Mutant[] = [];
  for (const raw of readMutants(dir)) {
    const meta = mutantMetaSchema.safeParse(raw.meta);
    if (!meta.success) {
      const issues = meta.error.issues.map((i) => `${i.path.join('.') || 'mutant.yaml'}: ${i.message}`).join('; ');
      problems.push(`mutants/${raw.name}/mutant.yaml: ${raw.meta === undefined ? 'missing' : issues}`);
      continue;
    }
    problems.push(...mutantProblems(exercise, raw));
    mutants.push({ name: raw.name, meta: meta.data, files: raw.files });
  }
  if (mutants.length < MIN_MUTANTS) {
    problems.push(`has ${mutants.length} mutants; every exercise needs at least ${MIN_MUTANTS} in mutants/`);
  }
  return { exercise, mutants, problems };
}

/** What one engine made of one mutant. */
export interface MutantRun {
  mutant: string;
  engine: EngineName;
  verdict: MutantVerdict;
  status: RunResult['status'];
  /** Names of the tests that failed (what caught it). */
  failing: string[];
  /** Compiler or engine messages, for an invalid mutant. */
  detail: string;
}

/** Engines to check with: native is used for exercises that declare it, with -race when race is true. */
export interface MutantEngines {
  wasm?: GoEngine | undefined;
  native?: GoEngine | undefined;
  nativeRace?: GoEngine | undefined;
}

/** Grades one mutant with one engine, as the page would grade a learner who wrote it. */
export async function runMutant(
  exercise: Exercise,
  mutant: Mutant,
  engineName: EngineName,
  engine: GoEngine,
  timeoutMs = 30_000,
): Promise<MutantRun> {
  const { outcomes, results } = await runGrading(
    gradingPackages(exercise, 'solution', mutant.files),
    (files) => engine.runTests(files, { timeoutMs }),
    { stopEarly: true },
  );
  const verdict = gradingVerdict(outcomes, results);
  const last = results.at(-1);
  const lastOutcome = outcomes.at(-1);
  return {
    mutant: mutant.name,
    engine: engineName,
    verdict,
    status: last?.status ?? 'runtime-error',
    // What caught it: the failing tests, or (kind: tests) the run that came out wrong.
    failing:
      lastOutcome && !lastOutcome.met && lastOutcome.expect === 'pass'
        ? lastOutcome.failing
        : lastOutcome && !lastOutcome.met
          ? [`${lastOutcome.label} passed every test`]
          : [],
    detail:
      verdict === 'invalid' && last
        ? `${last.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n')}\n${last.stderr || last.stdout}`
            .trim()
            .slice(0, 2000)
        : '',
  };
}

/** The engine to use for an exercise on a given engine name, or undefined when it is not available. */
export function engineFor(exercise: Exercise, name: EngineName, engines: MutantEngines): GoEngine | undefined {
  if (name === 'wasm') return engines.wasm;
  return exercise.meta.race ? engines.nativeRace : engines.native;
}
