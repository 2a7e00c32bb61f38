import { spawnSync } from 'node:child_process';

/** True when a `go` command is on PATH. */
export function hasGo() {
  const result = spawnSync('go', ['version'], { encoding: 'utf8' });
  return result.status === 0;
}

/**
 * @typedef {{ code: number, stdout: string, stderr: string, output: string }} CommandResult
 * @typedef {{ cwd?: string, env?: Record<string, string>, timeoutMs?: number }} CommandOptions
 */

/**
 * Runs a go subcommand; returns exit code and combined output.
 * @param {string[]} args
 * @param {CommandOptions} [options]
 * @returns {CommandResult}
 */
export function go(args, options = {}) {
  const result = spawnSync('go', args, {
    encoding: 'utf8',
    env: { ...process.env, GOFLAGS: '-mod=mod', ...(options.env ?? {}) },
    cwd: options.cwd,
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return {
    code: result.status ?? 1,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    output: `${result.stdout ?? ''}${result.stderr ?? ''}`,
  };
}

/**
 * Runs gofmt from the same GOROOT as `go` (it may not be on PATH itself).
 * @param {string[]} args
 * @param {CommandOptions} [options]
 * @returns {CommandResult}
 */
export function gofmt(args, options = {}) {
  const goroot = go(['env', 'GOROOT']).stdout.trim();
  const result = spawnSync(`${goroot}/bin/gofmt`, args, { encoding: 'utf8', cwd: options.cwd });
  return {
    code: result.status ?? 1,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    output: `${result.stdout ?? ''}${result.stderr ?? ''}`,
  };
}
