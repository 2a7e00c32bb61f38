#!/usr/bin/env node
/**
 * Builds the in-browser Go toolchain from the installed Go (>= 1.26) into public/go/:
 * compile, link and gofmt cross-compiled to js/wasm, the export archives of a
 * standard library for js/wasm (every importable package), Go's wasm_exec.js, and manifest.json.
 *
 *   node scripts/build-toolchain.mjs            build into public/go
 *   node scripts/build-toolchain.mjs --check    rebuild into a temp dir and fail if it
 *                                               differs from the committed public/go
 *   options: --out <dir>, --no-trim (keep every architecture backend in compile/link)
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { go, goInfo, listExports, wasmTarget } from './toolchain/go.mjs';
import { diffManifests, fileEntry, gzip, sha256, stableJson } from './toolchain/manifest.mjs';
import { extraPackages, stdPackages } from './toolchain/packages.mjs';
import { LEAN_TESTDEPS, leanTestDepsImports, leanTestDepsSource } from '../src/runner/build/testmain.ts';
import {
  DIRECT_MODULES,
  INDIRECT_MODULES,
  PINNED_GO_SUM,
  pinnedGoMod,
  SHIPPED_PACKAGES,
} from '../src/lib/go-modules.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultOut = join(root, 'public', 'go');

/** Files of the Go source tree rewritten so compile/link keep only the wasm backend. */
const trims = [
  { tool: 'compile', file: 'cmd/compile/main.go', decl: 'archInits' },
  { tool: 'compile', file: 'cmd/compile/internal/ssa/config.go', decl: 'NewConfig' },
  { tool: 'link', file: 'cmd/link/main.go', decl: 'main' },
];

const tools = ['compile', 'link', 'gofmt'];

function log(msg) {
  process.stderr.write(`${msg}\n`);
}

/** Writes a go build -overlay file per tool that swaps in the trimmed sources. */
async function writeOverlays(goroot, work, version) {
  // The overlay files go to a fixed directory: go build's cache keys include
  // their paths, and a stable path lets a rebuild reuse the cached compile.
  const dir = join(tmpdir(), `go-mastery-overlay-${version}`);
  await mkdir(dir, { recursive: true });
  const trimBin = join(work, 'trimarch');
  await go(['build', '-o', trimBin, join(root, 'scripts', 'toolchain', 'trimarch.go')]);
  const replace = { compile: {}, link: {} };
  for (const [i, t] of trims.entries()) {
    const src = join(goroot, 'src', t.file);
    const out = join(dir, `trim-${i}.go`);
    try {
      const { stdout } = await promisify(execFile)(trimBin, [
        '-in',
        src,
        '-out',
        out,
        '-keep',
        'wasm',
        '-decl',
        t.decl,
      ]);
      log(`  ${stdout.trim()}`);
    } catch (err) {
      throw new Error(
        `trimarch failed on ${t.file}:\n${err.stderr ?? err}\nUpdate scripts/toolchain/trimarch.go or retry with --no-trim.`,
        {
          cause: err,
        },
      );
    }
    replace[t.tool][src] = out;
  }
  const overlays = {};
  for (const [tool, r] of Object.entries(replace)) {
    overlays[tool] = join(dir, `overlay-${tool}.json`);
    await writeFile(overlays[tool], JSON.stringify({ Replace: r }));
  }
  return overlays;
}

async function buildTools(info, work, trim) {
  const overlays = trim ? await writeOverlays(info.goroot, work, info.version) : {};
  const out = {};
  for (const tool of tools) {
    const started = Date.now();
    const file = join(work, `${tool}.wasm`);
    const overlay = overlays[tool] ? [`-overlay=${overlays[tool]}`] : [];
    await go(['build', '-trimpath', '-ldflags=-s -w', ...overlay, '-o', file, `cmd/${tool}`], { env: wasmTarget });
    out[tool] = await readFile(file);
    log(`  ${tool}.wasm ${(out[tool].length / 1e6).toFixed(1)} MB (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  return out;
}

/**
 * Compiles the runner's testdeps (see leanTestDepsSource) against the std
 * archives just listed, the way go build compiles a package: so test builds
 * in the browser only compile the learner's code and a small test main. It
 * imports internal/testlog, which only the compiler (not the go command)
 * allows outside std, hence go tool compile.
 */
async function compileLeanTestDeps(listed, work, lang) {
  const dir = join(work, 'testdeps');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'testdeps.go'), leanTestDepsSource());
  // The hand-written parts of the package (the seed corpus reader).
  const sources = join(root, 'src', 'runner', 'build', 'testdeps');
  const goFiles = (await readdir(sources)).filter((f) => f.endsWith('.go') && !f.endsWith('_test.go')).sort();
  for (const f of goFiles) await copyFile(join(sources, f), join(dir, f));
  const exports = new Map(listed.filter((p) => p.Export).map((p) => [p.ImportPath, p.Export]));
  const cfg = [...exports].map(([p, file]) => `packagefile ${p}=${file}\n`).join('');
  await writeFile(join(dir, 'importcfg'), cfg);
  for (const p of leanTestDepsImports) {
    if (!exports.has(p)) throw new Error(`${LEAN_TESTDEPS} imports ${p}, which the shipped packages do not include`);
  }
  const out = join(dir, '_pkg_.a');
  await go(
    [
      'tool',
      'compile',
      '-o',
      out,
      '-trimpath',
      `${dir}=>${LEAN_TESTDEPS}`,
      '-p',
      LEAN_TESTDEPS,
      `-lang=${lang}`,
      '-complete',
      '-importcfg',
      join(dir, 'importcfg'),
      '-pack',
      join(dir, 'testdeps.go'),
      ...goFiles.map((f) => join(dir, f)),
    ],
    { env: wasmTarget, cwd: dir },
  );
  return readFile(out);
}

/** Writes one package's archive and returns its manifest entry. */
async function writeArchive(outDir, p) {
  const raw = await readFile(p.Export);
  const gz = gzip(raw);
  const file = `pkg/${p.ImportPath}.a.gz`;
  await mkdir(dirname(join(outDir, file)), { recursive: true });
  await writeFile(join(outDir, file), gz);
  return { ...fileEntry(file, raw, gz), imports: (p.Imports ?? []).filter((i) => i !== 'unsafe' && i !== 'C').sort() };
}

/**
 * Lists the pinned modules' shipped packages (and what they import) from a
 * scratch module whose go.mod and go.sum come from src/lib/go-modules.ts.
 * -mod=readonly makes go verify every download against that go.sum and
 * refuse to change the requirements, so the archives are of exactly the
 * pinned versions.
 */
async function listModulePackages(work, lang) {
  const dir = join(work, 'modules');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'go.mod'), pinnedGoMod('gomastery.invalid/modules', lang.replace(/^go/, '')));
  await writeFile(join(dir, 'go.sum'), PINNED_GO_SUM);
  const blank = SHIPPED_PACKAGES.map((p) => `\t_ "${p}"\n`).join('');
  await writeFile(join(dir, 'shipped.go'), `package modules\n\nimport (\n${blank})\n`);
  const listed = await listExports(SHIPPED_PACKAGES, { cwd: dir, env: { GOFLAGS: '-mod=readonly' } });
  const pinned = new Map([...DIRECT_MODULES, ...INDIRECT_MODULES].map((m) => [m.path, m.version]));
  for (const p of listed) {
    if (p.Error) throw new Error(`go list: ${p.ImportPath}: ${p.Error.Err}`);
    if (p.Standard || !p.Module) continue;
    if (pinned.get(p.Module.Path) !== p.Module.Version) {
      throw new Error(
        `${p.ImportPath} resolved to ${p.Module.Path} ${p.Module.Version}, which src/lib/go-modules.ts does not pin`,
      );
    }
  }
  return listed.filter((p) => !p.Standard && p.Module && p.Export);
}

async function build(outDir, { trim }) {
  const info = await goInfo();
  log(`Building the js/wasm toolchain with ${info.version} into ${outDir}`);
  const work = await mkdtemp(join(tmpdir(), 'go-toolchain-'));
  try {
    await mkdir(join(outDir, 'pkg'), { recursive: true });
    const manifest = {
      formatVersion: 1,
      goVersion: info.version,
      // The compiler's -lang default when a learner's files carry no go.mod.
      lang: info.lang,
      goos: 'js',
      goarch: 'wasm',
      trimmedBackends: trim,
      tools: {},
      packages: {},
      // Packages the compiler provides itself: they have no archive.
      builtin: ['unsafe'],
    };

    log('Cross-compiling compile, link and gofmt (about two minutes on two cores)');
    for (const [tool, raw] of Object.entries(await buildTools(info, work, trim))) {
      const gz = gzip(raw);
      await writeFile(join(outDir, `${tool}.wasm.gz`), gz);
      manifest.tools[tool] = fileEntry(`${tool}.wasm.gz`, raw, gz);
    }

    const packages = [...(await stdPackages()), ...extraPackages];
    log(`Building ${packages.length} standard-library packages and their dependencies for js/wasm`);
    const listed = await listExports(packages);
    for (const p of listed) {
      if (p.Error) throw new Error(`go list: ${p.ImportPath}: ${p.Error.Err}`);
      if (!p.Export) continue; // unsafe
      manifest.packages[p.ImportPath] = await writeArchive(outDir, p);
    }

    log(`Building the pinned modules' packages for js/wasm: ${SHIPPED_PACKAGES.join(', ')}`);
    manifest.modules = {};
    for (const p of await listModulePackages(work, info.lang)) {
      manifest.packages[p.ImportPath] = { ...(await writeArchive(outDir, p)), module: p.Module.Path };
      manifest.modules[p.Module.Path] = p.Module.Version;
    }
    manifest.modules = Object.fromEntries(Object.entries(manifest.modules).sort(([a], [b]) => (a < b ? -1 : 1)));

    log(`Compiling the runner's ${LEAN_TESTDEPS} for js/wasm`);
    const deps = await compileLeanTestDeps(listed, work, info.lang);
    const depsGz = gzip(deps);
    const depsFile = `pkg/${LEAN_TESTDEPS}.a.gz`;
    await mkdir(dirname(join(outDir, depsFile)), { recursive: true });
    await writeFile(join(outDir, depsFile), depsGz);
    manifest.packages[LEAN_TESTDEPS] = {
      ...fileEntry(depsFile, deps, depsGz),
      imports: [...leanTestDepsImports].sort(),
    };
    manifest.runnerPackages = [LEAN_TESTDEPS];

    const wasmExec = await readFile(join(info.goroot, 'lib', 'wasm', 'wasm_exec.js'));
    await writeFile(join(outDir, 'wasm_exec.js'), wasmExec);
    manifest.wasmExec = { file: 'wasm_exec.js', bytes: wasmExec.length, sha256: sha256(wasmExec) };

    await writeFile(join(outDir, 'manifest.json'), stableJson(manifest));
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function summarize(manifest) {
  const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
  const sum = (entries, key) => entries.reduce((s, e) => s + e[key], 0);
  const tools = Object.values(manifest.tools);
  const pkgs = Object.values(manifest.packages);
  log(`compile+link: ${mb(manifest.tools.compile.gzipBytes + manifest.tools.link.gzipBytes)} gzip`);
  log(`gofmt: ${mb(manifest.tools.gofmt.gzipBytes)} gzip`);
  log(`${pkgs.length} archives: ${mb(sum(pkgs, 'bytes'))} raw, ${mb(sum(pkgs, 'gzipBytes'))} gzip`);
  log(`all files: ${mb(sum(tools, 'gzipBytes') + sum(pkgs, 'gzipBytes'))} gzip`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      out: { type: 'string' },
      'no-trim': { type: 'boolean', default: false },
    },
  });
  const trim = !values['no-trim'];
  if (values.check) {
    const committedPath = join(values.out ?? defaultOut, 'manifest.json');
    const committed = JSON.parse(await readFile(committedPath, 'utf8').catch(() => 'null'));
    if (!committed) throw new Error(`${committedPath} does not exist: run npm run build:toolchain first.`);
    // Archives differ between Go releases, so only the same release can confirm them.
    const installed = (await goInfo()).version;
    if (installed !== committed.goVersion) {
      log(
        `skipped: the installed ${installed} is not ${committed.goVersion}, which built public/go; run npm run build:toolchain to move to ${installed}.`,
      );
      return;
    }
    const tmp = await mkdtemp(join(tmpdir(), 'go-toolchain-check-'));
    try {
      const fresh = await build(tmp, { trim: committed.trimmedBackends ?? trim });
      const problems = diffManifests(committed, fresh);
      if (problems.length > 0) {
        log(`public/go is out of date with ${fresh.goVersion}:\n  ${problems.slice(0, 30).join('\n  ')}`);
        if (problems.length > 30) log(`  ... and ${problems.length - 30} more`);
        log('Run npm run build:toolchain with this Go version and commit public/go.');
        process.exitCode = 1;
        return;
      }
      log('public/go matches a fresh build.');
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
    return;
  }
  const outDir = values.out ? resolve(values.out) : defaultOut;
  // Build next to the target and swap, so an interrupted build never leaves a
  // half-written public/go and stale archives of removed packages disappear.
  const staging = `${outDir}.staging`;
  await rm(staging, { recursive: true, force: true });
  const manifest = await build(staging, { trim });
  await rm(outDir, { recursive: true, force: true });
  await rename(staging, outDir);
  summarize(manifest);
}

main().catch((err) => {
  log(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
