/**
 * The toolchain worker's logic, independent of Node or the browser: keeps
 * compile/link/gofmt compiled as WebAssembly.Modules and the std archives in
 * memory, and for each request builds in a fresh in-memory file system.
 */
import type { GoFiles } from '../types.ts';
import type { ToolchainManifest } from '../manifest.ts';
import { archivePath } from '../build/importcfg.ts';
import { learnerFileName, planBuild, type BuildMode, type BuildPlan, type CompileStep } from '../build/plan.ts';
import { formatDiagnostics, parseDiagnostics, uniqueDiagnostics } from '../results/diagnostics.ts';
import { OutputCapture } from '../results/output.ts';
import { MemFs, resolvePath } from '../go/memfs.ts';
import { loadWasmExec, runGo } from '../go/host.ts';
import { mapLimit, type ToolchainAssets } from './assets.ts';
import type { BuildReply, FormatReply } from './protocol.ts';
import { CompileCache, compileKey, linkKey, sha256Hex } from './compile-cache.ts';

type Tool = 'compile' | 'link' | 'gofmt';

interface ToolResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Each compile or link is a fresh, short-lived Go process whose memory is
 * dropped when it exits, and on wasm the garbage collector has no other thread
 * to run on: every cycle stops the tool. So collect only when the heap nears a
 * fixed ceiling rather than each time it doubles. Warm test builds get about
 * 18% faster (npm run bench:runner); memory stays bounded by the limit (or by
 * what is live, for a build that needs more).
 */
const TOOL_GC_ENV = { GOGC: 'off', GOMEMLIMIT: '256MiB' };

const toolEnv = (cwd: string) => ({
  GOOS: 'js',
  GOARCH: 'wasm',
  HOME: '/home/gopher',
  TMPDIR: '/tmp',
  PWD: cwd,
  ...TOOL_GC_ENV,
});

/** Builds and formats Go code with the wasm toolchain; one instance per toolchain worker. */
export class ToolchainService {
  private manifestPromise: Promise<ToolchainManifest> | undefined;
  private wasmExec: Promise<string> | undefined;
  private readonly modules = new Map<Tool, Promise<WebAssembly.Module>>();
  private readonly archives = new Map<string, Promise<Uint8Array>>();
  private readonly compiled = new CompileCache();
  /** Linked programs: a test binary is a few MB, so a few dozen fit. */
  private readonly linked = new CompileCache(64 * 1024 * 1024);

  private readonly assets: ToolchainAssets;

  constructor(assets: ToolchainAssets) {
    this.assets = assets;
  }

  private manifest(): Promise<ToolchainManifest> {
    this.manifestPromise ??= this.assets.manifest();
    return this.manifestPromise;
  }

  private async glue(): Promise<string> {
    this.wasmExec ??= this.manifest().then((m) => this.assets.text(m.wasmExec.file));
    const source = await this.wasmExec;
    loadWasmExec(source);
    return source;
  }

  private module(tool: Tool): Promise<WebAssembly.Module> {
    let m = this.modules.get(tool);
    if (!m) {
      m = this.manifest().then((man) =>
        this.assets.module
          ? this.assets.module(man.tools[tool], `${tool}.wasm`)
          : this.assets.bytes(man.tools[tool], `${tool}.wasm`).then((b) => WebAssembly.compile(b as BufferSource)),
      );
      // A failed download must not stay cached: the next request retries.
      m.catch(() => this.modules.delete(tool));
      this.modules.set(tool, m);
    }
    return m;
  }

  private archive(manifest: ToolchainManifest, path: string): Promise<Uint8Array> {
    let a = this.archives.get(path);
    if (!a) {
      const entry = manifest.packages[path];
      if (!entry) return Promise.reject(new Error(`no archive for ${path}`));
      a = this.assets.bytes(entry, path);
      a.catch(() => this.archives.delete(path));
      this.archives.set(path, a);
    }
    return a;
  }

  private async runTool(tool: Tool, args: string[], fs: MemFs, cwd: string, stdin = ''): Promise<ToolResult> {
    const module = await this.module(tool);
    const out = new OutputCapture();
    const stdio = {
      stdin: new TextEncoder().encode(stdin),
      write: (fd: 1 | 2, b: Uint8Array) => void out.write(fd, b),
    };
    const exitCode = await runGo({ module, argv: [tool, ...args], env: toolEnv(cwd), fs, stdio, cwd });
    out.finish();
    return { exitCode, stdout: out.text(1), stderr: out.text(2) };
  }

  /** Builds the learner's files into a wasm binary, or returns the compiler's diagnostics. */
  async build(mode: BuildMode, files: GoFiles): Promise<BuildReply> {
    const manifest = await this.manifest();
    const wasmExec = await this.glue();
    const started = now();
    const planned = planBuild(files, manifest, mode);
    if (!planned.ok) {
      const stderr = formatDiagnostics(planned.diagnostics) || `${planned.message}\n`;
      return { ok: false, diagnostics: planned.diagnostics, stderr, compileMs: now() - started, linkMs: 0 };
    }
    const plan = planned.plan;
    const fs = this.prepareFs(plan);
    let std: Promise<void> | undefined;
    const withStd = () => (std ??= this.addStd(manifest, plan, fs));

    // Hashes of the archives this build produced, for the keys of later compiles.
    const built = new Map<string, string>();
    for (const step of plan.compiles) {
      const key = await this.compileKey(manifest, step, fs, built);
      let entry =
        key === null ? undefined : (this.compiled.get(key) ?? (await this.stored(this.compiled, 'compile', key)));
      if (entry) {
        fs.writeFile(step.output, entry.archive, { shared: true });
      } else {
        await withStd();
        const r = await this.runTool('compile', compileArgs(step), fs, step.dir);
        if (r.exitCode !== 0) {
          const text = r.stdout + r.stderr;
          return {
            ok: false,
            diagnostics: uniqueDiagnostics(parseDiagnostics(text, (f) => learnerFileName(f, step.dir))),
            stderr: relabel(text, step),
            compileMs: now() - started,
            linkMs: 0,
          };
        }
        if (key === null) continue;
        const archive = fs.readFile(step.output).slice();
        const hash = await sha256Hex(archive);
        if (hash === null) continue;
        entry = { archive, hash };
        this.compiled.set(key, entry);
        void this.assets.store?.put(`compile/${key}`, archive).catch(() => undefined);
      }
      built.set(step.output, entry.hash);
    }
    const compileMs = now() - started;
    const linkStarted = now();
    const link = plan.link;
    const linkArgs = ['-o', link.output, '-importcfg', link.importcfgPath, '-s', '-w', '-buildmode=exe'];
    if (link.testBinary) linkArgs.push('-X', 'testing.testBinary=1');
    linkArgs.push(link.mainArchive);
    const key = await this.linkKey(manifest, linkArgs, link.importcfg, link.mainArchive, built);
    let wasm =
      key === null ? undefined : (this.linked.get(key) ?? (await this.stored(this.linked, 'link', key)))?.archive;
    if (!wasm) {
      await withStd();
      const r = await this.runTool('link', linkArgs, fs, '/build');
      if (r.exitCode !== 0) {
        const text = r.stdout + r.stderr;
        return {
          ok: false,
          diagnostics: parseDiagnostics(text, (f) => learnerFileName(f, '/src')),
          stderr: text,
          compileMs,
          linkMs: now() - linkStarted,
        };
      }
      wasm = fs.readFile(link.output).slice();
      if (key !== null) {
        this.linked.set(key, { archive: wasm, hash: key });
        void this.assets.store?.put(`link/${key}`, wasm).catch(() => undefined);
      }
    }
    const linkMs = now() - linkStarted;
    // A copy, so the binary can be transferred to the program worker and the cache keeps its own.
    wasm = wasm.slice();
    // A synctest bubble only exists in a binary that links testing/synctest.
    const asyncCallbacks = plan.std.includes('testing/synctest');
    return { ok: true, wasm, wasmExec, workDir: plan.workDir, asyncCallbacks, compileMs, linkMs };
  }

  /**
   * A build output kept by an earlier page (the assets' persistent store), put
   * back in the memory cache. Compiles and links are deterministic, so a stored
   * output is exactly what running the tool again would produce.
   */
  private async stored(cache: CompileCache, kind: 'compile' | 'link', key: string) {
    const bytes = await this.assets.store?.get(`${kind}/${key}`).catch(() => undefined);
    // Anything but a whole archive or module (a store cleared half-way, a foreign entry) is a miss.
    if (!bytes || !startsWith(bytes, kind === 'link' ? WASM_MAGIC : ARCHIVE_MAGIC)) return undefined;
    const hash = kind === 'link' ? key : await sha256Hex(bytes);
    if (hash === null) return undefined;
    const entry = { archive: bytes, hash };
    cache.set(key, entry);
    return entry;
  }

  /** The build-cache key of a link: the linker, its flags and every archive it reads. */
  private linkKey(
    manifest: ToolchainManifest,
    args: string[],
    importcfg: string,
    mainArchive: string,
    built: Map<string, string>,
  ): Promise<string | null> {
    const archives: Record<string, string> = {};
    const main = built.get(mainArchive);
    if (main === undefined) return Promise.resolve(null);
    archives[mainArchive] = main;
    for (const line of importcfg.split('\n')) {
      const m = /^packagefile (\S+)=(\S+)$/.exec(line);
      if (!m?.[1] || !m[2]) continue;
      const hash = built.get(m[2]) ?? manifest.packages[m[1]]?.sha256;
      if (hash === undefined) return Promise.resolve(null);
      archives[m[2]] = hash;
    }
    return linkKey({ linker: manifest.tools.link.sha256, args, importcfg, archives });
  }

  /** The build-cache key of one compile: everything the compiler will read. */
  private compileKey(
    manifest: ToolchainManifest,
    step: CompileStep,
    fs: MemFs,
    built: Map<string, string>,
  ): Promise<string | null> {
    const sources: Record<string, Uint8Array | string> = {};
    for (const f of step.files) {
      const path = resolvePath(step.dir, f);
      sources[path] = fs.readFile(path);
    }
    // Embedded files and the embedcfg naming them are compiler inputs too.
    if (step.embed) {
      sources[step.embed.path] = step.embed.text;
      for (const path of step.embed.files) sources[path] = fs.readFile(path);
    }
    const archives: Record<string, string> = {};
    for (const line of step.importcfg.split('\n')) {
      const m = /^packagefile (\S+)=(\S+)$/.exec(line);
      if (!m?.[1] || !m[2]) continue;
      const hash = built.get(m[2]) ?? manifest.packages[m[1]]?.sha256;
      // An archive of unknown contents (a local package built without a key): do not cache.
      if (hash === undefined) return Promise.resolve(null);
      archives[m[1]] = hash;
    }
    return compileKey({
      compiler: manifest.tools.compile.sha256,
      args: compileArgs(step),
      dir: step.dir,
      sources,
      importcfg: step.importcfg,
      archives,
    });
  }

  /** The standard library archives the tools read; a build served from the cache needs none. */
  private async addStd(manifest: ToolchainManifest, plan: BuildPlan, fs: MemFs): Promise<void> {
    const archives = await mapLimit(plan.std, 8, (p) => this.archive(manifest, p));
    plan.std.forEach((p, i) => {
      const bytes = archives[i];
      if (bytes) fs.writeFile(archivePath(p), bytes, { shared: true });
    });
  }

  private prepareFs(plan: BuildPlan): MemFs {
    const fs = new MemFs();
    for (const dir of ['/tmp', '/home/gopher', '/build']) fs.mkdirp(dir);
    for (const [path, text] of Object.entries(plan.sources)) fs.writeFile(path, text);
    for (const step of plan.compiles) {
      fs.writeFile(step.importcfgPath, step.importcfg);
      if (step.embed) fs.writeFile(step.embed.path, step.embed.text);
    }
    fs.writeFile(plan.link.importcfgPath, plan.link.importcfg);
    fs.mkdirp(plan.link.output.slice(0, plan.link.output.lastIndexOf('/')));
    return fs;
  }

  /** Runs gofmt on one source file; errors name it `filename`. */
  async format(source: string, filename: string): Promise<FormatReply> {
    await this.glue();
    const fs = new MemFs();
    fs.mkdirp('/tmp');
    const r = await this.runTool('gofmt', [], fs, '/tmp', source);
    if (r.exitCode !== 0) return { ok: false, error: r.stderr.replaceAll('<standard input>', filename) };
    return { ok: true, text: r.stdout };
  }
}

function compileArgs(step: CompileStep): string[] {
  return [
    '-o',
    step.output,
    '-trimpath',
    step.trimpath,
    '-p',
    step.importPath,
    `-lang=${step.lang}`,
    '-complete',
    '-nolocalimports',
    '-importcfg',
    step.importcfgPath,
    ...(step.embed ? ['-embedcfg', step.embed.path] : []),
    '-pack',
    ...step.files,
  ];
}

/** Rewrites "./x.go" in compiler output to the learner's path, as go build prints it. */
function relabel(text: string, step: CompileStep): string {
  return text.replace(/^(\S+?\.go)(?=:\d)/gm, (f) => learnerFileName(f, step.dir));
}

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];
const ARCHIVE_MAGIC = [...'!<arch>\n'].map((c) => c.charCodeAt(0));

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length > magic.length && magic.every((b, i) => bytes[i] === b);
}

function now(): number {
  return performance.now();
}
