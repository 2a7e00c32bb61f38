/**
 * Which files form which package: the learner's files grouped by directory the
 * way the go command would for js/wasm, the module path, and the graph of
 * imports between the local packages (checked against the manifest).
 */
import type { Diagnostic, GoFiles } from '../types.ts';
import { importProblem, type ToolchainManifest } from '../manifest.ts';
import { constraintMatches, fileNameMatches, type BuildTarget } from './constraints.ts';
import { scanGoFile, type GoFileInfo } from './gosource.ts';
import { inferModulePath, type GoMod } from './gomod.ts';

export interface SourceFile {
  /** Learner's name, e.g. "main.go" or "internal/store/store.go". */
  name: string;
  dir: string;
  info: GoFileInfo;
  isTest: boolean;
}

export interface LocalPackage {
  /** Directory relative to the module root ("" for the root package). */
  dir: string;
  importPath: string;
  name: string;
  files: SourceFile[];
  /** Files that disagree about the package name (reported only if the package is built). */
  problems: Diagnostic[];
}

export interface ModuleLayout {
  modulePath: string;
  rootName: string;
  rootFiles: SourceFile[];
  /** `package foo_test` files (test mode only). */
  xtestFiles: SourceFile[];
  locals: Map<string, LocalPackage>;
}

const dirOf = (name: string) => (name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '');

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

/**
 * Groups the Go files the go command would build for the target into packages.
 * Returns null when there is no Go file at the top level.
 */
export function layoutModule(
  files: GoFiles,
  target: BuildTarget,
  mode: 'run' | 'test',
  goMod: GoMod | null,
  isStd: (path: string) => boolean,
): ModuleLayout | null {
  const byDir = new Map<string, SourceFile[]>();
  for (const name of Object.keys(files).sort()) {
    if (!name.endsWith('.go') || ignoredPath(name) || !fileNameMatches(name, target)) continue;
    const info = scanGoFile(files[name] ?? '');
    if (info.buildConstraint !== null && !constraintMatches(info.buildConstraint, target)) continue;
    const dir = dirOf(name);
    const list = byDir.get(dir) ?? [];
    list.push({ name, dir, info, isTest: name.endsWith('_test.go') });
    byDir.set(dir, list);
  }
  const rootFiles = byDir.get('') ?? [];
  if (rootFiles.length === 0) return null;

  const rootName = rootPackageName(rootFiles);
  const xtestFiles =
    mode === 'test' ? rootFiles.filter((f) => f.isTest && f.info.packageName === `${rootName}_test`) : [];
  const modulePath = inferModulePath(
    goMod,
    rootName,
    xtestFiles.flatMap((f) => f.info.imports.map((i) => i.path)),
    isStd,
  );

  const locals = new Map<string, LocalPackage>();
  for (const [dir, list] of byDir) {
    // Only the root package is tested; its external tests form a package of their own.
    const pkgFiles = list.filter((f) => (dir === '' && mode === 'test' ? !xtestFiles.includes(f) : !f.isTest));
    if (pkgFiles.length === 0) continue;
    const importPath = dir === '' ? modulePath : `${modulePath}/${dir}`;
    const name = pkgFiles.find((f) => !f.isTest)?.info.packageName ?? pkgFiles[0]?.info.packageName ?? '';
    const problems: Diagnostic[] = [];
    for (const f of pkgFiles) {
      const got = f.info.packageName;
      if (got !== null && got !== name) {
        problems.push({
          file: f.name,
          line: f.info.packageLine,
          column: 1,
          message: `found packages ${name} and ${got} in ${dir === '' ? 'the same directory' : dir}; every file of a package must say package ${name}`,
        });
      }
    }
    locals.set(importPath, { dir, importPath, name, files: pkgFiles, problems });
  }
  return { modulePath, rootName, rootFiles, xtestFiles, locals };
}

export type ImportGraph =
  { ok: true; order: string[]; stdRoots: Set<string> } | { ok: false; diagnostics: Diagnostic[]; message: string };

/**
 * Checks the imports of every package the build reaches from the root (and the
 * external tests) and orders the local packages dependencies first.
 * Unreachable directories are not built, as with go build; a cycle is an error.
 */
export function resolveImports(layout: ModuleLayout, manifest: ToolchainManifest): ImportGraph {
  const { modulePath, locals, xtestFiles } = layout;
  const diagnostics: Diagnostic[] = [];
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
  const roots = [...(locals.has(modulePath) ? [modulePath] : []), ...checkImports(xtestFiles)];
  const localDeps = new Map<string, string[]>();
  for (const pending = [...roots]; pending.length > 0;) {
    const p = pending.pop() ?? '';
    const pkg = locals.get(p);
    if (localDeps.has(p) || !pkg) continue;
    diagnostics.push(...pkg.problems);
    const deps = checkImports(pkg.files);
    localDeps.set(p, deps);
    pending.push(...deps);
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics, message: 'the package cannot be built' };

  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (p: string, from: SourceFile | undefined, stack: string[]): boolean => {
    if (state.get(p) === 'done') return true;
    if (state.get(p) === 'visiting') {
      const imp = from?.info.imports.find((i) => i.path === p);
      diagnostics.push({
        file: from?.name ?? '',
        line: imp?.line ?? 0,
        column: imp?.column ?? 0,
        message: `import cycle not allowed: ${[...stack.slice(stack.indexOf(p)), p].join(' -> ')}`,
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
    if (!visit(p, undefined, [])) return { ok: false, diagnostics, message: 'import cycle' };
  }
  return { ok: true, order, stdRoots };
}
