/**
 * Entry of the runner bundle (public/runner/go-runner.mjs) that a grading
 * project downloads and imports: reads the Go package next to the project's
 * grade.test.js, picks an engine (the installed go, else the WebAssembly
 * toolchain from the course site), runs the tests once and returns the cases
 * vitest declares. Plain Node only: a StackBlitz WebContainer has no Go and no
 * TypeScript, so scripts/build-runner-bundle.mjs turns this into JavaScript.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { planBuild } from '../runner/build/plan.ts';
import type { ManifestFile, ToolchainManifest } from '../runner/manifest.ts';
import { createNativeEngine, createNodeEngine } from '../runner/node/index.ts';
import type { EngineName, GoEngine, GoFiles } from '../runner/types.ts';
import { mapLimit } from '../runner/worker/assets.ts';
import { runGrading } from '../lib/grading-outcome.ts';
import { gradeCases, goTestFailure, testWritingCases, type GradeCase } from './grade-cases.ts';

export { gradeCases, goTestFailure };
export type { GradeCase };

/** What the course wrote into the project's runner-loader.js. */
export interface GradingConfig {
  /** The WebAssembly toolchain: an http(s) or file: URL of the course's /go/ folder. */
  toolchain: string;
  /** Engines the exercise can be graded on (exercise.yaml). */
  engines: EngineName[];
  /** Why the exercise needs the real go, when engines lacks wasm. */
  nativeOnlyReason: string | null;
  /** Deadline for the test binary. */
  timeoutMs: number;
  /**
   * A test-writing exercise (kind: tests): the faulty implementations in
   * testdata/faulty/<name>/ that the learner's tests must fail on (the go
   * command ignores testdata, so `go test` here runs against the correct one).
   */
  faults?: { name: string; label: string; hint: string }[];
}

/** Which engine graded the files, and the vitest cases to declare. */
export interface Grading {
  engine: string;
  cases: GradeCase[];
}

/** The name of the one failing case when no engine can grade the exercise. */
export const TOOLCHAIN_CASE = 'go toolchain';

/**
 * Reads the package's *.go files and go.mod from the project folder (not from
 * subfolders like node_modules), and its testdata/ (fuzz corpora, golden
 * files), except testdata/faulty/, which holds a test-writing exercise's faulty code.
 */
export async function readGoPackage(dir: URL): Promise<GoFiles> {
  const files: GoFiles = {};
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.isFile() && (e.name.endsWith('.go') || e.name === 'go.mod'))
      files[e.name] = await readFile(new URL(e.name, dir), 'utf8');
  }
  const walk = async (rel: string) => {
    for (const e of (await readdir(new URL(rel, dir), { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = `${rel}${e.name}`;
      if (e.isDirectory() && path !== 'testdata/faulty') await walk(`${path}/`);
      else if (e.isFile()) files[path] = await readFile(new URL(path, dir), 'utf8');
    }
  };
  if (entries.some((e) => e.isDirectory() && e.name === 'testdata')) await walk('testdata/');
  return files;
}

const execFileAsync = promisify(execFile);

/** The installed go's version ("1.26.8"), or null when there is no usable go. */
export async function installedGoVersion(): Promise<string | null> {
  try {
    const { stdout } = await execFileAsync('go', ['env', 'GOVERSION'], {
      timeout: 15_000,
      env: { ...process.env, GOTOOLCHAIN: 'local' },
    });
    return /^go(\d+\.\d+(?:\.\d+)?)/.exec(stdout.trim())?.[1] ?? null;
  } catch {
    return null;
  }
}

/** Compares "major.minor[.patch]" versions: true when `have` is at least `need`. */
export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** The engine to grade with, or a message saying why none can. */
export type EngineChoice = { engine: 'native' | 'wasm'; note: string } | { error: string };

/**
 * GO_MASTERY_ENGINE=native|wasm forces an engine; otherwise the installed go is
 * used when it is new enough for the go.mod, and the WebAssembly toolchain when not.
 */
export function chooseEngine(
  config: Pick<GradingConfig, 'engines' | 'nativeOnlyReason' | 'toolchain'>,
  wanted: string | undefined,
  goVersion: string | null,
  needGo: string,
): EngineChoice {
  const install = `Install Go ${needGo} or newer (https://go.dev/dl/) and run npm test again.`;
  const goUsable = goVersion !== null && versionAtLeast(goVersion, needGo);
  const wasmNote = `the WebAssembly Go toolchain from ${config.toolchain}`;
  const nativeOnly = `This exercise needs the real Go toolchain: ${config.nativeOnlyReason ?? 'it cannot run in WebAssembly'}.`;
  switch (wanted ?? '') {
    case 'native':
      if (goUsable) return { engine: 'native', note: `the installed go ${goVersion}` };
      return {
        error: `GO_MASTERY_ENGINE=native, but ${goVersion ? `go ${goVersion} is older than ${needGo}` : 'go was not found on PATH'}. ${install}`,
      };
    case 'wasm':
      if (config.engines.includes('wasm')) return { engine: 'wasm', note: wasmNote };
      return { error: `${nativeOnly} ${install}` };
    case '':
      if (goUsable) return { engine: 'native', note: `the installed go ${goVersion}` };
      if (config.engines.includes('wasm')) {
        const why = goVersion ? `go ${goVersion} is older than ${needGo}` : 'go is not installed';
        return { engine: 'wasm', note: `${wasmNote} (${why})` };
      }
      return { error: `${nativeOnly} ${goVersion ? `go ${goVersion} is too old. ` : ''}${install}` };
    default:
      return { error: `GO_MASTERY_ENGINE must be "native" or "wasm", not "${wanted}".` };
  }
}

/** The go directive of a go.mod ("1.26"), defaulting to the course's Go. */
export function goModVersion(goMod: string | undefined): string {
  return /^go\s+(\d+\.\d+(?:\.\d+)?)\s*$/m.exec(goMod ?? '')?.[1] ?? '1.26';
}

/** The toolchain files one test build of `files` reads: the wasm_exec glue, compile, link and the std archives. */
export function toolchainFilesFor(manifest: ToolchainManifest, files: GoFiles): string[] {
  const planned = planBuild(files, manifest, 'test');
  const archives = planned.ok ? planned.plan.std.map((p) => manifest.packages[p]?.file) : [];
  return [
    manifest.wasmExec.file,
    manifest.tools.compile.file,
    manifest.tools.link.file,
    ...archives.filter((f): f is string => f !== undefined),
  ];
}

/** True when the bytes (gzipped or not: a server may have removed the gzip layer) hash to the manifest's sha256. */
export function matchesManifest(bytes: Uint8Array, sha256: string): boolean {
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return createHash('sha256').update(raw).digest('hex') === sha256;
}

async function download(url: URL): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url.href}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/**
 * Copies the toolchain files a build needs from an http(s) base into `cacheDir`
 * and returns the file: URL to hand the engine. Later runs only read the disk,
 * and every download happens before Go runs: the toolchain worker is busy for
 * seconds at a time while compiling, long enough for a server to close an idle
 * keep-alive connection under a fetch that the worker would make next.
 */
export async function mirrorToolchain(
  base: string,
  files: GoFiles,
  cacheDir: URL,
  log: (line: string) => void = console.log,
): Promise<string> {
  const root = new URL(base.endsWith('/') ? base : `${base}/`);
  if (root.protocol === 'file:') return root.href;
  let manifestBytes: Uint8Array;
  try {
    manifestBytes = await download(new URL('manifest.json', root));
  } catch (err) {
    // Offline: a toolchain downloaded on an earlier run still grades, if it has every file this build reads.
    const cached = await completeMirror(cacheDir, files);
    if (!cached) throw err;
    log(
      `${root.href} is unreachable (${err instanceof Error ? err.message : String(err)}); using the copy from before.`,
    );
    return cached;
  }
  const manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as ToolchainManifest;
  // A new toolchain on the site gets a new folder, so files of two versions never mix.
  const key = createHash('sha256').update(manifestBytes).digest('hex').slice(0, 16);
  const dir = new URL(`go-${key}/`, cacheDir);
  await mkdir(dir, { recursive: true });
  await writeFile(new URL('manifest.json', dir), manifestBytes);

  const entries = new Map<string, { sha256: string; size: number }>([
    [manifest.wasmExec.file, { sha256: manifest.wasmExec.sha256, size: manifest.wasmExec.bytes }],
    ...[...Object.values(manifest.tools), ...Object.values(manifest.packages)].map(
      (e: ManifestFile) => [e.file, { sha256: e.sha256, size: e.gzipBytes }] as const,
    ),
  ]);
  const missing = toolchainFilesFor(manifest, files).filter((f) => !existsSync(new URL(f, dir)));
  if (missing.length === 0) return dir.href;
  const megabytes = missing.reduce((sum, f) => sum + (entries.get(f)?.size ?? 0), 0) / 1e6;
  log(`Downloading the Go toolchain (${megabytes.toFixed(1)} MB, once) from ${root.href}`);
  await mapLimit(missing, 6, async (file) => {
    const bytes = await download(new URL(file, root));
    const entry = entries.get(file);
    if (entry && !matchesManifest(bytes, entry.sha256)) {
      throw new Error(`${new URL(file, root).href} does not match the toolchain manifest (a partial download?)`);
    }
    const target = new URL(file, dir);
    await mkdir(new URL('.', target), { recursive: true });
    // Write then rename, so an interrupted run never leaves a half file that looks complete.
    const partial = new URL(`${target.href}.${process.pid}.part`);
    await writeFile(partial, bytes);
    await rename(partial, target);
  });
  return dir.href;
}

/** A toolchain folder from an earlier run that holds every file a build of `files` reads, if there is one. */
async function completeMirror(cacheDir: URL, files: GoFiles): Promise<string | null> {
  const dirs = existsSync(cacheDir) ? await readdir(cacheDir) : [];
  for (const name of dirs.filter((d) => d.startsWith('go-'))) {
    const dir = new URL(`${name}/`, cacheDir);
    try {
      const manifest = JSON.parse(await readFile(new URL('manifest.json', dir), 'utf8')) as ToolchainManifest;
      if (toolchainFilesFor(manifest, files).every((f) => existsSync(new URL(f, dir)))) return dir.href;
    } catch {
      // Not a complete mirror: try the next one.
    }
  }
  return null;
}

function createEngine(name: 'native' | 'wasm', toolchain: string): GoEngine {
  // Generous limits: a cold wasm compile in a WebContainer on a slow machine takes a while.
  return name === 'native'
    ? createNativeEngine({ buildTimeoutMs: 300_000 })
    : createNodeEngine({ assetBase: toolchain, buildTimeoutMs: 300_000 });
}

/**
 * Grades the Go package in `dir` once. Never throws for a learner's mistake:
 * every failure, including a missing toolchain, becomes a failing case.
 */
export async function grade(
  dir: URL,
  config: GradingConfig,
  env: Record<string, string | undefined> = process.env,
): Promise<Grading> {
  const files = await readGoPackage(dir);
  const choice = chooseEngine(
    config,
    env['GO_MASTERY_ENGINE'],
    await installedGoVersion(),
    goModVersion(files['go.mod']),
  );
  if ('error' in choice) {
    return { engine: 'none', cases: [{ name: TOOLCHAIN_CASE, status: 'fail', message: choice.error }] };
  }
  let toolchain = config.toolchain;
  if (choice.engine === 'wasm') {
    try {
      toolchain = await mirrorToolchain(config.toolchain, files, new URL('node_modules/.cache/go-mastery/', dir));
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      const message = `The Go toolchain could not be downloaded from ${config.toolchain} (${why}). Check your connection, then run npm test again.`;
      return { engine: choice.note, cases: [{ name: TOOLCHAIN_CASE, status: 'fail', message }] };
    }
  }
  const engine = createEngine(choice.engine, toolchain);
  try {
    const faults = config.faults ?? [];
    if (faults.length === 0) {
      const result = await engine.runTests(files, { timeoutMs: config.timeoutMs });
      return { engine: choice.note, cases: gradeCases(result) };
    }
    const packages = [
      { id: 'correct', label: 'the correct implementation', files, expect: 'pass' as const },
      ...(await Promise.all(
        faults.map(async (f) => {
          const { 'go.mod': _, ...swapped } = await readGoPackage(new URL(`testdata/faulty/${f.name}/`, dir));
          return { id: `faulty:${f.name}`, label: f.label, files: { ...files, ...swapped }, expect: 'fail' as const };
        }),
      )),
    ];
    const { outcomes, results } = await runGrading(packages, (pkg) =>
      engine.runTests(pkg, { timeoutMs: config.timeoutMs }),
    );
    return {
      engine: choice.note,
      cases: testWritingCases(
        outcomes,
        results,
        faults.map((f) => f.hint),
      ),
    };
  } finally {
    await engine.dispose();
  }
}
