#!/usr/bin/env node
/**
 * Benchmarks the Go runner (npm run bench:runner):
 *   - cold start of the wasm toolchain (fresh engine: module compile + first compile, link, run)
 *   - warm hello world and a warm five-test package on the wasm engine in Node,
 *     unchanged (compiled packages come from the build cache, as with go) and
 *     edited before every run (everything is compiled again)
 *   - native `go run` / `go test -count=1` when go is on PATH, the same way
 *   - download sizes from public/go/manifest.json
 *   - memory over 100 sequential runs
 * Prints medians side by side with ratios. Options: --quick (fewer repetitions), --json.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { createNodeEngine, goAvailable } from '../src/runner/index.ts';
import { testMainImports } from '../src/runner/build/testmain.ts';
import { downloadBytes, importClosure } from '../src/runner/manifest.ts';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});
const reps = values.quick ? { cold: 1, warm: 3, native: 2, memory: 20 } : { cold: 3, warm: 10, native: 5, memory: 100 };
const execFileAsync = promisify(execFile);

const hello = { 'main.go': 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n' };
const fiveTests = {
  'go.mod': 'module example.com/calc\n\ngo 1.26\n',
  'calc.go': 'package calc\n\nfunc Add(a, b int) int { return a + b }\n\nfunc Mul(a, b int) int { return a * b }\n',
  'calc_test.go': `package calc

import "testing"

func TestAdd(t *testing.T) { if Add(2, 3) != 5 { t.Fatal("Add") } }
func TestMul(t *testing.T) { if Mul(2, 3) != 6 { t.Fatal("Mul") } }
func TestZero(t *testing.T) { if Add(0, 0) != 0 { t.Fatal("zero") } }
func TestNegative(t *testing.T) { if Mul(-2, 3) != -6 { t.Fatal("neg") } }
func TestTable(t *testing.T) {
	for _, c := range []struct{ a, b, want int }{{1, 1, 2}, {2, 2, 4}} {
		if got := Add(c.a, c.b); got != c.want { t.Errorf("got %d, want %d", got, c.want) }
	}
}
`,
};

/** The five-test package with a new declaration in calc.go: a cache miss for every compile. */
const editedTests = (i) => ({ ...fiveTests, 'calc.go': `${fiveTests['calc.go']}\nvar Edit = ${i}\n` });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (n) => (n === undefined ? '—' : `${Math.round(n)} ms`);
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
const log = (s) => process.stderr.write(`${s}\n`);

async function timed(fn) {
  const t = performance.now();
  const r = await fn();
  return { r, ms: performance.now() - t };
}

function expectOk(r, what) {
  if (r.status !== 'ok') throw new Error(`${what}: ${r.status}\n${r.stderr}`);
}

async function coldStart() {
  const totals = [];
  const phases = [];
  for (let i = 0; i < reps.cold; i++) {
    const engine = createNodeEngine();
    const { r, ms: total } = await timed(() => engine.runProgram(hello));
    expectOk(r, 'cold hello');
    totals.push(total);
    phases.push(r.timings);
    await engine.dispose();
  }
  return {
    total: median(totals),
    compile: median(phases.map((p) => p.compileMs)),
    link: median(phases.map((p) => p.linkMs)),
    run: median(phases.map((p) => p.runMs)),
  };
}

/** Median totals and phases of run(i) over the warm repetitions, after two warm-up runs. */
async function warm(engine, what, run) {
  await run(-1); // warm-up
  await run(-2);
  const totals = [];
  const phases = [];
  for (let i = 0; i < reps.warm; i++) {
    const { r, ms: total } = await timed(() => run(i));
    expectOk(r, what);
    totals.push(total);
    phases.push(r.timings);
  }
  return {
    total: median(totals),
    compile: median(phases.map((p) => p.compileMs)),
    link: median(phases.map((p) => p.linkMs)),
    run: median(phases.map((p) => p.runMs)),
  };
}

/** Median time of `go <args>`; with edit, the files of edit(i) are written before run i (not timed). */
async function nativeGo(files, args, edit) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-go-'));
  const write = async (fs) => {
    const withMod = fs['go.mod'] ? fs : { ...fs, 'go.mod': 'module example.com/hello\n\ngo 1.26\n' };
    for (const [name, text] of Object.entries(withMod)) await writeFile(join(dir, name), text);
  };
  try {
    await write(files);
    const env = { ...process.env, GOFLAGS: '', GOTOOLCHAIN: 'local' };
    await execFileAsync('go', args, { cwd: dir, env }); // warm the build cache
    const times = [];
    for (let i = 0; i < reps.native; i++) {
      if (edit) await write(edit(i));
      times.push((await timed(() => execFileAsync('go', args, { cwd: dir, env }))).ms);
    }
    return median(times);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function memory(engine) {
  const sample = () => {
    globalThis.gc?.();
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed };
  };
  let first;
  for (let i = 0; i < reps.memory; i++) {
    expectOk(await engine.runProgram(hello), 'memory run');
    if (i === 0) first = sample();
  }
  return { runs: reps.memory, first, last: sample() };
}

async function sizes() {
  const manifest = JSON.parse(await readFile(new URL('../public/go/manifest.json', import.meta.url), 'utf8'));
  const all = Object.keys(manifest.packages);
  // What every test build needs: the runtime and the generated test main's imports.
  const testRoots = ['runtime', ...testMainImports('lean')];
  return {
    goVersion: manifest.goVersion,
    toolchain: manifest.tools.compile.gzipBytes + manifest.tools.link.gzipBytes,
    gofmt: manifest.tools.gofmt.gzipBytes,
    hello: downloadBytes(manifest, importClosure(manifest, ['runtime', 'fmt'])),
    testing: downloadBytes(manifest, importClosure(manifest, testRoots)),
    testingStdDeps: downloadBytes(manifest, importClosure(manifest, ['runtime', ...testMainImports('std')])),
    httptest: downloadBytes(manifest, importClosure(manifest, [...testRoots, 'net/http/httptest'])),
    all: downloadBytes(manifest, all),
    packages: all.length,
  };
}

async function main() {
  const out = { sizes: await sizes() };
  log(`Go ${out.sizes.goVersion}; ${reps.cold} cold, ${reps.warm} warm, ${reps.native} native repetitions`);
  log('cold start…');
  out.cold = await coldStart();
  const engine = createNodeEngine();
  log('warm hello world…');
  out.warmHello = await warm(engine, 'warm hello', () => engine.runProgram(hello));
  log('warm five-test package…');
  out.warmTests = await warm(engine, 'warm tests', () => engine.runTests(fiveTests));
  log('warm five-test package, edited before each run…');
  out.editedTests = await warm(engine, 'edited tests', (i) => engine.runTests(editedTests(i)));
  log(`memory over ${reps.memory} runs…`);
  out.memory = await memory(engine);
  await engine.dispose();
  if (await goAvailable()) {
    log('native go…');
    out.native = {
      run: await nativeGo(hello, ['run', '.']),
      test: await nativeGo(fiveTests, ['test', '-count=1', '.']),
      editedTest: await nativeGo(fiveTests, ['test', '-count=1', '.'], editedTests),
    };
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const ratio = (a, b) => (a && b ? `${(a / b).toFixed(1)}×` : '—');
  const rows = [
    ['', 'wasm (Node)', 'native go', 'ratio'],
    ['cold start, hello world (total)', ms(out.cold.total), '', ''],
    ['  compile / link / run', `${ms(out.cold.compile)} / ${ms(out.cold.link)} / ${ms(out.cold.run)}`, '', ''],
    [
      'warm hello world (total)',
      ms(out.warmHello.total),
      ms(out.native?.run),
      ratio(out.warmHello.total, out.native?.run),
    ],
    [
      '  compile / link / run',
      `${ms(out.warmHello.compile)} / ${ms(out.warmHello.link)} / ${ms(out.warmHello.run)}`,
      'go run .',
      '',
    ],
    [
      'warm five-test package (total)',
      ms(out.warmTests.total),
      ms(out.native?.test),
      ratio(out.warmTests.total, out.native?.test),
    ],
    [
      '  compile / link / run',
      `${ms(out.warmTests.compile)} / ${ms(out.warmTests.link)} / ${ms(out.warmTests.run)}`,
      'go test -count=1 .',
      '',
    ],
    [
      'five-test package, edited each run',
      ms(out.editedTests.total),
      ms(out.native?.editedTest),
      ratio(out.editedTests.total, out.native?.editedTest),
    ],
    [
      '  compile / link / run',
      `${ms(out.editedTests.compile)} / ${ms(out.editedTests.link)} / ${ms(out.editedTests.run)}`,
      'same edit, then go test',
      '',
    ],
  ];
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows)
    process.stdout.write(`${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3]}\n`);
  process.stdout.write(
    '\nBoth sides reuse a compiled package whose inputs did not change (the wasm toolchain keeps a\n' +
      "build cache in its worker, like go's). Neither caches a test binary's link; go run does cache\n" +
      'its executable, so hello world is not like for like. "Edited" adds a declaration to calc.go\n' +
      'before each run, so the package and the test main are compiled again on both sides.\n',
  );
  const s = out.sizes;
  process.stdout.write(`\ndownload sizes (gzip): toolchain compile+link ${mb(s.toolchain)}, gofmt ${mb(s.gofmt)}\n`);
  process.stdout.write(
    `  hello-world closure ${mb(s.hello)}; testing closure ${mb(s.testing)} (with testing/internal/testdeps it would be ${mb(s.testingStdDeps)}); net/http/httptest test closure ${mb(s.httptest)}\n`,
  );
  process.stdout.write(`  all ${s.packages} archives ${mb(s.all)}\n`);
  const m = out.memory;
  process.stdout.write(
    `\nmemory over ${m.runs} sequential runs (whole process, all workers): rss ${mb(m.first.rss)} after the first, ${mb(m.last.rss)} after the last; main heap ${mb(m.first.heapUsed)} → ${mb(m.last.heapUsed)}${globalThis.gc ? '' : ' (run with --expose-gc for settled numbers)'}\n`,
  );
}

main().catch((err) => {
  log(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
