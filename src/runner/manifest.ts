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
  wasmExec: { file: string; bytes: number; sha256: string };
}

/** Whether path is a standard-library package the toolchain ships. */
export function isStdPackage(manifest: ToolchainManifest, path: string): boolean {
  return manifest.packages[path] !== undefined && !(manifest.runnerPackages ?? []).includes(path);
}

/** Why a learner's import cannot be used, or null when it can. */
export function importProblem(manifest: ToolchainManifest, path: string): string | null {
  if (manifest.builtin.includes(path)) return null;
  if (path === 'C') return 'cgo (import "C") is not available in the browser runner';
  if (path === 'syscall/js') return 'package syscall/js is not available to programs in the browser runner';
  if (path.split('/').includes('internal') || path.startsWith('vendor/')) {
    return isStdPackage(manifest, path)
      ? `use of internal package ${path} not allowed`
      : `package ${path} is not in std`;
  }
  if (isStdPackage(manifest, path)) return null;
  const firstElem = path.split('/')[0] ?? '';
  if (firstElem.includes('.')) {
    return `package ${path} is not available in the browser runner: only the standard library is (run it locally with Go to use modules)`;
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
