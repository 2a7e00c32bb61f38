/**
 * How the runs of a grading count (see grading-plan.ts for what is run).
 * Imports nothing at run time, so the StackBlitz runner bundle can use it.
 */
import type { RunResult } from '../runner/types';

/** What a grading needs to know about one package it runs. */
export interface GradedPackage {
  id: string;
  label: string;
  files: Record<string, string>;
  expect: 'pass' | 'fail';
}

export interface PackageOutcome {
  id: string;
  label: string;
  expect: 'pass' | 'fail';
  status: RunResult['status'];
  /** Whether the run had the outcome that counts as right. */
  met: boolean;
  /** Tests that failed (for a faulty implementation: the tests that caught it). */
  failing: string[];
}

/**
 * How one run counts. Expecting a pass: every test passed. Expecting a
 * failure: a test failed, panicked or hung — a build error does not count,
 * since it is the learner's tests that must not compile, not the bug being caught.
 */
export function packageOutcome(pkg: Pick<GradedPackage, 'id' | 'label' | 'expect'>, result: RunResult): PackageOutcome {
  const failed = result.tests.filter((t) => t.status === 'fail').map((t) => t.name);
  const failing = failed.filter((name) => !failed.some((other) => other.startsWith(`${name}/`)));
  const met = pkg.expect === 'pass' ? result.status === 'ok' : ['failed', 'panic', 'timeout'].includes(result.status);
  return { id: pkg.id, label: pkg.label, expect: pkg.expect, status: result.status, met, failing };
}

/** Solved when every run had the outcome that counts as right. */
export function allMet(outcomes: readonly PackageOutcome[]): boolean {
  return outcomes.length > 0 && outcomes.every((o) => o.met);
}

/**
 * Runs the packages one after another with `run`. With `stopEarly`, stops at
 * the first run that is not right (the checks only need a verdict); the page
 * runs them all so the learner sees every fault their tests miss.
 */
export async function runGrading<P extends GradedPackage>(
  packages: readonly P[],
  run: (files: Record<string, string>) => Promise<RunResult>,
  options: { stopEarly?: boolean; onResult?: (pkg: P, result: RunResult, index: number) => void } = {},
): Promise<{ outcomes: PackageOutcome[]; results: RunResult[] }> {
  const outcomes: PackageOutcome[] = [];
  const results: RunResult[] = [];
  for (const [i, pkg] of packages.entries()) {
    const result = await run(pkg.files);
    const outcome = packageOutcome(pkg, result);
    outcomes.push(outcome);
    results.push(result);
    options.onResult?.(pkg, result, i);
    if (options.stopEarly && !outcome.met) break;
  }
  return { outcomes, results };
}
