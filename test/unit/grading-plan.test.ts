import { describe, expect, it } from 'vitest';
import { runResult } from '../fixtures/run-result';
import { allMet, gradingPackages, packageOutcome, runGrading } from '../../src/lib/grading-plan';
import { gradingVerdict } from '../../src/lib/mutant-verdict';
import type { Exercise } from '../../src/lib/schema/exercise';

const meta: Exercise['meta'] = {
  slug: 'stack',
  title: 'Test a stack',
  part: 11,
  mastery: ['testing'],
  difficulty: 'core',
  minutes: 30,
  engines: ['wasm', 'native'],
  files: ['stack_test.go'],
  race: false,
  kind: 'tests',
};
const reverse = {
  meta,
  starter: { 'stack_test.go': '// starter' },
  solution: { 'stack_test.go': '// reference tests' },
  tests: {},
  subject: { 'stack.go': '// correct', 'doc.go': '// doc' },
  faulty: [
    {
      name: 'pop-empty',
      description: 'Pop on empty returns 0, true',
      hint: 'What does Pop report on an empty stack?',
      files: { 'stack.go': '// bug 1' },
    },
    {
      name: 'lifo',
      description: 'Pop returns the oldest',
      hint: 'Which element comes out first?',
      files: { 'stack.go': '// bug 2' },
    },
  ],
};

describe('gradingPackages', () => {
  it('grades a coding exercise as one package whose tests must pass', () => {
    const pkgs = gradingPackages(
      {
        ...reverse,
        meta: { ...meta, kind: 'code', files: ['stack.go'] },
        tests: { 'stack_test.go': '// t' },
        starter: { 'stack.go': '// s' },
        solution: { 'stack.go': '// sol' },
      },
      'starter',
    );
    expect(pkgs.map((p) => [p.id, p.expect])).toEqual([['tests', 'pass']]);
    expect(pkgs[0]?.files['stack.go']).toBe('// s');
  });

  it('runs the learner’s tests on the correct implementation, then on each fault with its files swapped in', () => {
    const pkgs = gradingPackages(reverse, 'starter', { 'stack_test.go': '// mine' });
    expect(pkgs.map((p) => [p.id, p.expect])).toEqual([
      ['correct', 'pass'],
      ['faulty:pop-empty', 'fail'],
      ['faulty:lifo', 'fail'],
    ]);
    for (const p of pkgs) {
      expect(p.files['stack_test.go']).toBe('// mine');
      expect(p.files['doc.go']).toBe('// doc');
      expect(p.files['go.mod']).toMatch(/^module example\.com\/stack\n/);
    }
    expect(pkgs[1]?.files['stack.go']).toBe('// bug 1');
    expect(pkgs[0]?.files['stack.go']).toBe('// correct');
  });
});

describe('packageOutcome', () => {
  it('counts a failing, panicking or hanging run as catching a fault, but not a build error', () => {
    const fault = { id: 'f', label: 'f', expect: 'fail' as const };
    expect(packageOutcome(fault, runResult({ status: 'failed' })).met).toBe(true);
    expect(packageOutcome(fault, runResult({ status: 'panic' })).met).toBe(true);
    expect(packageOutcome(fault, runResult({ status: 'timeout' })).met).toBe(true);
    expect(packageOutcome(fault, runResult({ status: 'compile-error' })).met).toBe(false);
    expect(packageOutcome(fault, runResult({ status: 'ok' })).met).toBe(false);
  });
});

describe('runGrading', () => {
  const pkgs = gradingPackages(reverse, 'solution');
  it('is solved when the correct implementation passes and every fault fails', async () => {
    const statuses = { '// correct': 'ok', '// bug 1': 'failed', '// bug 2': 'panic' } as const;
    const { outcomes } = await runGrading(pkgs, async (files) =>
      runResult({ status: statuses[files['stack.go'] as keyof typeof statuses] }),
    );
    expect(allMet(outcomes)).toBe(true);
    expect(gradingVerdict(outcomes)).toBe('survived');
  });

  it('stops at the first wrong outcome when asked, and calls a let-through fault a kill for a mutant', async () => {
    const runs: string[] = [];
    const { outcomes } = await runGrading(
      pkgs,
      async (files) => {
        runs.push(files['stack.go'] ?? '');
        return runResult({ status: 'ok' });
      },
      { stopEarly: true },
    );
    expect(runs).toEqual(['// correct', '// bug 1']);
    expect(allMet(outcomes)).toBe(false);
    expect(gradingVerdict(outcomes)).toBe('killed');
  });

  it('calls a mutant whose tests do not build invalid', async () => {
    const { outcomes } = await runGrading(pkgs, async () => runResult({ status: 'compile-error' }), {
      stopEarly: true,
    });
    expect(gradingVerdict(outcomes)).toBe('invalid');
  });
});

describe('gradingVerdict and runtime crashes', () => {
  const pkgs = gradingPackages(reverse, 'solution');
  it('calls a mutant whose tests crash with a Go fatal error killed', async () => {
    const crash = runResult({ status: 'runtime-error', stdout: 'fatal error: concurrent map writes\n' });
    const { outcomes, results } = await runGrading(pkgs, async () => crash, { stopEarly: true });
    expect(gradingVerdict(outcomes, results)).toBe('killed');
  });

  it('calls a mutant invalid when the engine stopped without a Go fatal error', async () => {
    const broken = runResult({ status: 'runtime-error', stdout: '', stderr: 'worker exited' });
    const { outcomes, results } = await runGrading(pkgs, async () => broken, { stopEarly: true });
    expect(gradingVerdict(outcomes, results)).toBe('invalid');
  });
});
