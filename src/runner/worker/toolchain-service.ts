/**
 * The toolchain worker's logic, independent of Node or the browser: keeps
 * compile/link/gofmt compiled as WebAssembly.Modules and the std archives in
 * memory, and for each request builds in a fresh in-memory file system.
 */
import type { Diagnostic, GoFiles } from '../types.ts';
import type { ToolchainManifest } from '../manifest.ts';
import { archivePath } from '../build/importcfg.ts';
import { learnerFileName, planBuild, type BuildMode, type BuildPlan, type CompileStep } from '../build/plan.ts';
import { formatDiagnostics, parseDiagnostics, uniqueDiagnostics } from '../results/diagnostics.ts';
import { OutputCapture } from '../results/output.ts';
import { MemFs } from '../go/memfs.ts';
import { loadWasmExec, runGo } from '../go/host.ts';
import { mapLimit, type ToolchainAssets } from './assets.ts';
import type { BuildReply, FormatReply } from './protocol.ts';

type Tool = 'compile' | 'link' | 'gofmt';

interface ToolResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const toolEnv = (cwd: string) => ({ GOOS: 'js', GOARCH: 'wasm', HOME: '/home/gopher', TMPDIR: '/tmp', PWD: cwd });

/** Builds and formats Go code with the wasm toolchain; one instance per toolchain worker. */
export class ToolchainService {
  private manifestPromise: Promise<ToolchainManifest> | undefined;
  private wasmExec: Promise<string> | undefined;
  private readonly modules = new Map<Tool, Promise<WebAssembly.Module>>();
  private readonly archives = new Map<string, Promise<Uint8Array>>();

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
      m = this.manifest()
        .then((man) => this.assets.bytes(man.tools[tool], `${tool}.wasm`))
        .then((bytes) => WebAssembly.compile(bytes as BufferSource));
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
    const fs = await this.prepareFs(manifest, plan);

    let stderr = '';
    const diagnostics: Diagnostic[] = [];
    for (const step of plan.compiles) {
      const r = await this.runTool('compile', compileArgs(step), fs, step.dir);
      if (r.exitCode !== 0) {
        stderr += r.stdout + r.stderr;
        diagnostics.push(...parseDiagnostics(r.stdout + r.stderr, (f) => learnerFileName(f, step.dir)));
        return {
          ok: false,
          diagnostics: uniqueDiagnostics(diagnostics),
          stderr: relabel(stderr, step),
          compileMs: now() - started,
          linkMs: 0,
        };
      }
    }
    const compileMs = now() - started;
    const linkStarted = now();
    const link = plan.link;
    const linkArgs = ['-o', link.output, '-importcfg', link.importcfgPath, '-s', '-w', '-buildmode=exe'];
    if (link.testBinary) linkArgs.push('-X', 'testing.testBinary=1');
    linkArgs.push(link.mainArchive);
    const r = await this.runTool('link', linkArgs, fs, '/build');
    const linkMs = now() - linkStarted;
    if (r.exitCode !== 0) {
      const text = r.stdout + r.stderr;
      return {
        ok: false,
        diagnostics: parseDiagnostics(text, (f) => learnerFileName(f, '/src')),
        stderr: text,
        compileMs,
        linkMs,
      };
    }
    // Copy out of the file system so the binary can be transferred to the program worker.
    const wasm = fs.readFile(link.output).slice();
    return { ok: true, wasm, wasmExec, workDir: plan.workDir, compileMs, linkMs };
  }

  private async prepareFs(manifest: ToolchainManifest, plan: BuildPlan): Promise<MemFs> {
    const archives = await mapLimit(plan.std, 8, (p) => this.archive(manifest, p));
    const fs = new MemFs();
    for (const dir of ['/tmp', '/home/gopher', '/build']) fs.mkdirp(dir);
    plan.std.forEach((p, i) => {
      const bytes = archives[i];
      if (bytes) fs.writeFile(archivePath(p), bytes, { shared: true });
    });
    for (const [path, text] of Object.entries(plan.sources)) fs.writeFile(path, text);
    for (const step of plan.compiles) fs.writeFile(step.importcfgPath, step.importcfg);
    fs.writeFile(plan.link.importcfgPath, plan.link.importcfg);
    fs.mkdirp(plan.link.output.slice(0, plan.link.output.lastIndexOf('/')));
    return fs;
  }

  /** Runs gofmt on one source file. */
  async format(source: string): Promise<FormatReply> {
    await this.glue();
    const fs = new MemFs();
    fs.mkdirp('/tmp');
    const r = await this.runTool('gofmt', [], fs, '/tmp', source);
    if (r.exitCode !== 0) return { ok: false, error: r.stderr.replaceAll('<standard input>', 'input.go') };
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
    '-pack',
    ...step.files,
  ];
}

/** Rewrites "./x.go" in compiler output to the learner's path, as go build prints it. */
function relabel(text: string, step: CompileStep): string {
  return text.replace(/^(\S+?\.go)(?=:\d)/gm, (f) => learnerFileName(f, step.dir));
}

function now(): number {
  return performance.now();
}
