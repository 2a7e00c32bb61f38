/** go test's answer for a package without test files, shared by the engines. */
import type { EngineName, GoFiles, RunResult } from '../types.ts';

/** A passing result with no tests when the top level has no _test.go file (go test prints "[no test files]"); null otherwise. */
export function noTestFilesResult(engine: EngineName, files: GoFiles): RunResult | null {
  const hasTests = Object.keys(files).some((name) => !name.includes('/') && name.endsWith('_test.go'));
  if (hasTests) return null;
  return {
    status: 'ok',
    engine,
    stdout: '?   \t[no test files]\n',
    stderr: '',
    exitCode: 0,
    truncated: false,
    tests: [],
    benchmarks: [],
    diagnostics: [],
    timings: { compileMs: 0, linkMs: 0, runMs: 0 },
  };
}
