import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, readPackage } from '../../../src/runner/cli.ts';
import type { GoEngine, GoFiles, RunResult } from '../../../src/runner/types.ts';
import { runResult } from '../../fixtures/run-result.ts';

const result = (over: Partial<RunResult>): RunResult =>
  runResult({ timings: { compileMs: 1, linkMs: 2, runMs: 3 }, ...over });

/** Runs the CLI against a fake engine that records what it was asked. */
async function cli(argv: string[], reply: RunResult) {
  const calls: { method: string; files?: GoFiles; options?: unknown }[] = [];
  const out: string[] = [];
  const err: string[] = [];
  let disposed = false;
  const engine: GoEngine = {
    name: 'wasm',
    runProgram: async (files, options) => (calls.push({ method: 'run', files, options }), reply),
    runTests: async (files, options) => (calls.push({ method: 'test', files, options }), reply),
    formatGo: async (source) => source.replace('{}', '{\n}'),
    dispose: async () => void (disposed = true),
  };
  const code = await main(argv, {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readStdin: async () => 'piped input',
    getEngine: () => engine,
  });
  return { code, calls, stdout: out.join(''), stderr: err.join(''), disposed };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function packageDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-test-'));
  made.push(dir);
  writeFileSync(join(dir, 'main.go'), 'package main\n');
  mkdirSync(join(dir, 'internal'));
  writeFileSync(join(dir, 'internal', 'x.go'), 'package internal\n');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref');
  mkdirSync(join(dir, 'static'));
  writeFileSync(join(dir, 'static', '.env'), 'A=1');
  return dir;
}

describe('readPackage', () => {
  it('reads a directory recursively with slash-separated names, skipping hidden folders but not hidden files', async () => {
    expect(Object.keys(await readPackage(packageDir())).sort()).toEqual(['internal/x.go', 'main.go', 'static/.env']);
  });
});

describe('the go CLI', () => {
  it('runs a program, prints its output and exits 0 when the status is ok', async () => {
    const r = await cli(['run', packageDir(), '--timeout', '500'], result({ stdout: 'hello\n' }));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('hello\n');
    expect(r.stderr).toMatch(/\[wasm\] ok \| exit 0/);
    expect(r.calls[0]).toMatchObject({ method: 'run', options: { timeoutMs: 500 } });
    expect(r.disposed).toBe(true);
  });

  it('exits 1 for any status other than ok', async () => {
    const r = await cli(['test', packageDir(), '--run', 'TestA'], result({ status: 'failed', exitCode: 1 }));
    expect(r.code).toBe(1);
    expect(r.calls[0]).toMatchObject({ method: 'test', options: { run: 'TestA' } });
  });

  it('passes the benchmark flags to runTests', async () => {
    const r = await cli(
      ['test', packageDir(), '--run', '^$', '--bench', '.', '--benchmem', '--benchtime', '100x'],
      result({}),
    );
    expect(r.calls[0]?.options).toEqual({ run: '^$', bench: '.', benchmem: true, benchtime: '100x' });
  });

  it('prints the whole RunResult with --json', async () => {
    const reply = result({
      status: 'compile-error',
      diagnostics: [{ file: 'main.go', line: 1, column: 2, message: 'x' }],
    });
    const r = await cli(['run', packageDir(), '--json'], reply);
    expect(JSON.parse(r.stdout)).toEqual(reply);
    expect(r.code).toBe(1);
  });

  it('passes standard input with --stdin -', async () => {
    const r = await cli(['run', packageDir(), '--stdin', '-'], result({}));
    expect(r.calls[0]?.options).toMatchObject({ stdin: 'piped input' });
  });

  it('prints formatted source for fmt', async () => {
    const file = join(packageDir(), 'main.go');
    writeFileSync(file, 'package main\nfunc main() {}\n');
    const r = await cli(['fmt', file], result({}));
    expect(r).toMatchObject({ code: 0, stdout: 'package main\nfunc main() {\n}\n' });
  });

  it('explains its usage and exits 2 for a wrong command or engine', async () => {
    expect((await cli(['build', '.'], result({}))).code).toBe(2);
    const r = await cli(['run', '.', '--engine', 'tinygo'], result({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--engine must be wasm or native/);
  });
});
