/** Helpers that run the installed `go` command for the toolchain build. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** The minimum Go release the toolchain build supports (wasm_exec.js location, test main shape). */
export const MIN_GO = [1, 26];

/**
 * Environment for every go invocation. User settings that would change the
 * output (GOFLAGS, GOEXPERIMENT, GOWASM, a toolchain switch) are cleared so a
 * rebuild with the same Go gives byte-identical archives.
 */
export function goEnv(extra = {}) {
  const env = { ...process.env, CGO_ENABLED: '0', GOFLAGS: '', GOEXPERIMENT: '', GOWASM: '', GOTOOLCHAIN: 'local' };
  return { ...env, ...extra };
}

/** The js/wasm target environment. */
export const wasmTarget = { GOOS: 'js', GOARCH: 'wasm' };

/** Runs go with args; resolves to stdout, rejects with stderr in the message. */
export async function go(args, { env = {}, cwd } = {}) {
  try {
    const { stdout } = await execFileAsync('go', args, {
      env: goEnv(env),
      cwd,
      maxBuffer: 256 * 1024 * 1024,
    });
    return stdout;
  } catch (err) {
    const stderr = err && typeof err === 'object' && 'stderr' in err ? String(err.stderr) : '';
    throw new Error(`go ${args.join(' ')} failed:\n${stderr || String(err)}`, { cause: err });
  }
}

/** Returns the installed Go version ("go1.26.8") and GOROOT, or throws a message saying what to install. */
export async function goInfo() {
  let version;
  let goroot;
  try {
    [version, goroot] = (await go(['env', 'GOVERSION', 'GOROOT'])).trim().split('\n');
  } catch {
    throw new Error('go is not on PATH. Install Go >= 1.26 (https://go.dev/dl/) and retry.');
  }
  const m = /^go(\d+)\.(\d+)/.exec(version ?? '');
  if (!m || Number(m[1]) < MIN_GO[0] || (Number(m[1]) === MIN_GO[0] && Number(m[2]) < MIN_GO[1])) {
    throw new Error(`Go ${MIN_GO.join('.')} or newer is required, found ${version}.`);
  }
  return { version, lang: `go${m[1]}.${m[2]}`, goroot };
}

/**
 * Lists packages with their export archives for js/wasm. -trimpath keeps file
 * paths inside the archives independent of where Go is installed.
 */
export async function listExports(packages, { cwd, env = {} } = {}) {
  const out = await go(
    ['list', '-trimpath', '-export', '-deps', '-json=ImportPath,Export,Imports,Standard,Module,Error', ...packages],
    { env: { ...wasmTarget, ...env }, cwd },
  );
  // go list -json prints concatenated objects; split at top-level boundaries.
  const objects = out.split(/\n(?=\{)/).filter((s) => s.trim() !== '');
  return objects.map((s) => JSON.parse(s));
}
