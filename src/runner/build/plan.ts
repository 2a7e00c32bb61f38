/**
 * Turns a learner's files into the compile and link invocations `go build` /
 * `go test` would run: which files form which package, in what order the
 * packages compile, which std archives they need, and the generated test main.
 * Problems the go command itself would report before compiling (missing
 * packages, mixed package names, import cycles, bad test signatures) come back
 * as diagnostics. Pure: no file system, no wasm.
 */
import type { Diagnostic, GoFiles } from '../types.ts';
import { importClosure, isShippedPackage, type ToolchainManifest } from '../manifest.ts';
import type { BuildTarget } from './constraints.ts';
import { parseGoMod, type GoMod } from './gomod.ts';
import { embedConfig, fileTree } from './embed.ts';
import { archivePath, importcfg, modinfo } from './importcfg.ts';
import { layoutModule, resolveImports, type SourceFile } from './packages.ts';
import { findTests, generateTestMain, testMainImports, type TestFile } from './testmain.ts';

/** Where learner files live in the in-memory file system (the root package's directory). */
export const SRC_ROOT = '/src';
const BUILD_ROOT = '/build';

export type BuildMode = 'run' | 'test';

export interface CompileStep {
  /** -p: the package's import path. */
  importPath: string;
  /** Directory the compiler runs in; files are passed relative to it like go does ("./main.go"). */
  dir: string;
  files: string[];
  output: string;
  importcfgPath: string;
  importcfg: string;
  lang: string;
  /** -trimpath rewrite, so positions in binaries read "<import path>/main.go" as with go build -trimpath. */
  trimpath: string;
  /** The -embedcfg file when the package uses //go:embed: its path, JSON text and the files it names. */
  embed?: { path: string; text: string; files: string[] };
}

export interface LinkStep {
  output: string;
  mainArchive: string;
  importcfgPath: string;
  importcfg: string;
  testBinary: boolean;
}

export interface BuildPlan {
  mode: BuildMode;
  modulePath: string;
  /** Std packages (with dependencies) whose archives must be in the file system. */
  std: string[];
  /** Files to write before compiling: learner files under SRC_ROOT plus generated ones. */
  sources: Record<string, string>;
  compiles: CompileStep[];
  link: LinkStep;
  /** Directory the learner's binary starts in. */
  workDir: string;
}

export type PlanResult = { ok: true; plan: BuildPlan } | { ok: false; diagnostics: Diagnostic[]; message: string };

const srcPath = (name: string) => `${SRC_ROOT}/${name}`;
const srcDir = (dir: string) => (dir === '' ? SRC_ROOT : `${SRC_ROOT}/${dir}`);

/** Plans a build of the root package (files at the top level) for `go run` or `go test`. */
export function planBuild(files: GoFiles, manifest: ToolchainManifest, mode: BuildMode): PlanResult {
  const goMinor = Number(/^go1\.(\d+)/.exec(manifest.goVersion)?.[1] ?? '0');
  const target: BuildTarget = { goos: manifest.goos, goarch: manifest.goarch, goMinor };
  const goMod: GoMod | null = files['go.mod'] !== undefined ? parseGoMod(files['go.mod']) : null;
  const diagnostics: Diagnostic[] = [];
  const fail = (message: string): PlanResult => ({ ok: false, diagnostics, message });

  const lang = goMod?.lang ?? manifest.lang;
  const langMinor = Number(/^go1\.(\d+)/.exec(lang)?.[1] ?? '0');
  if (langMinor > goMinor) {
    return fail(`go.mod requires go >= 1.${langMinor} (the runner has ${manifest.goVersion})`);
  }
  const layout = layoutModule(files, target, mode, goMod, (p) => isShippedPackage(manifest, p));
  if (!layout) return fail('no Go files to build: add a .go file at the top level');
  const { modulePath, rootName, rootFiles, xtestFiles, locals } = layout;
  if (mode === 'run' && rootName !== 'main') {
    return fail(
      `package ${rootName} is not a main package: a program needs package main with func main (or run its tests instead)`,
    );
  }
  if (!locals.has(modulePath) && !(mode === 'test' && xtestFiles.length > 0)) {
    return fail('no non-test Go files to build: add a .go file that is not a _test.go file');
  }
  const graph = resolveImports(layout, manifest);
  if (!graph.ok) {
    diagnostics.push(...graph.diagnostics);
    return fail(graph.message);
  }
  const { order, stdRoots } = graph;
  const xtestPath = `${modulePath}_test`;

  const sources: Record<string, string> = {};
  for (const name of Object.keys(files)) sources[srcPath(name)] = files[name] ?? '';
  const archives: Record<string, string> = {};
  const compiles: CompileStep[] = [];
  const tree = fileTree(Object.keys(files));
  const embedProblems: Diagnostic[] = [];
  /** The -embedcfg of a package made of these files in dir (relative to SRC_ROOT), like go's resolveEmbed. */
  const embedFor = (dir: string, list: SourceFile[], objDir: string): CompileStep['embed'] => {
    const patterns = list.flatMap((f) => f.info.embeds.map((e) => ({ ...e, file: f.name })));
    const r = embedConfig(tree, dir, srcDir(dir), patterns);
    if (!r.ok) {
      embedProblems.push(r.diagnostic);
      return undefined;
    }
    if (!r.config) return undefined;
    return {
      path: `${objDir}/embedcfg`,
      text: `${JSON.stringify(r.config, null, '\t')}\n`,
      files: Object.values(r.config.Files),
    };
  };
  const addCompile = (
    importPath: string,
    dir: string,
    fileNames: string[],
    output: string,
    trimTo: string,
    embed?: CompileStep['embed'],
  ) => {
    const cfgPath = `${output.slice(0, output.lastIndexOf('/'))}/importcfg`;
    compiles.push({
      importPath,
      dir,
      files: fileNames,
      output,
      importcfgPath: cfgPath,
      importcfg: '', // filled once the std closure is known
      lang,
      trimpath: `${dir}=>${trimTo}`,
      ...(embed ? { embed } : {}),
    });
    archives[importPath] = output;
  };
  order.forEach((p, i) => {
    const pkg = locals.get(p);
    if (!pkg) return;
    const names = pkg.files.map((f) => `./${f.name.slice(f.name.lastIndexOf('/') + 1)}`);
    // go compiles a program's main package as "main"; everything else by import path.
    const compileAs = mode === 'run' && p === modulePath ? 'main' : p;
    const objDir = `${BUILD_ROOT}/b${i + 1}`;
    addCompile(compileAs, srcDir(pkg.dir), names, `${objDir}/_pkg_.a`, p, embedFor(pkg.dir, pkg.files, objDir));
  });

  let mainArchive = archives.main ?? '';
  if (mode === 'test') {
    const testFiles: TestFile[] = [
      ...rootFiles
        .filter((f) => f.isTest && !xtestFiles.includes(f))
        .map((f) => ({ name: f.name, pkg: '_test' as const, info: f.info })),
      ...xtestFiles.map((f) => ({ name: f.name, pkg: '_xtest' as const, info: f.info })),
    ];
    const suite = findTests(testFiles);
    if (suite.diagnostics.length > 0) {
      diagnostics.push(...suite.diagnostics);
      return fail('a test function has the wrong signature');
    }
    if (xtestFiles.length > 0) {
      addCompile(
        xtestPath,
        SRC_ROOT,
        xtestFiles.map((f) => `./${f.name}`),
        `${BUILD_ROOT}/xtest/_pkg_.a`,
        modulePath,
        embedFor('', xtestFiles, `${BUILD_ROOT}/xtest`),
      );
    }
    const testMainPath = `${BUILD_ROOT}/testmain/_testmain.go`;
    sources[testMainPath] = generateTestMain(suite, {
      importPath: modulePath,
      modulePath,
      hasPackage: locals.has(modulePath),
      hasXTest: xtestFiles.length > 0,
    });
    for (const p of testMainImports()) stdRoots.add(p);
    mainArchive = `${BUILD_ROOT}/testmain/_pkg_.a`;
    addCompile('main', `${BUILD_ROOT}/testmain`, ['./_testmain.go'], mainArchive, '');
  }

  if (embedProblems.length > 0) {
    diagnostics.push(...embedProblems);
    return fail('a //go:embed pattern cannot be used');
  }

  const std = importClosure(manifest, stdRoots);
  for (const p of std) archives[p] = archivePath(p);
  // Each compile sees the std closure and the local packages built before it.
  const builtSoFar: Record<string, string> = {};
  for (const step of compiles) {
    step.importcfg = importcfg({ ...Object.fromEntries(std.map((p) => [p, archivePath(p)])), ...builtSoFar });
    builtSoFar[step.importPath] = step.output;
  }
  const { main: _main, ...linkArchives } = archives;
  const mainPath = mode === 'test' ? `${modulePath}.test` : modulePath;
  return {
    ok: true,
    plan: {
      mode,
      modulePath,
      std,
      sources,
      compiles,
      link: {
        output: `${BUILD_ROOT}/exe/a.out.wasm`,
        mainArchive,
        importcfgPath: `${BUILD_ROOT}/exe/importcfg.link`,
        importcfg: importcfg(linkArchives, modinfo({ mainPath, modulePath })),
        testBinary: mode === 'test',
      },
      workDir: SRC_ROOT,
    },
  };
}

/** Maps a file name as the compiler printed it (relative to dir, or absolute) back to the learner's name. */
export function learnerFileName(printed: string, dir: string): string {
  let path = printed;
  if (!path.startsWith('/')) path = `${dir}/${path.replace(/^\.\//, '')}`;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  const abs = `/${parts.join('/')}`;
  if (abs.startsWith(`${SRC_ROOT}/`)) return abs.slice(SRC_ROOT.length + 1);
  if (abs.startsWith(`${BUILD_ROOT}/testmain/`)) return abs.slice(`${BUILD_ROOT}/testmain/`.length);
  return printed;
}
