#!/usr/bin/env node
// The entry point of `npm run dev|build|preview|test`: runs a tool under a Node the project
// supports (>= 22.12). On an older Node (Debian's is 20) it installs Node 24 from the npm
// registry into .cache/node — the same place scripts/ensure-node.sh and .ci/run use — and runs
// the tool again under it, so the README's two commands work on any machine with npm.
//   node scripts/with-node.mjs [node flags] <bin in node_modules/.bin | script.mjs> [args...]
// Kept to syntax and APIs Node 18 understands: it must run before we know which Node we have.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MINIMUM = [22, 12];

/** Whether a Node version string ("v20.20.2" or "20.20.2") is new enough for the project. */
export function supports(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

/**
 * Which Node runs the tool: this one when it is new enough, else the bootstrapped one
 * (installed first when `installed` is false).
 * @returns {{ use: 'current' } | { use: 'bootstrap', install: boolean }}
 */
export function pickNode(currentVersion, installed) {
  if (supports(currentVersion)) return { use: 'current' };
  return { use: 'bootstrap', install: !installed };
}

/** The file Node runs for `tool`: a script path as given, or a bin of node_modules/.bin resolved to its JS file. */
export function resolveTool(root, tool) {
  if (/\.[cm]?js$/.test(tool)) return tool;
  const bin = join(root, 'node_modules', '.bin', tool);
  if (!existsSync(bin)) {
    throw new Error(`with-node: ${tool} is not installed (no ${bin}); run npm install first`);
  }
  return realpathSync(bin);
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const argv = process.argv.slice(2);
  const flagCount = argv.findIndex((a) => !a.startsWith('-'));
  const nodeFlags = flagCount < 0 ? argv : argv.slice(0, flagCount);
  const [tool, ...args] = flagCount < 0 ? [] : argv.slice(flagCount);
  if (!tool) {
    console.error('usage: node scripts/with-node.mjs [node flags] <tool> [args...]');
    return 2;
  }
  const prefix = join(root, '.cache', 'node');
  const bootstrapped = join(prefix, 'node_modules', 'node', 'bin', 'node');
  const choice = pickNode(process.version, existsSync(bootstrapped));
  let node = process.execPath;
  if (choice.use === 'bootstrap') {
    if (choice.install) {
      console.log(`with-node: Node ${process.version} is older than 22.12; installing Node 24 into .cache/node (once)`);
      mkdirSync(prefix, { recursive: true });
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      const install = spawnSync(
        npm,
        ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', 'node@24'],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
      if (install.status !== 0 || !existsSync(bootstrapped)) {
        console.error('with-node: installing Node 24 failed; install Node 24 yourself (https://nodejs.org) and retry');
        return 1;
      }
    }
    node = bootstrapped;
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    console.log(
      `with-node: Node ${process.version} is older than 22.12; running ${tool} under Node ${version} from .cache/node`,
    );
  }
  let file;
  try {
    file = resolveTool(root, tool);
  } catch (err) {
    console.error(err.message);
    return 1;
  }
  // Children that look for `node` on PATH (vitest workers, astro's tools, npm scripts) get the same one.
  const env = {
    ...process.env,
    PATH: `${dirname(node)}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH ?? ''}`,
  };
  const result = spawnSync(node, [...nodeFlags, file, ...args], { stdio: 'inherit', env });
  if (result.error) {
    console.error(`with-node: could not start ${tool}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
