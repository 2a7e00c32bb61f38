import { describe, expect, it } from 'vitest';
import { constraintMatches, fileNameMatches } from '../../../src/runner/build/constraints.ts';

const jsWasm = { goos: 'js', goarch: 'wasm', goMinor: 26 };

describe('fileNameMatches', () => {
  it('keeps files without an OS or architecture suffix', () => {
    expect(fileNameMatches('main.go', jsWasm)).toBe(true);
    expect(fileNameMatches('linux.go', jsWasm)).toBe(true);
    expect(fileNameMatches('parse_test.go', jsWasm)).toBe(true);
  });

  it('drops files for another OS or architecture and keeps js/wasm ones, test files included', () => {
    expect(fileNameMatches('file_linux.go', jsWasm)).toBe(false);
    expect(fileNameMatches('file_amd64_test.go', jsWasm)).toBe(false);
    expect(fileNameMatches('file_windows_amd64.go', jsWasm)).toBe(false);
    expect(fileNameMatches('file_js.go', jsWasm)).toBe(true);
    expect(fileNameMatches('file_js_wasm_test.go', jsWasm)).toBe(true);
  });
});

describe('constraintMatches', () => {
  it('evaluates tags, negation, && and || with parentheses for js/wasm', () => {
    expect(constraintMatches('js && wasm', jsWasm)).toBe(true);
    expect(constraintMatches('linux || darwin', jsWasm)).toBe(false);
    expect(constraintMatches('!windows', jsWasm)).toBe(true);
    expect(constraintMatches('(linux || js) && !cgo', jsWasm)).toBe(true);
    expect(constraintMatches('ignore', jsWasm)).toBe(false);
  });

  it('treats release tags up to the toolchain version as satisfied', () => {
    expect(constraintMatches('go1.21', jsWasm)).toBe(true);
    expect(constraintMatches('go1.26', jsWasm)).toBe(true);
    expect(constraintMatches('go1.27', jsWasm)).toBe(false);
  });

  it('lets a malformed expression through so the compiler reports the file', () => {
    expect(constraintMatches('linux &&', jsWasm)).toBe(true);
  });
});
