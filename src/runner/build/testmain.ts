/**
 * Finds a package's tests and writes the `package main` that runs them, in the
 * shape `go test` generates (cmd/go/internal/load/test.go): the package under
 * test is imported as `_test`, the external `_test` package as `_xtest`.
 */
import type { Diagnostic } from '../types.ts';
import { exampleOutput, type GoFileInfo, type GoFunc } from './gosource.ts';

export type TestPackage = '_test' | '_xtest';

export interface TestFunc {
  pkg: TestPackage;
  name: string;
}

export interface ExampleFunc extends TestFunc {
  output: string;
  unordered: boolean;
}

export interface TestSuite {
  tests: TestFunc[];
  benchmarks: TestFunc[];
  fuzzTargets: TestFunc[];
  examples: ExampleFunc[];
  testMain: TestFunc | null;
  /** Signature mistakes go test refuses to build with. */
  diagnostics: Diagnostic[];
}

/** One _test.go file as the suite finder needs it. */
export interface TestFile {
  name: string;
  pkg: TestPackage;
  info: GoFileInfo;
}

/** Reports whether name is prefix followed by nothing or a non-lowercase rune (testing's isTest). */
export function isTestName(name: string, prefix: string): boolean {
  if (!name.startsWith(prefix)) return false;
  const rest = name.slice(prefix.length);
  if (rest === '') return true;
  const first = String.fromCodePoint(rest.codePointAt(0) ?? 0);
  return first.toLowerCase() !== first || first.toUpperCase() === first;
}

/** The local name of "testing" in a file (usually "testing"), or null if it is not imported. */
function testingName(info: GoFileInfo): string | null {
  const imp = info.imports.find((i) => i.path === 'testing');
  if (!imp) return null;
  return imp.name ?? 'testing';
}

/** Matches `(x *testing.T)` or `(*testing.T)` with the file's name for package testing. */
function takesPointer(fn: GoFunc, pkgName: string | null, type: string): boolean {
  if (pkgName === null || fn.generic || !fn.noResults) return false;
  const want = ['*', pkgName, '.', type];
  const p = fn.params;
  const tail = p.length === 5 ? p.slice(1) : p;
  return tail.length === 4 && tail.every((t, i) => t === want[i]) && (p.length === 4 || /^[\p{L}_]/u.test(p[0] ?? ''));
}

const kinds = [
  { prefix: 'Test', type: 'T', list: 'tests' },
  { prefix: 'Benchmark', type: 'B', list: 'benchmarks' },
  { prefix: 'Fuzz', type: 'F', list: 'fuzzTargets' },
] as const;

/** Collects tests, benchmarks, fuzz targets, examples and TestMain from the _test files, in file order. */
export function findTests(files: TestFile[]): TestSuite {
  const suite: TestSuite = {
    tests: [],
    benchmarks: [],
    fuzzTargets: [],
    examples: [],
    testMain: null,
    diagnostics: [],
  };
  for (const file of files) {
    const testing = testingName(file.info);
    for (const fn of file.info.funcs) {
      const at = { file: file.name, line: fn.line, column: fn.column };
      if (fn.name === 'TestMain') {
        if (takesPointer(fn, testing, 'M')) {
          suite.testMain = { pkg: file.pkg, name: fn.name };
          continue;
        }
        // go test treats a TestMain with another signature as an ordinary test name.
      }
      if (isTestName(fn.name, 'Example')) {
        const out = fn.params.length === 0 && fn.noResults && !fn.generic ? exampleOutput(fn.lastBodyComment) : null;
        if (out) suite.examples.push({ pkg: file.pkg, name: fn.name, ...out });
        continue;
      }
      for (const kind of kinds) {
        if (!isTestName(fn.name, kind.prefix)) continue;
        if (takesPointer(fn, testing, kind.type)) {
          suite[kind.list].push({ pkg: file.pkg, name: fn.name });
        } else {
          suite.diagnostics.push({
            ...at,
            message: `wrong signature for ${fn.name}, must be: func ${fn.name}(${kind.type.toLowerCase()} *testing.${kind.type})`,
          });
        }
        break;
      }
    }
  }
  return suite;
}

export interface TestMainOptions {
  /** Import path of the package under test. */
  importPath: string;
  modulePath: string;
  /** Whether the package under test has files (it may consist of external tests only). */
  hasPackage: boolean;
  /** Whether there is an external `package foo_test` to import. */
  hasXTest: boolean;
  /**
   * "lean" (default) imports the runner's own small testdeps package
   * (LEAN_TESTDEPS, shipped precompiled in public/go) instead of
   * testing/internal/testdeps, whose closure (internal/fuzz, runtime/pprof,
   * ...) adds about 2.5 MB of gzipped archives to every test run. "std" uses
   * the real testdeps, exactly like go test. Both expose the same names, so
   * the generated main differs only in that import path.
   */
  deps?: 'lean' | 'std';
}

/**
 * Import path of the runner's testdeps. The reserved .invalid domain can never
 * be a learner's module, and importProblem refuses it in learner code.
 */
export const LEAN_TESTDEPS = 'gomastery.invalid/testdeps';

/** What leanTestDepsSource imports. */
const testDepsGoImports = ['fmt', 'internal/testlog', 'io', 'reflect', 'regexp', 'testing', 'time'];

/**
 * What the lean testdeps package imports: testdeps.go (leanTestDepsSource) and
 * the seed corpus reader in ./testdeps/corpus.go, compiled with it. The
 * manifest records these for the import closure; all of them are in testing's
 * closure already, so a test download grows by nothing but testdeps itself.
 */
export const leanTestDepsImports = [
  ...new Set([...testDepsGoImports, 'math', 'os', 'path/filepath', 'strconv', 'strings', 'unicode', 'unicode/utf8']),
].sort();

const q = (s: string) => JSON.stringify(s);

const testDepsPath = (deps: 'lean' | 'std') => (deps === 'lean' ? LEAN_TESTDEPS : 'testing/internal/testdeps');

/** Packages the generated test main imports (beyond the learner's own imports). */
export function testMainImports(deps: 'lean' | 'std' = 'lean'): string[] {
  return ['os', 'testing', testDepsPath(deps), ...(deps === 'std' ? ['reflect'] : [])];
}

/**
 * Writes _testmain.go for the suite. With deps "std" it is go test's own
 * template. The lean main hands the tables to testdeps.Run (RunFuzz,
 * RunTestMain), which calls testing.MainStart and m.Run exactly as that
 * template does. It mentions testing.InternalFuzzTarget only when there are
 * fuzz targets and testing.M only for a TestMain: a package that refers to
 * either type, even through a function signature, makes the compiler
 * instantiate about sixty generic reflect methods, about 0.1 s per test
 * build under wasm. testdeps, compiled once, already holds them.
 */
export function generateTestMain(suite: TestSuite, opts: TestMainOptions): string {
  const lean = (opts.deps ?? 'lean') === 'lean';
  const all = [...suite.tests, ...suite.benchmarks, ...suite.fuzzTargets, ...suite.examples];
  if (suite.testMain) all.push(suite.testMain);
  const usesTest = all.some((f) => f.pkg === '_test');
  const usesXTest = all.some((f) => f.pkg === '_xtest');
  const declareFuzz = !lean || suite.fuzzTargets.length > 0;
  const imports = [
    '"os"',
    // go test's main reads m's exit code after TestMain with reflect (an unexported field).
    ...(suite.testMain && !lean ? ['"reflect"'] : []),
    '"testing"',
    q(testDepsPath(lean ? 'lean' : 'std')),
    // Like go test, packages without referenced tests are still imported (blank) so their init runs.
    ...(opts.hasPackage ? [`${usesTest ? '_test' : '_'} ${q(opts.importPath)}`] : []),
    ...(opts.hasXTest ? [`${usesXTest ? '_xtest' : '_'} ${q(`${opts.importPath}_test`)}`] : []),
  ];
  const entries = (list: TestFunc[], type: string) =>
    `var ${type} = []testing.Internal${typeNames[type]}{\n${list.map((f) => `\t{${q(f.name)}, ${f.pkg}.${f.name}},\n`).join('')}}\n\n`;
  const examples = `var examples = []testing.InternalExample{\n${suite.examples
    .map((e) => `\t{${q(e.name)}, ${e.pkg}.${e.name}, ${q(e.output)}, ${e.unordered}},\n`)
    .join('')}}\n\n`;
  const fuzz = declareFuzz ? 'fuzzTargets' : 'nil';
  const testMain = suite.testMain ? `${suite.testMain.pkg}.${suite.testMain.name}` : '';
  let body: string;
  if (lean) {
    let call = 'Run(tests, benchmarks, examples)';
    if (suite.testMain) call = `RunTestMain(tests, benchmarks, ${fuzz}, examples, ${testMain})`;
    else if (declareFuzz) call = 'RunFuzz(tests, benchmarks, fuzzTargets, examples)';
    body = `\tos.Exit(testdeps.${call})\n`;
  } else {
    body =
      '\tm := testing.MainStart(testdeps.TestDeps{}, tests, benchmarks, fuzzTargets, examples)\n' +
      (suite.testMain
        ? `\t${testMain}(m)\n\tos.Exit(int(reflect.ValueOf(m).Elem().FieldByName("exitCode").Int()))\n`
        : '\tos.Exit(m.Run())\n');
  }
  return [
    "// Code generated by the Go Mastery runner (the shape of go test's _testmain.go). DO NOT EDIT.\n\n",
    'package main\n\n',
    `import (\n${imports.map((i) => `\t${i}\n`).join('')})\n\n`,
    entries(suite.tests, 'tests'),
    entries(suite.benchmarks, 'benchmarks'),
    declareFuzz ? entries(suite.fuzzTargets, 'fuzzTargets') : '',
    examples,
    `func init() {\n\ttestdeps.ModulePath = ${q(opts.modulePath)}\n\ttestdeps.ImportPath = ${q(opts.importPath)}\n}\n\n`,
    `func main() {\n${body}}\n`,
  ].join('');
}

const typeNames: Record<string, string> = { tests: 'Test', benchmarks: 'Benchmark', fuzzTargets: 'FuzzTarget' };

/**
 * The source of LEAN_TESTDEPS: a testDeps for testing.MainStart without
 * testing/internal/testdeps, with the same exported names. scripts/build-toolchain.mjs
 * compiles it with the installed Go into public/go, so test builds in the
 * browser do not compile it again. The method set must match testing's
 * unexported testDeps interface for this Go release; the compiler checks it
 * when a test main is built, so a Go upgrade that changes the interface fails
 * loudly in the runner's conformance tests. Fuzzing itself and CPU profiles
 * are not supported in the browser; seed corpora (f.Add and the files in
 * testdata/fuzz, read by ./testdeps/corpus.go) still run as tests.
 */
export function leanTestDepsSource(): string {
  return `// Code generated by the Go Mastery runner (src/runner/build/testmain.ts). DO NOT EDIT.

// Package testdeps is the Go Mastery runner's small stand-in for
// testing/internal/testdeps.
package testdeps

import (
${testDepsGoImports.map((i) => `\t${q(i)}\n`).join('')})

// ImportPath and ModulePath are set by the generated test main.
var (
	ImportPath string
	ModulePath string
)

type corpusEntry = struct {
	Parent     string
	Path       string
	Data       []byte
	Values     []any
	Generation int
	IsSeed     bool
}

// TestDeps implements testing's testDeps interface.
type TestDeps struct{}

var matchPat string
var matchRe *regexp.Regexp

func (TestDeps) MatchString(pat, str string) (result bool, err error) {
	if matchRe == nil || matchPat != pat {
		matchPat = pat
		matchRe, err = regexp.Compile(matchPat)
		if err != nil {
			return
		}
	}
	return matchRe.MatchString(str), nil
}

func (TestDeps) ImportPath() string                          { return ImportPath }
func (TestDeps) ModulePath() string                          { return ModulePath }
func (TestDeps) SetPanicOnExit0(v bool)                      { testlog.SetPanicOnExit0(v) }
func (TestDeps) StartCPUProfile(io.Writer) error             { return errUnsupported("CPU profiles") }
func (TestDeps) StopCPUProfile()                             {}
func (TestDeps) StartTestLog(io.Writer)                      {}
func (TestDeps) StopTestLog() error                          { return nil }
func (TestDeps) WriteProfileTo(string, io.Writer, int) error { return errUnsupported("profiles") }
func (TestDeps) ResetCoverage()                              {}
func (TestDeps) SnapshotCoverage()                           {}

func (TestDeps) CoordinateFuzzing(time.Duration, int64, time.Duration, int64, int, []corpusEntry, []reflect.Type, string, string) error {
	return errUnsupported("fuzzing (-test.fuzz)")
}

func (TestDeps) RunFuzzWorker(func(corpusEntry) error) error { return errUnsupported("fuzzing") }

// ReadCorpus reads the seed corpus in testdata/fuzz/FuzzXxx (corpus.go).
func (TestDeps) ReadCorpus(dir string, types []reflect.Type) ([]corpusEntry, error) {
	return readCorpus(dir, types)
}

func (TestDeps) CheckCorpus(vals []any, types []reflect.Type) error { return checkCorpus(vals, types) }

func (TestDeps) InitRuntimeCoverage() (mode string, tearDown func(string, string) (string, error), snapcov func() float64) {
	return
}

// Run does what the main function go test generates does, short of os.Exit:
// it starts the tests with testing.MainStart and returns m.Run's exit code.
// Its signature mentions neither testing.M nor testing.InternalFuzzTarget, so
// a main package calling it compiles quickly (see generateTestMain); inlined,
// its body would mention them.
//
//go:noinline
func Run(tests []testing.InternalTest, benchmarks []testing.InternalBenchmark, examples []testing.InternalExample) int {
	// Not through RunFuzz: goroutine dumps then show one runner frame, not two.
	return testing.MainStart(TestDeps{}, tests, benchmarks, nil, examples).Run()
}

// RunFuzz is Run for a package with fuzz targets.
func RunFuzz(tests []testing.InternalTest, benchmarks []testing.InternalBenchmark, fuzzTargets []testing.InternalFuzzTarget, examples []testing.InternalExample) int {
	return testing.MainStart(TestDeps{}, tests, benchmarks, fuzzTargets, examples).Run()
}

// RunTestMain is RunFuzz for a package with a TestMain: like go test's
// generated main, it hands m to testMain and returns the exit code m.Run
// recorded.
func RunTestMain(tests []testing.InternalTest, benchmarks []testing.InternalBenchmark, fuzzTargets []testing.InternalFuzzTarget, examples []testing.InternalExample, testMain func(*testing.M)) int {
	m := testing.MainStart(TestDeps{}, tests, benchmarks, fuzzTargets, examples)
	testMain(m)
	return int(reflect.ValueOf(m).Elem().FieldByName("exitCode").Int())
}

func errUnsupported(what string) error {
	return fmt.Errorf("%s: not supported by the browser runner; run go test locally", what)
}
`;
}
