/**
 * Turns a learner's files into the compile and link invocations `go build` /
 * `go test` would run: which files form which package, in what order the
 * packages compile, which std archives they need, and the generated test main.
 * Problems the go command itself would report before compiling (missing
 * packages, mixed package names, import cycles, bad test signatures) come back
 * as diagnostics. Pure: no file system, no wasm.
 */
import type { Diagnostic, GoFiles } from '../types.ts';
import { importClosure, importProblem, type ToolchainManifest } from '../manifest.ts';
import { constraintMatches, fileNameMatches, type BuildTarget } from './constraints.ts';
import { scanGoFile, type GoFileInfo } from './gosource.ts';
import { inferModulePath, parseGoMod, type GoMod } from './gomod.ts';
import { archivePath, importcfg, modinfo } from './importcfg.ts';
import { findTests, generateTestMain, type TestFile } from './testmain.ts';

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

interface SourceFile {
  /** Learner's name, e.g. "main.go" or "internal/store/store.go". */
  name: string;
  dir: string;
  info: GoFileInfo;
  isTest: boolean;
}

interface LocalPackage {
  dir: string;
  importPath: string;
  name: string;
  files: SourceFile[];
}

const dirOf = (name: string) => (name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '');
const srcPath = (name: string) => `${SRC_ROOT}/${name}`;
const srcDir = (dir: string) => (dir === '' ? SRC_ROOT : `${SRC_ROOT}/${dir}`);

/** go ignores files and directories starting with "_" or ".", and testdata directories. */
function ignoredPath(name: string): boolean {
  return name
    .split('/')
    .some(
      (part, i, parts) => part.startsWith('_') || part.startsWith('.') || (i < parts.length - 1 && part === 'testdata'),
    );
}

/** The root package's name: from non-test files, else from in-package tests, else from `foo_test` files. */
function rootPackageName(rootFiles: SourceFile[]): string {
  const nonTest = rootFiles.find((f) => !f.isTest && f.info.packageName !== null);
  if (nonTest?.info.packageName) return nonTest.info.packageName;
  const names = rootFiles.map((f) => f.info.packageName).filter((n): n is string => n !== null);
  return names.find((n) => !n.endsWith('_test')) ?? names[0]?.replace(/_test$/, '') ?? 'main';
}

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

  // Go files that the go command would build for js/wasm, grouped by directory.
  const byDir = new Map<string, SourceFile[]>();
  for (const name of Object.keys(files).sort()) {
    if (!name.endsWith('.go') || ignoredPath(name)) continue;
    const source = files[name] ?? '';
    const info = scanGoFile(source);
    if (!fileNameMatches(name, target)) continue;
    if (info.buildConstraint !== null && !constraintMatches(info.buildConstraint, target)) continue;
    const dir = dirOf(name);
    const list = byDir.get(dir) ?? [];
    list.push({ name, dir, info, isTest: name.endsWith('_test.go') });
    byDir.set(dir, list);
  }
  const rootFiles = byDir.get('') ?? [];
  if (rootFiles.length === 0) return fail('no Go files to build: add a .go file at the top level');

  const rootName = rootPackageName(rootFiles);
  const xtestFiles =
    mode === 'test' ? rootFiles.filter((f) => f.isTest && f.info.packageName === `${rootName}_test`) : [];
  const modulePath = inferModulePath(
    goMod,
    rootName,
    xtestFiles.flatMap((f) => f.info.imports.map((i) => i.path)),
    (p) => manifest.packages[p] !== undefined,
  );

  // Local packages: the root plus every directory its imports reach.
  const locals = new Map<string, LocalPackage>();
  for (const [dir, list] of byDir) {
    const members = list.filter((f) => (dir === '' ? mode === 'test' || !f.isTest : !f.isTest));
    const pkgFiles = dir === '' ? members.filter((f) => !xtestFiles.includes(f)) : members;
    if (pkgFiles.length === 0) continue;
    const importPath = dir === '' ? modulePath : `${modulePath}/${dir}`;
    const name = pkgFiles.find((f) => !f.isTest)?.info.packageName ?? pkgFiles[0]?.info.packageName ?? '';
    for (const f of pkgFiles) {
      const got = f.info.packageName;
      if (got !== null && got !== name) {
        diagnostics.push({
          file: f.name,
          line: f.info.packageLine,
          column: 1,
          message: `found packages ${name} and ${got} in ${dir === '' ? 'the same directory' : dir}; every file of a package must say package ${name}`,
        });
      }
    }
    locals.set(importPath, { dir, importPath, name, files: pkgFiles });
  }
  if (mode === 'run' && rootName !== 'main') {
    return fail(
      `package ${rootName} is not a main package: a program needs package main with func main (or run its tests instead)`,
    );
  }

  if (!locals.has(modulePath) && !(mode === 'test' && xtestFiles.length > 0)) {
    return fail('no non-test Go files to build: add a .go file that is not a _test.go file');
  }

  // Check the imports of every package the build reaches from the root (and the
  // external tests); unreachable directories are not built, as with go build.
  const stdRoots = new Set<string>(['runtime']);
  const checkImports = (list: SourceFile[]): string[] => {
    const deps: string[] = [];
    for (const f of list) {
      for (const imp of f.info.imports) {
        const at = { file: f.name, line: imp.line, column: imp.column };
        if (imp.path === modulePath || imp.path.startsWith(`${modulePath}/`)) {
          if (!locals.has(imp.path)) {
            const rel = imp.path === modulePath ? '.' : imp.path.slice(modulePath.length + 1);
            diagnostics.push({ ...at, message: `package ${imp.path} is not in this module: no Go files in ${rel}` });
          } else if (!deps.includes(imp.path)) {
            deps.push(imp.path);
          }
          continue;
        }
        const problem = importProblem(manifest, imp.path);
        if (problem) diagnostics.push({ ...at, message: problem });
        else stdRoots.add(imp.path);
      }
    }
    return deps;
  };
  const xtestPath = `${modulePath}_test`;
  const xtestDeps = checkImports(xtestFiles);
  const roots = [...(locals.has(modulePath) ? [modulePath] : []), ...xtestDeps];
  const localDeps = new Map<string, string[]>();
  for (const pending = [...roots]; pending.length > 0;) {
    const p = pending.pop() ?? '';
    const pkg = locals.get(p);
    if (localDeps.has(p) || !pkg) continue;
    const deps = checkImports(pkg.files);
    localDeps.set(p, deps);
    pending.push(...deps);
  }
  if (diagnostics.length > 0) return fail('the package cannot be built');

  // Compile order: dependencies first; a cycle is an error, as in go.
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (p: string, from: SourceFile | undefined, stack: string[]): boolean => {
    if (state.get(p) === 'done') return true;
    if (state.get(p) === 'visiting') {
      const cycle = [...stack.slice(stack.indexOf(p)), p].join(' -> ');
      const imp = from?.info.imports.find((i) => i.path === p);
      diagnostics.push({
        file: from?.name ?? '',
        line: imp?.line ?? 0,
        column: imp?.column ?? 0,
        message: `import cycle not allowed: ${cycle}`,
      });
      return false;
    }
    state.set(p, 'visiting');
    const pkg = locals.get(p);
    for (const dep of localDeps.get(p) ?? []) {
      const importer = pkg?.files.find((f) => f.info.imports.some((i) => i.path === dep));
      if (!visit(dep, importer, [...stack, p])) return false;
    }
    state.set(p, 'done');
    order.push(p);
    return true;
  };
  for (const p of roots) {
    if (!visit(p, undefined, [])) return fail('import cycle');
  }

  const sources: Record<string, string> = {};
  for (const name of Object.keys(files)) sources[srcPath(name)] = files[name] ?? '';
  const archives: Record<string, string> = {};
  const compiles: CompileStep[] = [];
  const addCompile = (importPath: string, dir: string, fileNames: string[], output: string, trimTo: string) => {
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
    });
    archives[importPath] = output;
  };
  order.forEach((p, i) => {
    const pkg = locals.get(p);
    if (!pkg) return;
    const names = pkg.files.map((f) => `./${f.name.slice(f.name.lastIndexOf('/') + 1)}`);
    // go compiles a program's main package as "main"; everything else by import path.
    const compileAs = mode === 'run' && p === modulePath ? 'main' : p;
    addCompile(compileAs, srcDir(pkg.dir), names, `${BUILD_ROOT}/b${i + 1}/_pkg_.a`, p);
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
      );
    }
    const testMainPath = `${BUILD_ROOT}/testmain/_testmain.go`;
    sources[testMainPath] = generateTestMain(suite, {
      importPath: modulePath,
      modulePath,
      hasPackage: locals.has(modulePath),
      hasXTest: xtestFiles.length > 0,
    });
    for (const p of ['os', 'testing', 'fmt', 'internal/testlog', 'io', 'reflect', 'regexp', 'time']) stdRoots.add(p);
    mainArchive = `${BUILD_ROOT}/testmain/_pkg_.a`;
    addCompile('main', `${BUILD_ROOT}/testmain`, ['./_testmain.go'], mainArchive, '');
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
