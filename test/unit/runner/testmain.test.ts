import { describe, expect, it } from 'vitest';
import { scanGoFile } from '../../../src/runner/build/gosource.ts';
import { findTests, generateTestMain, isTestName, type TestFile } from '../../../src/runner/build/testmain.ts';

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

  it('hands m to TestMain and exits with the code m.Run recorded, like go test', () => {
    const src = generateTestMain(suite, opts);
    expect(src).toContain(
      '\t_test.TestMain(m)\n\tos.Exit(int(reflect.ValueOf(m).Elem().FieldByName("exitCode").Int()))\n',
    );
  });

  it('calls os.Exit(m.Run()) without a TestMain', () => {
    const src = generateTestMain({ ...suite, testMain: null }, opts);
    expect(src).toContain('\tos.Exit(m.Run())\n');
  });

  it('uses the small built-in testDeps by default and testing/internal/testdeps on request', () => {
    const lean = generateTestMain(suite, opts);
    expect(lean).toContain('testing.MainStart(runnerDeps{}, tests, benchmarks, fuzzTargets, examples)');
    expect(lean).not.toContain('testing/internal/testdeps');
    const std = generateTestMain(suite, { ...opts, deps: 'std' });
    expect(std).toContain('testing.MainStart(testdeps.TestDeps{}, tests, benchmarks, fuzzTargets, examples)');
    expect(std).toContain('testdeps.ImportPath = "example.com/shapes"');
  });

  it('imports a package without referenced tests blank, so its init still runs', () => {
    const onlyX = findTests([external]);
    const src = generateTestMain(onlyX, opts);
    expect(src).toContain('\t_ "example.com/shapes"\n');
  });
});
