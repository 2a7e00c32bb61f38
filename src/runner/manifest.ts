/**
 * The toolchain manifest written by scripts/build-toolchain.mjs
 * (public/go/manifest.json) and the questions the runner asks of it.
 */

/** One shipped file: gzipped on disk, described by its raw size and hash. */
export interface ManifestFile {
  /** Path relative to the toolchain base (e.g. "pkg/fmt.a.gz"). */
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Hex sha256 of the raw (uncompressed) contents. */
  sha256: string;
}

export interface ManifestPackage extends ManifestFile {
  /** Direct imports (resolved import paths, `unsafe` left out). */
  imports: string[];
  /** The module path for a package of a pinned third-party module; absent for std. */
  module?: string;
}

export interface ToolchainManifest {
  formatVersion: 1;
  /** e.g. "go1.26.8" */
  goVersion: string;
  /** Default -lang for the compiler, e.g. "go1.26". */
  lang: string;
  goos: string;
  goarch: string;
  /** True when compile/link were built with only the wasm backend. */
  trimmedBackends: boolean;
  tools: Record<'compile' | 'link' | 'gofmt', ManifestFile>;
  packages: Record<string, ManifestPackage>;
  /** Packages the compiler implements itself (no archive), i.e. "unsafe". */
  builtin: string[];
  /**
   * Packages in `packages` that are the runner's own, not the standard
   * library's (the test main's testdeps). Learner code cannot import them.
   */
  runnerPackages?: string[];
  /** Pinned third-party modules whose packages are in `packages`: module path to version. */
  modules?: Record<string, string>;
  wasmExec: { file: string; bytes: number; sha256: string };
}

/** Whether path is a standard-library package the toolchain ships. */
export function isStdPackage(manifest: ToolchainManifest, path: string): boolean {
  const pkg = manifest.packages[path];
  return pkg !== undefined && pkg.module === undefined && !(manifest.runnerPackages ?? []).includes(path);
}

/** Whether learner code can import path: a std package or a listed package of a pinned module. */
export function isShippedPackage(manifest: ToolchainManifest, path: string): boolean {
  return isStdPackage(manifest, path) || manifest.packages[path]?.module !== undefined;
}

/** Why a learner's import cannot be used, or null when it can. */
export function importProblem(manifest: ToolchainManifest, path: string): string | null {
  if (manifest.builtin.includes(path)) return null;
  if (path === 'C') return 'cgo (import "C") is not available in the browser runner';
  if (path === 'syscall/js') return 'package syscall/js is not available to programs in the browser runner';
  if (path.split('/').includes('internal') || path.startsWith('vendor/')) {
    if (isShippedPackage(manifest, path)) return `use of internal package ${path} not allowed`;
    return (path.split('/')[0] ?? '').includes('.')
      ? `package ${path} is not available in the browser runner`
      : `package ${path} is not in std`;
  }
  if (isShippedPackage(manifest, path)) return null;
  const firstElem = path.split('/')[0] ?? '';
  if (firstElem.includes('.')) {
    const module = Object.keys(manifest.modules ?? {})
      .filter((m) => path === m || path.startsWith(`${m}/`))
      .sort((a, b) => b.length - a.length)[0];
    if (module !== undefined) {
      const shipped = Object.entries(manifest.packages)
        .filter(([p, pkg]) => pkg.module === module && !p.split('/').includes('internal'))
        .map(([p]) => p)
        .sort();
      return `package ${path} is not available in the browser runner: of module ${module} it has ${shipped.join(', ')}`;
    }
    const modules = Object.entries(manifest.modules ?? {}).map(([m, version]) => `${m} ${version}`);
    return modules.length === 0
      ? `package ${path} is not available in the browser runner: only the standard library is (run it locally with Go to use modules)`
      : `package ${path} is not available in the browser runner: besides the standard library it has only the modules ${modules.join(', ')} (run it locally with Go to use other modules)`;
  }
  return `package ${path} is not available in the browser runner`;
}

/**
 * All manifest packages reachable from the roots (roots included, builtins
 * excluded), sorted so the list is stable. Unknown roots are ignored; callers
 * check them with importProblem first.
 */
export function importClosure(manifest: ToolchainManifest, roots: Iterable<string>): string[] {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const p = stack.pop();
    if (p === undefined || seen.has(p)) continue;
    const pkg = manifest.packages[p];
    if (!pkg) continue;
    seen.add(p);
    stack.push(...pkg.imports);
  }
  return [...seen].sort();
}

/** Sum of gzip sizes of the given packages: what a learner downloads for them. */
export function downloadBytes(manifest: ToolchainManifest, packages: Iterable<string>): number {
  let total = 0;
  for (const p of packages) total += manifest.packages[p]?.gzipBytes ?? 0;
  return total;
}
