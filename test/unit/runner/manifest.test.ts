import { describe, expect, it } from 'vitest';
import {
  downloadBytes,
  importClosure,
  importProblem,
  isShippedPackage,
  isStdPackage,
  type ToolchainManifest,
} from '../../../src/runner/manifest.ts';

const pkg = (imports: string[], gzipBytes = 10) => ({ file: '', bytes: 0, gzipBytes, sha256: '', imports });
const manifest = {
  builtin: ['unsafe'],
  packages: {
    fmt: pkg(['errors', 'internal/fmtsort', 'os']),
    errors: pkg(['internal/reflectlite']),
    'internal/fmtsort': pkg([]),
    'internal/reflectlite': pkg(['runtime']),
    os: pkg(['errors', 'runtime']),
    runtime: pkg([], 100),
    'syscall/js': pkg(['runtime']),
  },
} as unknown as ToolchainManifest;

describe('importClosure', () => {
  it('returns the roots and everything they import, sorted', () => {
    expect(importClosure(manifest, ['fmt'])).toEqual([
      'errors',
      'fmt',
      'internal/fmtsort',
      'internal/reflectlite',
      'os',
      'runtime',
    ]);
  });

  it('ignores packages the manifest does not have (callers report them)', () => {
    expect(importClosure(manifest, ['unsafe', 'example.com/x', 'runtime'])).toEqual(['runtime']);
  });
});

describe('importProblem', () => {
  it('accepts std packages from the manifest and builtins', () => {
    expect(importProblem(manifest, 'fmt')).toBeNull();
    expect(importProblem(manifest, 'unsafe')).toBeNull();
  });

  it('refuses internal packages like the go command does', () => {
    expect(importProblem(manifest, 'internal/fmtsort')).toBe('use of internal package internal/fmtsort not allowed');
  });

  it('refuses syscall/js and cgo, which would let a program reach the page', () => {
    expect(importProblem(manifest, 'syscall/js')).toMatch(/not available/);
    expect(importProblem(manifest, 'C')).toMatch(/cgo/);
  });

  it("refuses the runner's own packages, which are in the manifest but not in std", () => {
    const withRunner = {
      ...manifest,
      packages: { ...manifest.packages, 'gomastery.invalid/testdeps': manifest.packages.fmt },
      runnerPackages: ['gomastery.invalid/testdeps'],
    } as ToolchainManifest;
    expect(importProblem(withRunner, 'gomastery.invalid/testdeps')).toMatch(/not available in the browser runner/);
    expect(isStdPackage(withRunner, 'gomastery.invalid/testdeps')).toBe(false);
    expect(isStdPackage(withRunner, 'fmt')).toBe(true);
  });

  it('says that third-party modules need local Go', () => {
    expect(importProblem(manifest, 'github.com/x/y')).toMatch(/only the standard library.*locally/);
    expect(importProblem(manifest, 'net/smtp')).toBe('package net/smtp is not available in the browser runner');
  });
});

describe('pinned modules', () => {
  const withModules = {
    ...manifest,
    packages: {
      ...manifest.packages,
      'example.org/chi': { ...pkg(['fmt']), module: 'example.org/chi' },
      'example.org/chi/middleware': { ...pkg(['example.org/chi']), module: 'example.org/chi' },
      'example.org/chi/internal/tree': { ...pkg([]), module: 'example.org/chi' },
    },
    modules: { 'example.org/chi': 'v1.2.3' },
  } as unknown as ToolchainManifest;

  it('lets learner code import a shipped package of a pinned module, which is not std', () => {
    expect(importProblem(withModules, 'example.org/chi/middleware')).toBeNull();
    expect(isShippedPackage(withModules, 'example.org/chi')).toBe(true);
    expect(isStdPackage(withModules, 'example.org/chi')).toBe(false);
    expect(importClosure(withModules, ['example.org/chi/middleware'])).toContain('fmt');
  });

  it("refuses a module's internal package like the go command does", () => {
    expect(importProblem(withModules, 'example.org/chi/internal/tree')).toBe(
      'use of internal package example.org/chi/internal/tree not allowed',
    );
  });

  it('names the packages a pinned module has when another one of it is imported', () => {
    expect(importProblem(withModules, 'example.org/chi/render')).toBe(
      'package example.org/chi/render is not available in the browser runner: of module example.org/chi it has example.org/chi, example.org/chi/middleware',
    );
  });

  it('names the pinned modules when an unknown module is imported', () => {
    expect(importProblem(withModules, 'github.com/x/y')).toBe(
      'package github.com/x/y is not available in the browser runner: besides the standard library it has only the modules example.org/chi v1.2.3 (run it locally with Go to use other modules)',
    );
  });
});

describe('downloadBytes', () => {
  it('adds up the gzip sizes of the packages', () => {
    expect(downloadBytes(manifest, ['runtime', 'fmt', 'nope'])).toBe(110);
  });
});
