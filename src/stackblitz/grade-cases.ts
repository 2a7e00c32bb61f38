/**
 * How one `go test` run becomes vitest tests in the grading project: one test
 * per Go test (same name, got/want output as the failure message), or a single
 * "compile" test listing every compiler diagnostic.
 */
import type { PackageOutcome } from '../lib/grading-outcome.ts';
import type { RunResult } from '../runner/types.ts';

/** One vitest test to declare. */
export interface GradeCase {
  name: string;
  status: 'pass' | 'fail' | 'skip';
  /** Why it failed (the Go test's output); empty for passing and skipped tests. */
  message: string;
}

/** The name of the single test that stands for a build that failed. */
export const COMPILE_CASE = 'compile';

const TAIL_CHARS = 4000;

const tail = (text: string) => (text.length > TAIL_CHARS ? `…${text.slice(-TAIL_CHARS)}` : text);

/** What the run's status means, for the extra failing test when no Go test explains the failure. */
const statusExplanation: Record<RunResult['status'], string> = {
  ok: '',
  failed: 'go test failed, but no single test reported the failure (did TestMain or init exit?).',
  'compile-error': '',
  panic: 'A test panicked; the panic and its stack are below.',
  timeout: 'The tests did not finish in time: look for an endless loop or a goroutine waiting forever.',
  'runtime-error': 'The test binary stopped unexpectedly.',
};

/** Why a test that printed nothing failed: usually because some of its subtests did. */
function silentFailure(name: string, result: RunResult): string {
  const failedSubtests = result.tests
    .filter((t) => t.status === 'fail' && t.name.startsWith(`${name}/`))
    .map((t) => t.name.slice(name.length + 1));
  return failedSubtests.length > 0
    ? `${failedSubtests.length} of its subtests failed: ${failedSubtests.join(', ')}`
    : `${name} failed without printing why`;
}

/** Turns a runTests result into the vitest tests that report it. */
export function gradeCases(result: RunResult): GradeCase[] {
  if (result.status === 'compile-error') {
    const listed = result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n');
    return [{ name: COMPILE_CASE, status: 'fail', message: listed || result.stderr.trim() || 'the build failed' }];
  }
  const cases: GradeCase[] = result.tests.map((t) => ({
    name: t.name,
    status: t.status,
    message: t.status === 'fail' ? t.output.trim() || silentFailure(t.name, result) : '',
  }));
  const explained = cases.some((c) => c.status === 'fail');
  if (result.status !== 'ok' && !(result.status === 'failed' && explained)) {
    const output = `${result.stdout}${result.stderr}`.trim();
    cases.push({
      name: `go test (${result.status})`,
      status: 'fail',
      message: [statusExplanation[result.status], tail(output)].filter(Boolean).join('\n\n'),
    });
  } else if (cases.length === 0) {
    // A run with nothing in it proves nothing: the test file was probably removed or renamed.
    cases.push({
      name: 'go test',
      status: 'fail',
      message: 'No Go tests ran. Is the *_test.go file of the exercise still in this folder?',
    });
  }
  return cases;
}

/** The name of the case that checks a test-writing exercise's tests against the correct implementation. */
export const CORRECT_CASE = 'your tests pass on the correct implementation';

/**
 * The vitest tests of a test-writing exercise (kind: tests): one for the
 * correct implementation (with the learner's failing tests listed when they
 * fail there), then one per faulty implementation, passing when the learner's
 * tests caught it.
 */
export function testWritingCases(
  outcomes: readonly PackageOutcome[],
  results: readonly RunResult[],
  hints: readonly string[],
): GradeCase[] {
  const [correct, ...faults] = outcomes;
  const first = results[0];
  if (!correct || !first) return [{ name: CORRECT_CASE, status: 'fail', message: 'The tests did not run.' }];
  const cases: GradeCase[] = correct.met
    ? [{ name: CORRECT_CASE, status: 'pass', message: '' }]
    : [
        {
          name: CORRECT_CASE,
          status: 'fail',
          message: 'A test that fails on correct code is wrong: fix it before hunting bugs (the failures follow).',
        },
        ...gradeCases(first)
          .filter((c) => c.status === 'fail')
          .map((c) => ({ ...c, name: `on the correct implementation: ${c.name}` })),
      ];
  faults.forEach((o, i) =>
    cases.push({
      name: `catches ${o.label}`,
      status: o.met ? 'pass' : 'fail',
      message: o.met ? '' : `Every test passed on this faulty implementation. Hint: ${hints[i] ?? ''}`.trim(),
    }),
  );
  return cases;
}

/** The error a failing case throws: only the Go output, no JavaScript stack that would point into the harness. */
export function goTestFailure(testCase: GradeCase): Error {
  const error = new Error(testCase.message);
  error.name = 'GoTestFailure';
  error.stack = `${error.name}: ${testCase.message}`;
  return error;
}
