import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanGoFile } from '../../../src/runner/build/gosource.ts';
import {
  findTests,
  generateTestMain,
  isTestName,
  LEAN_TESTDEPS,
  leanTestDepsImports,
  leanTestDepsSource,
  type TestFile,
} from '../../../src/runner/build/testmain.ts';

const file = (name: string, pkg: '_test' | '_xtest', source: string): TestFile => ({
  name,
  pkg,
  info: scanGoFile(source),
});

const inPackage = file(
  'shapes_test.go',
  '_test',
  `package shapes

import "testing"

func TestArea(t *testing.T) {}
func Testlower(t *testing.T) {}
func BenchmarkArea(b *testing.B) {}
func FuzzArea(f *testing.F) {}
func TestMain(m *testing.M) { m.Run() }
func helper(t *testing.T) {}
`,
);

const external = file(
  'example_test.go',
  '_xtest',
  `package shapes_test

import (
	"fmt"
	check "testing"
)

func TestExternal(c *check.T) {}

func ExampleArea() {
	fmt.Println(4)
	// Output: 4
}

func ExampleNoOutput() {
	fmt.Println(4)
}
`,
);

describe('isTestName', () => {
  it('accepts the bare prefix or a prefix followed by a non-lowercase rune', () => {
    expect(isTestName('Test', 'Test')).toBe(true);
    expect(isTestName('TestArea', 'Test')).toBe(true);
    expect(isTestName('Test_area', 'Test')).toBe(true);
    expect(isTestName('Testarea', 'Test')).toBe(false);
    expect(isTestName('Example', 'Example')).toBe(true);
  });
});

describe('findTests', () => {
  it('collects tests, benchmarks, fuzz targets, TestMain and examples with output, from both test packages', () => {
    const suite = findTests([inPackage, external]);
    expect(suite.tests).toEqual([
      { pkg: '_test', name: 'TestArea' },
      { pkg: '_xtest', name: 'TestExternal' },
    ]);
    expect(suite.benchmarks).toEqual([{ pkg: '_test', name: 'BenchmarkArea' }]);
    expect(suite.fuzzTargets).toEqual([{ pkg: '_test', name: 'FuzzArea' }]);
    expect(suite.testMain).toEqual({ pkg: '_test', name: 'TestMain' });
    expect(suite.examples).toEqual([{ pkg: '_xtest', name: 'ExampleArea', output: '4\n', unordered: false }]);
    expect(suite.diagnostics).toEqual([]);
  });

  it('reports a test with the wrong signature the way go test does', () => {
    const suite = findTests([file('a_test.go', '_test', 'package a\n\nimport "testing"\n\nfunc TestBad(n int) {}\n')]);
    expect(suite.diagnostics).toEqual([
      {
        file: 'a_test.go',
        line: 5,
        column: 1,
        message: 'wrong signature for TestBad, must be: func TestBad(t *testing.T)',
      },
    ]);
  });
});

describe('generateTestMain', () => {
  const suite = findTests([inPackage, external]);
  const opts = { importPath: 'example.com/shapes', modulePath: 'example.com/shapes', hasPackage: true, hasXTest: true };

  it('imports the package under test as _test and the external tests as _xtest', () => {
    const src = generateTestMain(suite, opts);
    expect(src).toContain('\t_test "example.com/shapes"\n');
    expect(src).toContain('\t_xtest "example.com/shapes_test"\n');
    expect(src).toContain('\t{"TestArea", _test.TestArea},\n\t{"TestExternal", _xtest.TestExternal},\n');
    expect(src).toContain('{"ExampleArea", _xtest.ExampleArea, "4\\n", false},');
  });

  it('writes go test\'s own main with deps "std": MainStart, then TestMain or m.Run', () => {
    const std = { ...opts, deps: 'std' as const };
    const withMain = generateTestMain(suite, std);
    expect(withMain).toContain('\t"testing/internal/testdeps"\n');
    expect(withMain).toContain(
      '\tm := testing.MainStart(testdeps.TestDeps{}, tests, benchmarks, fuzzTargets, examples)\n',
    );
    expect(withMain).toContain(
      '\t_test.TestMain(m)\n\tos.Exit(int(reflect.ValueOf(m).Elem().FieldByName("exitCode").Int()))\n',
    );
    expect(withMain).toContain('testdeps.ImportPath = "example.com/shapes"');
    expect(generateTestMain({ ...suite, testMain: null }, std)).toContain('\tos.Exit(m.Run())\n');
  });

  it('hands the tables to the precompiled testdeps by default, naming testing.M only for a TestMain', () => {
    const noFuzz = { ...suite, fuzzTargets: [] };
    const lean = generateTestMain(noFuzz, opts);
    expect(lean).toContain(`\t"${LEAN_TESTDEPS}"\n`);
    expect(lean).not.toContain('testing/internal/testdeps');
    expect(lean).toContain('testdeps.ImportPath = "example.com/shapes"');
    expect(lean).toContain('\tos.Exit(testdeps.RunTestMain(tests, benchmarks, nil, examples, _test.TestMain))\n');
    const plain = generateTestMain({ ...noFuzz, testMain: null }, opts);
    expect(plain).toContain('\tos.Exit(testdeps.Run(tests, benchmarks, examples))\n');
    // Neither mentions the types that make the compiler instantiate reflect's generic methods.
    for (const src of [lean, plain]) {
      expect(src).not.toContain('InternalFuzzTarget');
      expect(src).not.toContain('reflect');
    }
    expect(plain).not.toContain('TestMain');
  });

  it('declares fuzz targets only when there are some', () => {
    const fuzz = findTests([
      {
        name: 'f_test.go',
        pkg: '_test',
        info: scanGoFile('package shapes\n\nimport "testing"\n\nfunc FuzzArea(f *testing.F) {}\n'),
      },
    ]);
    const src = generateTestMain(fuzz, opts);
    expect(src).toContain('var fuzzTargets = []testing.InternalFuzzTarget{\n\t{"FuzzArea", _test.FuzzArea},\n}\n');
    expect(src).toContain('\tos.Exit(testdeps.RunFuzz(tests, benchmarks, fuzzTargets, examples))\n');
  });

  it('writes a testdeps package whose imports (with corpus.go) are the ones the manifest records', () => {
    const src = leanTestDepsSource();
    expect(src).toMatch(/^package testdeps$/m);
    const corpus = readFileSync(new URL('../../../src/runner/build/testdeps/corpus.go', import.meta.url), 'utf8');
    expect(corpus).toMatch(/^package testdeps$/m);
    const imports = (go: string) =>
      (/import \(\n([^)]*)\)/.exec(go)?.[1] ?? '')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l.trim()) as string);
    expect([...new Set([...imports(src), ...imports(corpus)])].sort()).toEqual(leanTestDepsImports);
    for (const fn of ['Run', 'RunFuzz', 'RunTestMain']) expect(src).toMatch(new RegExp(`^func ${fn}\\(`, 'm'));
  });

  it('imports a package without referenced tests blank, so its init still runs', () => {
    const onlyX = findTests([external]);
    const src = generateTestMain(onlyX, opts);
    expect(src).toContain('\t_ "example.com/shapes"\n');
  });
});
