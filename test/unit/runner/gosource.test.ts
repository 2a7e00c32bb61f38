import { describe, expect, it } from 'vitest';
import { exampleOutput, scanGoFile } from '../../../src/runner/build/gosource.ts';

describe('scanGoFile', () => {
  it('reads the package clause and every import form with its position', () => {
    const info = scanGoFile(
      [
        '// Package demo shows imports.',
        'package demo',
        '',
        'import "fmt"',
        'import (',
        '\t"os"',
        '\tstr "strings" // renamed',
        '\t_ "embed"',
        '\t. "math"',
        '\t`unicode/utf8`',
        ')',
        '',
        'func main() {}',
      ].join('\n'),
    );
    expect(info.packageName).toBe('demo');
    expect(info.packageLine).toBe(2);
    expect(info.imports).toEqual([
      { path: 'fmt', line: 4, column: 8 },
      { path: 'os', line: 6, column: 2 },
      { path: 'strings', name: 'str', line: 7, column: 2 },
      { path: 'embed', name: '_', line: 8, column: 2 },
      { path: 'math', name: '.', line: 9, column: 2 },
      { path: 'unicode/utf8', line: 10, column: 2 },
    ]);
  });

  it('stops reading imports at the first declaration, ignoring import-like text in strings and comments', () => {
    const info = scanGoFile('package a\n\nimport "fmt"\n\nvar s = `import "os"`\n\n/* import "net" */\nfunc f() {}\n');
    expect(info.imports.map((i) => i.path)).toEqual(['fmt']);
  });

  it('reads the //go:build line only before the package clause', () => {
    expect(scanGoFile('//go:build linux && !cgo\n\npackage a\n').buildConstraint).toBe('linux && !cgo');
    expect(scanGoFile('package a\n//go:build ignore\n').buildConstraint).toBeNull();
  });

  it('returns a null package name for a file without a package clause', () => {
    expect(scanGoFile('func main() {}').packageName).toBeNull();
  });

  it('lists top-level functions with parameters, skipping methods and function literals', () => {
    const info = scanGoFile(
      [
        'package a',
        'import tt "testing"',
        'func TestA(t *tt.T) { f := func(x int) {}; _ = f }',
        'func (s S) TestMethod(t *tt.T) {}',
        'func helper(a, b int) (int, error) { return 0, nil }',
        'func Generic[T any](v T) {}',
      ].join('\n'),
    );
    expect(info.funcs.map((f) => f.name)).toEqual(['TestA', 'helper', 'Generic']);
    expect(info.funcs[0]).toMatchObject({
      params: ['t', '*', 'tt', '.', 'T'],
      noResults: true,
      generic: false,
      line: 3,
      column: 1,
    });
    expect(info.funcs[1]?.noResults).toBe(false);
    expect(info.funcs[2]?.generic).toBe(true);
  });

  it('keeps the last comment group of a niladic function body, as go/ast gives it', () => {
    const info = scanGoFile(
      [
        'package a',
        'func ExampleA() {',
        '\t// not this one',
        '\tprintln("x")',
        '\t// Output:',
        '\t// x',
        '\t// y',
        '}',
      ].join('\n'),
    );
    expect(info.funcs[0]?.lastBodyComment).toBe('Output:\nx\ny\n');
  });
});

describe('exampleOutput', () => {
  it('extracts the expected output after "Output:"', () => {
    expect(exampleOutput('Output:\nhello\nworld\n')).toEqual({ output: 'hello\nworld\n', unordered: false });
  });

  it('accepts output on the same line and the unordered form, case-insensitively', () => {
    expect(exampleOutput('output: 42\n')).toEqual({ output: '42\n', unordered: false });
    expect(exampleOutput('Unordered output:\nb\na\n')).toEqual({ output: 'b\na\n', unordered: true });
  });

  it('returns null when the last comment is not an output comment', () => {
    expect(exampleOutput('just a note\n')).toBeNull();
    expect(exampleOutput(null)).toBeNull();
  });
});
