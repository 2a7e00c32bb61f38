import { describe, expect, it } from 'vitest';
import { listExerciseFolders } from '../../src/data/exercise-files';
import { loadExerciseMutants } from '../../src/checks/mutants';
import { createNativeEngine } from '../../src/runner/node/index.ts';
import { hasGo } from '../../scripts/lib/go.mjs';
import { describeMutants } from './mutants';

describe('every exercise carries well-formed mutants', () => {
  it.each(listExerciseFolders('exercises'))('%s', (slug) => {
    expect(loadExerciseMutants('exercises', slug).problems).toEqual([]);
  });
});

// Natively, race-flagged exercises are graded with -race, as CI grades them.
describeMutants(
  'native',
  () => ({ native: createNativeEngine(), nativeRace: createNativeEngine({ race: true }) }),
  hasGo() ? undefined : 'go not found (mutants are checked on the wasm engine only)',
);
