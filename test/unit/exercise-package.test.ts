import { describe, expect, it } from 'vitest';
import { exercisePackage } from '../../src/lib/exercise-package';
import { PINNED_GO_SUM, pinnedGoMod } from '../../src/lib/go-modules';
import type { Exercise } from '../../src/lib/schema/exercise';

const exercise: Pick<Exercise, 'meta' | 'starter' | 'solution' | 'tests'> = {
  meta: {
    slug: 'greeting',
    title: 'Greeting',
    part: 1,
    mastery: ['language'],
    difficulty: 'intro',
    minutes: 10,
    engines: ['wasm', 'native'],
    files: ['greeting.go'],
    race: false,
    kind: 'code',
  },
  starter: { 'greeting.go': 'package greeting // starter' },
  solution: { 'greeting.go': 'package greeting // solution' },
  tests: { 'greeting_test.go': 'package greeting // tests' },
};

describe('exercisePackage', () => {
  it('combines the starter, the tests and a go.mod named after the exercise', () => {
    expect(exercisePackage(exercise, 'starter')).toEqual({
      'greeting.go': 'package greeting // starter',
      'greeting_test.go': 'package greeting // tests',
      'go.mod': 'module example.com/greeting\n\ngo 1.26\n',
    });
  });

  it('requires and pins the modules an exercise declares, so go test builds it natively', () => {
    const files = exercisePackage(
      { ...exercise, meta: { ...exercise.meta, modules: ['github.com/ncruces/go-sqlite3'] } },
      'solution',
    );
    expect(files['go.mod']).toBe(pinnedGoMod('example.com/greeting', '1.26'));
    expect(files['go.sum']).toBe(PINNED_GO_SUM);
    expect(exercisePackage(exercise, 'solution')['go.sum']).toBeUndefined();
  });

  it('uses the learner draft over the chosen variant', () => {
    const files = exercisePackage(exercise, 'starter', { 'greeting.go': 'package greeting // mine' });
    expect(files['greeting.go']).toBe('package greeting // mine');
  });

  it('never lets a draft replace the tests that grade it', () => {
    const files = exercisePackage(exercise, 'solution', { 'greeting_test.go': 'package greeting // no tests' });
    expect(files['greeting_test.go']).toBe('package greeting // tests');
  });
});
