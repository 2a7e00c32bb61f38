import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { readExerciseFolder } from '../../src/data/exercise-files';
import { toClientData } from '../../src/lib/exercise-client';
import { exercisePackage } from '../../src/lib/exercise-package';
import { exerciseSchema } from '../../src/lib/schema/exercise';
import type { ToolchainManifest } from '../../src/runner/manifest';
import type { GoEngine, RunResult, TestResult } from '../../src/runner/types';
import { runResult } from '../fixtures/run-result.ts';
import { isChromiumBased } from '../../src/stackblitz/browser-support';
import { CHECK_TIMEOUT_MS, checkStackBlitzWork } from '../../src/stackblitz/check';
import { goTestFailure, gradeCases } from '../../src/stackblitz/grade-cases';
import {
  chooseEngine,
  goModVersion,
  matchesManifest,
  mirrorToolchain,
  toolchainFilesFor,
  versionAtLeast,
} from '../../src/stackblitz/harness';

const run = (over: Partial<RunResult>): RunResult =>
  runResult({ timings: { compileMs: 1, linkMs: 1, runMs: 1 }, ...over });
const test = (name: string, status: TestResult['status'], output = ''): TestResult => ({
  name,
  status,
  output,
  elapsedMs: 0,
});

describe('gradeCases', () => {
  it('reports one case per Go test, with the Go name and the got/want output of failures', () => {
    const result = run({
      status: 'failed',
      exitCode: 1,
      tests: [
        test('TestGreet', 'fail'),
        test('TestGreet/plain', 'pass'),
        test('TestGreet/empty', 'fail', '    greeting_test.go:21: Greet("") = "", want "Hello, world!"\n'),
        test('TestLater', 'skip', 'not yet'),
      ],
    });
    expect(gradeCases(result)).toEqual([
      { name: 'TestGreet', status: 'fail', message: '1 of its subtests failed: empty' },
      { name: 'TestGreet/plain', status: 'pass', message: '' },
      { name: 'TestGreet/empty', status: 'fail', message: 'greeting_test.go:21: Greet("") = "", want "Hello, world!"' },
      { name: 'TestLater', status: 'skip', message: '' },
    ]);
  });

  it('turns a failed build into one "compile" case listing every diagnostic with file:line:col', () => {
    const result = run({
      status: 'compile-error',
      exitCode: null,
      diagnostics: [
        { file: 'greeting.go', line: 3, column: 9, message: 'undefined: strings' },
        { file: 'greeting.go', line: 7, column: 2, message: 'missing return' },
      ],
    });
    expect(gradeCases(result)).toEqual([
      {
        name: 'compile',
        status: 'fail',
        message: 'greeting.go:3:9: undefined: strings\ngreeting.go:7:2: missing return',
      },
    ]);
  });

  it('adds a failing case with the output when the run failed in a way no test explains', () => {
    const cases = gradeCases(
      run({ status: 'timeout', exitCode: null, tests: [test('TestA', 'pass')], stderr: '[runner] stopped' }),
    );
    expect(cases.at(-1)).toMatchObject({ name: 'go test (timeout)', status: 'fail' });
    expect(cases.at(-1)?.message).toMatch(/endless loop[\s\S]*\[runner\] stopped/);
  });

  it('fails when no Go test ran at all', () => {
    expect(gradeCases(run({}))).toEqual([
      { name: 'go test', status: 'fail', message: expect.stringContaining('No Go tests ran') as string },
    ]);
  });
});

describe('goTestFailure', () => {
  it('carries only the Go output, with no JavaScript stack frames', () => {
    const error = goTestFailure({ name: 'TestA', status: 'fail', message: 'got 1, want 2' });
    expect(error.message).toBe('got 1, want 2');
    expect(error.stack).toBe('GoTestFailure: got 1, want 2');
  });
});

describe('chooseEngine', () => {
  const config = { engines: ['wasm', 'native'] as const, nativeOnlyReason: null, toolchain: 'https://c.example/go/' };
  const both = { ...config, engines: [...config.engines] };
  const nativeOnly = { ...config, engines: ['native' as const], nativeOnlyReason: 'it starts an HTTP server' };

  it('uses the installed go when it is new enough for the go.mod', () => {
    expect(chooseEngine(both, undefined, '1.26.8', '1.26')).toEqual({
      engine: 'native',
      note: 'the installed go 1.26.8',
    });
  });

  it('falls back to the WebAssembly toolchain without go, or with a go that is too old', () => {
    expect(chooseEngine(both, undefined, null, '1.26')).toMatchObject({ engine: 'wasm' });
    expect(chooseEngine(both, '', '1.22.1', '1.26')).toMatchObject({
      engine: 'wasm',
      note: expect.stringContaining('go 1.22.1 is older than 1.26') as string,
    });
  });

  it('obeys GO_MASTERY_ENGINE', () => {
    expect(chooseEngine(both, 'wasm', '1.26.8', '1.26')).toMatchObject({ engine: 'wasm' });
    expect(chooseEngine(both, 'native', null, '1.26')).toEqual({
      error: expect.stringContaining('go was not found on PATH') as string,
    });
    expect(chooseEngine(both, 'rosetta', '1.26.8', '1.26')).toEqual({
      error: 'GO_MASTERY_ENGINE must be "native" or "wasm", not "rosetta".',
    });
  });

  it('explains why a native-only exercise cannot run without go', () => {
    const choice = chooseEngine(nativeOnly, undefined, null, '1.26');
    expect(choice).toEqual({ error: expect.stringContaining('it starts an HTTP server') as string });
    expect(chooseEngine(nativeOnly, 'wasm', '1.26.8', '1.26')).toHaveProperty('error');
  });
});

describe('versions', () => {
  it('compares Go versions numerically', () => {
    expect(versionAtLeast('1.26.8', '1.26')).toBe(true);
    expect(versionAtLeast('1.3', '1.26')).toBe(false);
    expect(versionAtLeast('2.0', '1.26')).toBe(true);
  });

  it('reads the go directive of a go.mod', () => {
    expect(goModVersion('module example.com/x\n\ngo 1.25\n')).toBe('1.25');
    expect(goModVersion(undefined)).toBe('1.26');
  });
});

describe('isChromiumBased', () => {
  const ua = {
    chrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
    firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
    safari:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
    chromeIos:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/140.0 Mobile/15E148 Safari/604.1',
  };

  it('trusts the Chromium brand of userAgentData (Chrome, Edge, Brave)', () => {
    const brands = (...names: string[]) => ({
      userAgent: '',
      userAgentData: { brands: names.map((brand) => ({ brand })) },
    });
    expect(isChromiumBased(brands('Chromium', 'Google Chrome', 'Not=A?Brand'))).toBe(true);
    expect(isChromiumBased(brands('Microsoft Edge', 'Chromium'))).toBe(true);
    expect(isChromiumBased(brands('Brave', 'Chromium'))).toBe(true);
    expect(isChromiumBased(brands('Some Browser'))).toBe(false);
  });

  it('falls back to the user agent string', () => {
    expect(isChromiumBased({ userAgent: ua.chrome })).toBe(true);
    expect(isChromiumBased({ userAgent: ua.firefox })).toBe(false);
    expect(isChromiumBased({ userAgent: ua.safari })).toBe(false);
    expect(isChromiumBased({ userAgent: ua.chromeIos })).toBe(false);
  });
});

describe('checkStackBlitzWork', () => {
  const exercise = toClientData(exerciseSchema.parse(readExerciseFolder('exercises/greeting')));
  const engineReturning = (result: RunResult) => {
    const runTests = vi.fn<GoEngine['runTests']>().mockResolvedValue(result);
    const engine = { name: 'wasm', runTests } as unknown as GoEngine;
    return { runTests, getEngine: () => Promise.resolve(engine) };
  };

  it("grades the learner's StackBlitz files with the exercise's tests in the page", async () => {
    const passed = run({ tests: [test('TestA', 'pass')] });
    const { runTests, getEngine } = engineReturning(passed);
    const snapshot = { 'greeting.go': 'package greeting // edited in StackBlitz\n', 'package.json': '{}' };
    const outcome = await checkStackBlitzWork({ getFsSnapshot: () => Promise.resolve(snapshot) }, exercise, getEngine);
    expect(outcome).toEqual({ ok: true, files: { 'greeting.go': snapshot['greeting.go'] }, result: passed });
    const [graded, options] = runTests.mock.calls[0] ?? [];
    expect(graded).toEqual({
      'greeting.go': snapshot['greeting.go'],
      'greeting_test.go': exercise.tests['greeting_test.go'],
      'go.mod': 'module example.com/greeting\n\ngo 1.26\n',
    });
    expect(options).toEqual({ timeoutMs: CHECK_TIMEOUT_MS });
  });

  it('says what to do when a learner file is gone, without grading', async () => {
    const { runTests, getEngine } = engineReturning(run({}));
    const outcome = await checkStackBlitzWork({ getFsSnapshot: () => Promise.resolve({}) }, exercise, getEngine);
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/no longer has greeting\.go/) as string });
    expect(runTests).not.toHaveBeenCalled();
  });

  it('asks the learner to wait while StackBlitz is still loading', async () => {
    const { getEngine } = engineReturning(run({}));
    await expect(
      checkStackBlitzWork({ getFsSnapshot: () => Promise.resolve(null) }, exercise, getEngine),
    ).resolves.toMatchObject({ ok: false, message: expect.stringMatching(/not loaded the project yet/) as string });
    await expect(
      checkStackBlitzWork({ getFsSnapshot: () => Promise.reject(new Error('port closed')) }, exercise, getEngine),
    ).resolves.toMatchObject({ ok: false, message: expect.stringMatching(/could not be read.*port closed/) as string });
  });
});

describe('the toolchain mirror of the grading project', () => {
  const manifest = JSON.parse(readFileSync('public/go/manifest.json', 'utf8')) as ToolchainManifest;
  const greeting = exerciseSchema.parse(readExerciseFolder('exercises/greeting'));

  it('downloads only what one test build reads: the glue, compile, link and the std closure', () => {
    const files = toolchainFilesFor(manifest, exercisePackage(greeting, 'starter'));
    expect(files.slice(0, 3)).toEqual(['wasm_exec.js', 'compile.wasm.gz', 'link.wasm.gz']);
    expect(files).toContain('pkg/testing.a.gz');
    expect(files).toContain('pkg/strings.a.gz');
    expect(files).not.toContain('gofmt.wasm.gz');
    expect(files).not.toContain('pkg/net/http.a.gz');
  });

  it('checks a download against the sha256 of the raw file, gzipped or not', () => {
    const raw = readFileSync('public/go/wasm_exec.js');
    expect(matchesManifest(raw, manifest.wasmExec.sha256)).toBe(true);
    expect(matchesManifest(gzipSync(raw), manifest.wasmExec.sha256)).toBe(true);
    expect(matchesManifest(raw.subarray(0, 100), manifest.wasmExec.sha256)).toBe(false);
  });
});

describe('mirrorToolchain', () => {
  const greeting = exerciseSchema.parse(readExerciseFolder('exercises/greeting'));
  const files = exercisePackage(greeting, 'starter');

  it('leaves a file: toolchain where it is', async () => {
    const base = pathToFileURL('public/go/').href;
    await expect(mirrorToolchain(base, files, new URL('file:///nowhere/'))).resolves.toBe(base);
  });

  it('downloads once, then grades from the copy, even when the site is unreachable', async () => {
    let requests = 0;
    const server = createServer((req, res) => {
      requests++;
      const file = join('public', 'go', new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/go\//, ''));
      if (!existsSync(file)) return void res.writeHead(404).end();
      res.end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/go/`;
    const cache = mkdtempSync(join(tmpdir(), 'gm-mirror-'));
    const cacheUrl = pathToFileURL(`${cache}/`);
    const log: string[] = [];
    try {
      const dir = await mirrorToolchain(base, files, cacheUrl, (l) => log.push(l));
      expect(dir).toMatch(/^file:.*\/go-[0-9a-f]{16}\/$/);
      expect(existsSync(new URL('pkg/testing.a.gz', dir))).toBe(true);
      expect(log).toEqual([expect.stringMatching(/^Downloading the Go toolchain \(\d+\.\d MB, once\)/) as string]);

      const before = requests;
      await expect(mirrorToolchain(base, files, cacheUrl, (l) => log.push(l))).resolves.toBe(dir);
      expect(requests - before).toBe(1); // the manifest only

      await new Promise((done) => server.close(done));
      await expect(mirrorToolchain(base, files, cacheUrl, (l) => log.push(l))).resolves.toBe(dir);
      expect(log.at(-1)).toMatch(/is unreachable .*using the copy from before/);
    } finally {
      server.close();
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
