/**
 * The standard-library packages shipped with the in-browser toolchain: every
 * package of `go list std` that builds for js/wasm and that a program may
 * import (no internal/ or vendor/ packages), plus the dependencies go list
 * adds. A learner's program can import exactly these; anything else is
 * reported as "not available in the browser runner". Archives are fetched
 * per import closure, so a package costs site disk space, not download time
 * for lessons that do not import it.
 */
import { go, wasmTarget } from './go.mjs';

/** Import paths a learner cannot import: internal and vendored packages. */
const hidden = /(^|\/)internal(\/|$)|^vendor\//;

/** Every importable std package for js/wasm, in go list's (deterministic) order. */
export async function stdPackages() {
  const out = await go(['list', '-e', '-f', '{{if not .Error}}{{.ImportPath}}{{end}}', 'std'], { env: wasmTarget });
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter((p) => p !== '' && p !== 'unsafe' && !hidden.test(p));
}

/**
 * Packages listed explicitly on top of std: go list refuses
 * testing/internal/testdeps as a dependency of anything outside std, and the
 * test main generator can use the real one.
 */
export const extraPackages = ['testing/internal/testdeps'];
