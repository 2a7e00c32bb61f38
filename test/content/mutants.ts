import { afterAll, describe, expect, it } from 'vitest';
import { listExerciseFolders } from '../../src/data/exercise-files';
import { engineFor, loadExerciseMutants, runMutant, type MutantEngines } from '../../src/checks/mutants';
import type { EngineName } from '../../src/runner/types';

/**
 * Declares, for one engine, a test per mutant of every exercise: the
 * exercise's tests must fail for it (a failing test, a panic or a hang),
 * and it must compile. One file per engine lets vitest check both at once.
 */
export function describeMutants(engineName: EngineName, engines: () => MutantEngines, skipReason?: string) {
  const all = listExerciseFolders('exercises').map((slug) => loadExerciseMutants('exercises', slug));
  const made: MutantEngines = {};
  const lazy = (): MutantEngines => {
    if (!made.wasm && !made.native) Object.assign(made, engines());
    return made;
  };
  afterAll(async () => {
    await Promise.all(Object.values(made).map((e) => e?.dispose()));
  });
  if (skipReason) console.log(`skipped: ${skipReason}`);

  for (const { exercise, mutants } of all) {
    if (!exercise.meta.engines.includes(engineName)) continue;
    describe.concurrent(`exercise ${exercise.meta.slug}, mutants on the ${engineName} engine`, () => {
      for (const mutant of mutants) {
        it.skipIf(skipReason !== undefined)(
          `fails the tests for ${mutant.name}: ${mutant.meta.description}`,
          { timeout: 180_000 },
          async () => {
            const engine = engineFor(exercise, engineName, lazy());
            if (!engine) throw new Error(`no ${engineName} engine`);
            const run = await runMutant(exercise, mutant, engineName, engine);
            expect(run.verdict, run.verdict === 'invalid' ? run.detail : `status ${run.status}`).toBe('killed');
          },
        );
      }
    });
  }
}
