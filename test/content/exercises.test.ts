import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listExerciseFolders, readExerciseFolder } from '../../src/data/exercise-files';
import { allMet, gradingPackages, runGrading } from '../../src/lib/grading-plan';
import { exerciseSchema, type Exercise } from '../../src/lib/schema/exercise';
import type { GoEngine, RunResult } from '../../src/runner/types';
import { createNativeEngine, createNodeEngine } from '../../src/runner/node/index.ts';
import { go, gofmt, hasGo } from '../../scripts/lib/go.mjs';

// Every exercise, on every engine it declares: the solution passes every
// test, the starter fails at least one (or does not compile), and there are
// at least three test cases. With Go present, also gofmt, vet and -race.
const exercises: Exercise[] = listExerciseFolders('exercises').map((slug) => {
  const result = exerciseSchema.safeParse(readExerciseFolder(join('exercises', slug)));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`exercises/${slug} is invalid: ${issues}`);
  }
  return result.data;
});

const goAvailable = hasGo();
if (!goAvailable) console.log('skipped: go not found (exercises are verified on the wasm engine only)');

const engines: Partial<Record<'wasm' | 'native', GoEngine>> = {};
function engine(name: 'wasm' | 'native'): GoEngine {
  engines[name] ??= name === 'wasm' ? createNodeEngine() : createNativeEngine();
  return engines[name];
}
afterAll(async () => {
  await Promise.all(Object.values(engines).map((e) => e.dispose()));
});

const describeResult = (r: RunResult) =>
  `status ${r.status}\n${r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n')}\n` +
  r.tests
    .filter((t) => t.status === 'fail')
    .map((t) => `--- FAIL ${t.name}\n${t.output}`)
    .join('\n') +
  `\n${r.stdout}${r.stderr}`.slice(0, 4000);

const cases = exercises.flatMap((exercise) =>
  exercise.meta.engines.map((engineName) => ({ slug: exercise.meta.slug, engineName, exercise })),
);

describe.each(cases)('exercise $slug on the $engineName engine', ({ engineName, exercise }) => {
  const skip = engineName === 'native' && !goAvailable;

  const grade = (variant: 'starter' | 'solution') =>
    runGrading(gradingPackages(exercise, variant), (files) => engine(engineName).runTests(files, { timeoutMs: 30_000 }));

  // A first wasm run in a worker pays the engine's cold start: minutes on a loaded machine.
  it.skipIf(skip)('is solved by the solution, with at least three test cases', { timeout: 240_000 }, async () => {
    const { outcomes, results } = await grade('solution');
    const wrong = outcomes.findIndex((o) => !o.met);
    const shown = results[wrong] ?? results[0];
    expect(wrong, shown ? `${outcomes[wrong]?.label ?? ''}: ${describeResult(shown)}` : '').toBe(-1);
    expect(allMet(outcomes)).toBe(true);
    // The run that must pass (the tests, or the learner-written tests on the correct implementation).
    expect(results[0]?.tests.filter((t) => t.status === 'pass').length).toBeGreaterThanOrEqual(3);
  });

  it.skipIf(skip)('is not solved by the starter', { timeout: 240_000 }, async () => {
    const { outcomes, results } = await grade('starter');
    expect(allMet(outcomes), results.map(describeResult).join('\n')).toBe(false);
  });
});

describe.skipIf(!goAvailable).each(exercises)('exercise $meta.slug with the real Go toolchain', (exercise) => {
  const dir = mkdtempSync(join(tmpdir(), `gm-exercise-${exercise.meta.slug}-`));
  // The package that must pass: the solution with its tests, or (kind: tests) the reference tests on the subject.
  const [reference] = gradingPackages(exercise, 'solution');
  // Files may sit in subdirectories (tests/testdata/fuzz/FuzzXxx/...).
  for (const [name, text] of Object.entries(reference?.files ?? {})) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is gofmt-formatted (solution and tests)', () => {
    expect(gofmt(['-l', '.'], { cwd: dir }).output.trim()).toBe('');
  });

  it.runIf(exercise.meta.kind === 'tests')('has faulty implementations that are gofmt-formatted and build', () => {
    for (const fault of exercise.faulty) {
      const faultDir = mkdtempSync(join(tmpdir(), `gm-fault-${fault.name}-`));
      try {
        const pkg = gradingPackages(exercise, 'solution').find((p) => p.id === `faulty:${fault.name}`);
        for (const [name, text] of Object.entries(pkg?.files ?? {})) writeFileSync(join(faultDir, name), text);
        expect(gofmt(['-l', '.'], { cwd: faultDir }).output.trim(), `faulty/${fault.name}`).toBe('');
        const vet = go(['vet', './...'], { cwd: faultDir });
        expect(vet.code, `faulty/${fault.name}: ${vet.output}`).toBe(0);
      } finally {
        rmSync(faultDir, { recursive: true, force: true });
      }
    }
  });

  it('passes go vet (solution and tests)', () => {
    const result = go(['vet', './...'], { cwd: dir });
    expect(result.output).toBe('');
  });

  it.runIf(exercise.meta.race)('passes go test -race (solution)', () => {
    const result = go(['test', '-race', '-count=1', './...'], { cwd: dir, timeoutMs: 300_000 });
    expect(result.code, result.output).toBe(0);
  });
});
