/**
 * The conformance harness itself: case loading and result comparison. Runs
 * without Go or the runner.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runResult } from '../fixtures/run-result.ts';
import { expectationFor, loadCase, loadCases, skipReason } from './cases.ts';
import { mismatches } from './compare.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function caseDir(yaml: string, files: Record<string, string> = { 'main.go': 'package main\n' }): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'case-'));
  dirs.push(root);
  const dir = path.join(root, 'sample');
  await mkdir(dir);
  await writeFile(path.join(dir, 'case.yaml'), yaml);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe('loading cases', () => {
  it('loads every checked-in case and finds at least 45', async () => {
    const cases = await loadCases();
    expect(cases.length).toBeGreaterThanOrEqual(45);
  });

  it('names the file and the field of an invalid case.yaml', async () => {
    const dir = await caseDir('description: x\nkind: run\nexpect:\n  status: fine\n');
    await expect(loadCase(dir)).rejects.toThrow(/sample[/\\]case\.yaml is not a valid case:\n {2}expect\.status: /);
  });

  it('rejects unknown fields instead of ignoring a typo', async () => {
    const dir = await caseDir('description: x\nkind: run\nexpect:\n  status: ok\n  stdot: "hi"\n');
    await expect(loadCase(dir)).rejects.toThrow(/stdot/);
  });

  it('requires diagnostics for a compile-error expectation', async () => {
    const dir = await caseDir('description: x\nkind: run\nexpect:\n  status: compile-error\n');
    await expect(loadCase(dir)).rejects.toThrow(
      /expect\.diagnostics: a compile-error expectation must list diagnostics/,
    );
  });

  it('applies a per-engine override and drops the fields it unsets', async () => {
    const dir = await caseDir(
      [
        'description: x',
        'kind: run',
        'expect: {status: ok, stdout: "linux\\n"}',
        'platform:',
        '  wasm: {reason: js/wasm, unset: [stdout], stdoutContains: [js]}',
        '  nativeOnly: needs a listener',
      ].join('\n'),
    );
    const c = await loadCase(dir);
    expect(expectationFor(c.spec, 'wasm')).toEqual({ status: 'ok', stdoutContains: ['js'] });
    expect(expectationFor(c.spec, 'native')).toEqual({ status: 'ok', stdout: 'linux\n' });
    expect(skipReason(c.spec, 'wasm')).toBe('native only: needs a listener');
    expect(skipReason(c.spec, 'native')).toBeUndefined();
  });
});

describe('comparing a result with its expectation', () => {
  it('reports got and want for a different stdout', () => {
    const problems = mismatches(runResult({ stdout: 'hello\n' }), { status: 'ok', stdout: 'Hello\n' });
    expect(problems).toEqual(['stdout differs at line 1\n    got:  "hello\\n"\n    want: "Hello\\n"']);
  });

  it('points at the first differing line of multi-line output', () => {
    const [problem] = mismatches(runResult({ stdout: 'a\nb\nc\n' }), { status: 'ok', stdout: 'a\nB\nc\n' });
    expect(problem).toMatch(/^stdout differs at line 2\n {4}got: {2}"b\\n"\n {4}want: "B\\n"\n/);
    expect(problem).toContain('      | B');
  });

  it('treats a missing truncated expectation as false', () => {
    expect(mismatches(runResult({ truncated: true }), { status: 'ok' })).toEqual([
      'truncated\n    got:  true\n    want: false',
    ]);
  });

  it('compares tests by name and status regardless of order', () => {
    const tests = [
      { name: 'TestB', status: 'fail' as const, output: 'x_test.go:9: got 1, want 2\n', elapsedMs: 0 },
      { name: 'TestA', status: 'pass' as const, output: '', elapsedMs: 0 },
    ];
    const want = {
      status: 'failed' as const,
      tests: [
        { name: 'TestA', status: 'pass' as const },
        { name: 'TestB', status: 'fail' as const, outputContains: ['got 1, want 2'] },
      ],
    };
    expect(mismatches(runResult({ status: 'failed', tests }), want)).toEqual([]);
    expect(mismatches(runResult({ status: 'failed', tests: tests.slice(1) }), want)[0]).toMatch(/^tests\n/);
  });

  it('with testsMatch listed, ignores tests the case does not list', () => {
    const tests = [
      { name: 'TestQuick', status: 'pass' as const, output: '', elapsedMs: 0 },
      { name: 'TestSpin', status: 'fail' as const, output: '', elapsedMs: 0 },
    ];
    const want = {
      status: 'ok' as const,
      testsMatch: 'listed' as const,
      tests: [{ name: 'TestQuick', status: 'pass' as const }],
    };
    expect(mismatches(runResult({ tests }), want)).toEqual([]);
  });

  it('compares diagnostics as a set, exactly', () => {
    const a = { file: 'a.go', line: 3, column: 2, message: 'declared and not used: x' };
    const b = { file: 'b.go', line: 1, column: 8, message: '"os" imported and not used' };
    const want = { status: 'compile-error' as const, diagnostics: [a, b] };
    expect(mismatches(runResult({ status: 'compile-error', diagnostics: [b, a] }), want)).toEqual([]);
    const wrongColumn = { ...b, column: 9 };
    expect(mismatches(runResult({ status: 'compile-error', diagnostics: [a, wrongColumn] }), want)[0]).toContain(
      'b.go:1:9: "os" imported and not used',
    );
  });
});
