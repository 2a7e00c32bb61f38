/**
 * The third-party modules learner code may import, pinned to one version
 * each. npm run build:toolchain compiles their packages for js/wasm into
 * public/go (downloaded only when imported, like std archives); the native
 * engine and the exercise packages write the same versions into go.mod and
 * go.sum, so a program builds against the same code in the page and with go.
 *
 * To change a version: edit it here, run `go get <path>@<version>` and
 * `go mod tidy` in a scratch module that imports `SHIPPED_PACKAGES`, copy its
 * indirect requirements and go.sum below, then npm run build:toolchain.
 * The toolchain build runs with -mod=readonly, so a go.sum that does not
 * match fails there, not on a learner's machine.
 */

export interface PinnedModule {
  path: string;
  version: string;
  /** Why the course ships it (shown in the error for an unlisted import). */
  why?: string;
}

/** Modules lessons and exercises import directly. */
export const DIRECT_MODULES: readonly PinnedModule[] = [
  { path: 'github.com/go-chi/chi/v5', version: 'v5.5.0', why: 'HTTP router' },
  { path: 'github.com/ncruces/go-sqlite3', version: 'v0.37.0', why: 'SQLite for database/sql' },
  { path: 'golang.org/x/sync', version: 'v0.25.0', why: 'errgroup, semaphore, singleflight' },
  { path: 'golang.org/x/time', version: 'v0.16.0', why: 'rate limiter' },
];

/** What the direct modules need, as go mod tidy lists them. */
export const INDIRECT_MODULES: readonly PinnedModule[] = [
  { path: 'github.com/ncruces/go-sqlite3-wasm/v6', version: 'v6.7.35401' },
  { path: 'github.com/ncruces/julianday', version: 'v1.0.0' },
  { path: 'golang.org/x/sys', version: 'v0.50.0' },
];

/**
 * The packages of the direct modules that are compiled into the toolchain
 * (with everything they import). Other packages of those modules are not
 * available in the page.
 */
export const SHIPPED_PACKAGES: readonly string[] = [
  'github.com/go-chi/chi/v5',
  'github.com/go-chi/chi/v5/middleware',
  'github.com/ncruces/go-sqlite3',
  'github.com/ncruces/go-sqlite3/driver',
  'golang.org/x/sync/errgroup',
  'golang.org/x/sync/semaphore',
  'golang.org/x/sync/singleflight',
  'golang.org/x/time/rate',
];

/** go.sum lines for every module above (and the go.mod files go consults while resolving them). */
export const PINNED_GO_SUM = `github.com/go-chi/chi/v5 v5.5.0 h1:xdKQ1dJmVJsmgahrXSKhUx8NyVPzpwdlyrrQFpMPJgg=
github.com/go-chi/chi/v5 v5.5.0/go.mod h1:d1IG7GtKPSjPyBP365PH8sAGVHk3qfB/IhjFNRH1wWM=
github.com/ncruces/go-sqlite3 v0.37.0 h1:Ps3EH70hhznZ+qkWIrTUlbTRlEv3dGTSQ/LOXlJxpaM=
github.com/ncruces/go-sqlite3 v0.37.0/go.mod h1:GASdtn4/ABuWBpm283DX4XJymxoVdVqKYpIDEDjqcV0=
github.com/ncruces/go-sqlite3-wasm/v6 v6.7.35401 h1:BlrYMg6wi+S0oxZ8IeGMHXi2nfjK+06KLQ3w85bqxOM=
github.com/ncruces/go-sqlite3-wasm/v6 v6.7.35401/go.mod h1:K/Z0eKUURoWW9cJ9rHeMGDF0G4pr0A6WizdC+Ohzj54=
github.com/ncruces/julianday v1.0.0 h1:fH0OKwa7NWvniGQtxdJRxAgkBMolni2BjDHaWTxqt7M=
github.com/ncruces/julianday v1.0.0/go.mod h1:Dusn2KvZrrovOMJuOt0TNXL6tB7U2E8kvza5fFc9G7g=
golang.org/x/sync v0.25.0 h1:dJnifr0nMV8/SBnBvdo4eSGGnrc3O4FFx6IqvtLcmRs=
golang.org/x/sync v0.25.0/go.mod h1:sUUOizhqBxiL6pEWpqNLUiaJn1ShEbZ6BBqskPbjZm0=
golang.org/x/sys v0.50.0 h1:dkKZEFTEKaLr1sjhs0WiKqoi8Jj5nHbS3Njmx1UoMJs=
golang.org/x/sys v0.50.0/go.mod h1:hNLxWAXmnKAxqDtdwIYC4bM9oQPEecfsnNMuSxOs3og=
golang.org/x/text v0.43.0 h1:1QivrlhwAsnMOcqgOdl9my7s9OyZl8O5/UGUTJVXoWc=
golang.org/x/text v0.43.0/go.mod h1:hbSIYA/amXcRXTFSZqh8tWHEoqRvvbKPJ2uz/KU+a+s=
golang.org/x/time v0.16.0 h1:vMb6ptszcQMkcwiRTAuNNU50gom6++Q/6gY2hDM6VDE=
golang.org/x/time v0.16.0/go.mod h1:rVKOqvZeKvrDKTQiAHJ7wmwP0RzleSphoEA9RcdLA0s=
`;

/** The pinned module an import path belongs to (longest matching module path), if any. */
export function pinnedModuleOf(importPath: string): PinnedModule | undefined {
  let best: PinnedModule | undefined;
  for (const m of [...DIRECT_MODULES, ...INDIRECT_MODULES]) {
    if ((importPath === m.path || importPath.startsWith(`${m.path}/`)) && m.path.length > (best?.path.length ?? 0)) {
      best = m;
    }
  }
  return best;
}

/** Whether any of the import paths is in a pinned module, i.e. go.mod needs the requirements. */
export function needsPinnedModules(importPaths: Iterable<string>): boolean {
  for (const p of importPaths) if (pinnedModuleOf(p)) return true;
  return false;
}

/**
 * A go.mod requiring every pinned module at its version. Unused requirements
 * are harmless to go build, go test and go vet, so one block serves every
 * package; listing the indirect ones keeps go from resolving anything itself.
 */
export function pinnedGoMod(modulePath: string, goVersion: string): string {
  // The modules' own go.mod files say "go 1.26.0", and go counts "1.26" as
  // older than that (a language version, like a pre-release): with the short
  // form go would want to rewrite this file.
  const go = /^\d+\.\d+$/.test(goVersion) ? `${goVersion}.0` : goVersion;
  const line = (m: PinnedModule, indirect: boolean) => `\t${m.path} ${m.version}${indirect ? ' // indirect' : ''}\n`;
  return (
    `module ${modulePath}\n\ngo ${go}\n\n` +
    `require (\n${DIRECT_MODULES.map((m) => line(m, false)).join('')})\n\n` +
    `require (\n${INDIRECT_MODULES.map((m) => line(m, true)).join('')})\n`
  );
}

/** The shipped modules as a sentence for error messages: "github.com/go-chi/chi/v5 v5.5.0 (HTTP router), ...". */
export function shippedModulesList(): string {
  return DIRECT_MODULES.map((m) => `${m.path} ${m.version}${m.why ? ` (${m.why})` : ''}`).join(', ');
}
