// Runs one Go package with the installed `go` toolchain, natively or as
// GOOS=js GOARCH=wasm under Node, and returns a RunResult-shaped object
// (see src/runner/types.ts). This is the yardstick the conformance cases were
// captured with; it is not the course runner.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Reads the files of a case folder as GoFiles: every file, in subdirectories
 * too (embedded data, testdata/fuzz corpora), except case.yaml itself.
 * @param {string} dir
 * @returns {Promise<Record<string, string>>}
 */
export async function readCaseFiles(dir) {
  const files = {};
  const walk = async (rel) => {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const name = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) await walk(name);
      else if (name !== 'case.yaml') files[name] = await readFile(path.join(dir, name), 'utf8');
    }
  };
  await walk('');
  return files;
}

/** Bytes of stdout+stderr kept before the rest is dropped and `truncated` is set. */
export const REFERENCE_OUTPUT_CAP = 1 << 20;

/**
 * The import path a package gets, as the runner decides it: the module line of
 * a go.mod among the files, else `example.com/<package name>`.
 */
export function modulePathFor(files) {
  const declared = /^\s*module\s+"?([^"\s]+)/m.exec(files['go.mod'] ?? '');
  if (declared) return declared[1];
  const name = packageName(files);
  return name === 'main' ? 'example.com/main' : `example.com/${name}`;
}

/** Package name of the non-test files (or the test files when there are only those). */
export function packageName(files) {
  const names = Object.keys(files)
    .filter((n) => n.endsWith('.go'))
    .sort();
  const ordered = [...names.filter((n) => !n.endsWith('_test.go')), ...names.filter((n) => n.endsWith('_test.go'))];
  for (const name of ordered) {
    const m = /^package\s+(\w+)/m.exec(stripComments(files[name]));
    if (m) return m[1].replace(/_test$/, '');
  }
  return 'main';
}

function stripComments(src) {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

let cachedGo;
/** Facts about the installed toolchain, or null when `go` is not on PATH. */
export function goToolchain() {
  if (cachedGo !== undefined) return cachedGo;
  const r = spawnSync('go', ['env', 'GOROOT', 'GOVERSION'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return (cachedGo = null);
  const [goroot, goversion] = r.stdout.trim().split('\n');
  cachedGo = { goroot, goversion, lang: /^go(\d+\.\d+)/.exec(goversion)?.[1] ?? '1.22' };
  return cachedGo;
}

/**
 * Builds and runs `files` with real Go.
 * @param {Record<string, string>} files
 * @param {{kind: 'run'|'test', target: 'native'|'wasm', stdin?: string, timeoutMs?: number, run?: string, bench?: string, benchmem?: boolean, benchtime?: string, outputCap?: number}} opts
 */
export async function runWithGo(files, opts) {
  const go = goToolchain();
  if (!go) throw new Error('go not found on PATH');
  const dir = await mkdtemp(path.join(tmpdir(), 'go-conformance-'));
  try {
    return await buildAndRun(go, dir, files, opts);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function buildAndRun(go, dir, files, opts) {
  const { kind, target } = opts;
  const src = path.join(dir, 'src');
  await mkdir(src);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(src, name)), { recursive: true });
    await writeFile(path.join(src, name), text);
  }
  const modPath = modulePathFor(files);
  if (files['go.mod'] === undefined) await writeFile(path.join(src, 'go.mod'), `module ${modPath}\n\ngo ${go.lang}\n`);

  const env = {
    ...process.env,
    GOTOOLCHAIN: 'local',
    GOWORK: 'off',
    GOFLAGS: '-buildvcs=false',
    // A case with a go.sum uses the pinned modules (src/lib/go-modules.ts): go may fetch exactly those.
    ...(files['go.sum'] === undefined ? { GOPROXY: 'off' } : {}),
    ...(target === 'wasm' ? { GOOS: 'js', GOARCH: 'wasm' } : {}),
  };
  const bin = path.join(dir, kind === 'test' ? 'prog.test' : 'prog');
  const buildArgs = kind === 'test' ? ['test', '-c', '-vet=off', '-o', bin, '.'] : ['build', '-o', bin, '.'];
  const t0 = performance.now();
  const build = await exec('go', buildArgs, { cwd: src, env });
  const compileMs = Math.round(performance.now() - t0);
  const timings = { compileMs, linkMs: 0, runMs: 0 };
  if (build.code !== 0) {
    return {
      status: 'compile-error',
      engine: target,
      stdout: '',
      stderr: build.stderr,
      exitCode: null,
      truncated: false,
      tests: [],
      benchmarks: [],
      diagnostics: parseDiagnostics(build.stderr),
      timings,
    };
  }

  const timeoutMs = opts.timeoutMs ?? 10_000;
  // Like the runner (and `go test`, whose default is 10m), give the test binary
  // its own deadline a little before ours, so a blocked test reports itself.
  const goTimeoutMs = Math.max(1, timeoutMs - Math.min(1000, Math.round(timeoutMs / 10)));
  const testFlags = ['-test.v=test2json', '-test.paniconexit0', `-test.timeout=${goTimeoutMs}ms`];
  const benchFlags = [
    ...(opts.bench ? [`-test.bench=${opts.bench}`] : []),
    ...(opts.benchmem ? ['-test.benchmem'] : []),
    ...(opts.benchtime ? [`-test.benchtime=${opts.benchtime}`] : []),
  ];
  const args = kind === 'test' ? [...testFlags, ...(opts.run ? [`-test.run=${opts.run}`] : []), ...benchFlags] : [];
  const [cmd, argv, argv0] =
    target === 'wasm'
      ? [
          process.execPath,
          ['--stack-size=8192', path.join(go.goroot, 'lib/wasm/wasm_exec_node.js'), bin, ...args],
          'node',
        ]
      : [bin, args, undefined];
  const t1 = performance.now();
  const run = await exec(cmd, argv, {
    cwd: src,
    env: target === 'wasm' ? { ...process.env, TMPDIR: tmpdir() } : process.env,
    argv0,
    stdin: opts.stdin ?? '',
    timeoutMs,
    outputCap: opts.outputCap ?? REFERENCE_OUTPUT_CAP,
  });
  timings.runMs = Math.round(performance.now() - t1);

  const { tests, benchmarks } =
    kind === 'test' ? parseTestStream(run.combined, go, modPath) : { tests: [], benchmarks: [] };
  let stdout = run.stdout;
  if (kind === 'test') stdout = programOutput(run.stdout);
  return {
    status: classify(kind, run),
    engine: target,
    stdout,
    stderr: run.stderr,
    exitCode: run.timedOut ? null : run.code,
    truncated: run.truncated,
    tests,
    benchmarks,
    diagnostics: [],
    timings,
  };
}

/** Maps how the process ended to a RunStatus, following the rules in src/runner/types.ts. */
function classify(kind, run) {
  if (run.timedOut || /^panic: test timed out after /m.test(run.combined)) return 'timeout';
  if (run.code === 0) return 'ok';
  const text = kind === 'test' ? run.combined : run.stderr;
  if (/^panic: /m.test(text)) return 'panic';
  if (/^fatal error: /m.test(text) || run.code === null) return 'runtime-error';
  return 'failed';
}

const DIAG = /^(?:\.\/)?([^\s:]+\.go):(\d+):(\d+): (.*)$/;

/** Parses `file:line:col: message` lines; tab-indented lines continue the previous message. */
export function parseDiagnostics(stderr) {
  const out = [];
  for (const line of stderr.split('\n')) {
    const m = DIAG.exec(line);
    if (m) out.push({ file: m[1], line: Number(m[2]), column: Number(m[3]), message: m[4] });
    else if (line.startsWith('\t') && out.length) out[out.length - 1].message += '\n' + line;
  }
  return out;
}

/** Lines of a -test.v=test2json stream that are not test framing. */
function programOutput(stream) {
  return stream
    .split('\n')
    .filter((l) => !l.startsWith('\x16'))
    .join('\n');
}

/**
 * Converts a raw `-test.v=test2json` stream to TestResult[] and benchmark
 * results with `go tool test2json`.
 */
function parseTestStream(stream, go, pkg) {
  const r = spawnSync('go', ['tool', 'test2json', '-t', '-p', pkg], {
    input: stream,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const byName = new Map();
  const order = [];
  const benchmarks = [];
  let runEnded = false;
  for (const line of r.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const ev = JSON.parse(line);
    if (!ev.Test) {
      runEnded ||= ev.Action === 'pass' || ev.Action === 'fail';
      continue;
    }
    let benchmark = null;
    if (ev.Action === 'output' && ev.Test.startsWith('Benchmark')) {
      benchmark = benchmarkLine(ev.Test, ev.Output);
      if (benchmark) benchmarks.push(benchmark);
    }
    let t = byName.get(ev.Test);
    if (!t) {
      t = { name: ev.Test, status: 'fail', output: '', elapsedMs: 0, finished: false };
      byName.set(ev.Test, t);
      order.push(t);
    }
    if (benchmark) {
      t.status = 'pass';
      t.finished = true;
    }
    if (ev.Action === 'output') {
      if (!/^(=== (RUN|PAUSE|CONT|NAME)|\s*--- (PASS|FAIL|SKIP))/.test(ev.Output)) t.output += ev.Output;
    } else if (ev.Action === 'pass' || ev.Action === 'fail' || ev.Action === 'skip') {
      t.status = ev.Action;
      t.elapsedMs = Math.round((ev.Elapsed ?? 0) * 1000);
      t.finished = true;
    }
  }
  // Like `go test`: a test still running when the binary exits (a panic, a
  // deadline) has failed. A benchmark reports no "--- PASS": one that printed
  // its result, or was still open when the run reported its result,
  // succeeded and is not listed as a test.
  const succeeded = (t) => (t.finished ? t.status === 'pass' : runEnded);
  const listed = order.filter((t) => !(t.name.startsWith('Benchmark') && succeeded(t)));
  return { tests: listed.map(({ finished: _f, ...t }) => t), benchmarks };
}

/** One "BenchmarkX-2 \t 100\t 12.5 ns/op\t 8 B/op\t 1 allocs/op" line, as testing prints it. */
function benchmarkLine(name, output) {
  if (!output.startsWith(name)) return null;
  const fields = output.slice(name.length).replace(/\n$/, '').split('\t');
  const head = /^(?:-(\d+))? *$/.exec(fields[0]);
  if (!head || fields.length < 2 || !/^ *\d+$/.test(fields[1])) return null;
  const b = { name, procs: head[1] ? Number(head[1]) : 1, iterations: Number(fields[1]), nsPerOp: 0, metrics: {} };
  const known = { 'ns/op': 'nsPerOp', 'B/op': 'bytesPerOp', 'allocs/op': 'allocsPerOp', 'MB/s': 'mbPerSec' };
  for (const f of fields.slice(2)) {
    const [value, unit] = f.trim().split(' ');
    if (unit === undefined) continue;
    if (known[unit]) b[known[unit]] = Number(value);
    else b.metrics[unit] = Number(value);
  }
  return b;
}

/**
 * Spawns a process in its own process group so a deadline can kill it and
 * everything it started; keeps at most `outputCap` bytes of output.
 */
function exec(cmd, args, { cwd, env, argv0, stdin = '', timeoutMs = 120_000, outputCap = 1 << 28 }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, argv0, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = { stdout: [], stderr: [], combined: [] };
    let kept = 0;
    let truncated = false;
    let timedOut = false;
    const take = (which) => (chunk) => {
      const room = outputCap - kept;
      if (room <= 0) {
        truncated = true;
        return;
      }
      const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
      if (part.length < chunk.length) truncated = true;
      kept += part.length;
      out[which].push(part);
      out.combined.push(part);
    };
    child.stdout.on('data', take('stdout'));
    child.stderr.on('data', take('stderr'));
    child.stdin.on('error', () => {});
    child.stdin.end(stdin);
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const text = (parts) => Buffer.concat(parts).toString('utf8');
      resolve({
        code,
        timedOut,
        truncated,
        stdout: text(out.stdout),
        stderr: text(out.stderr),
        combined: text(out.combined),
      });
    });
  });
}
