import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pickNode, resolveTool, supports } from '../../scripts/with-node.mjs';

describe('supports', () => {
  it.each([
    ['v20.20.2', false],
    ['v22.11.0', false],
    ['v22.12.0', true],
    ['22.20.1', true],
    ['v23.0.0', true],
    ['v24.11.1', true],
    ['v18.19.0', false],
  ])('%s → %s', (version, ok) => {
    expect(supports(version)).toBe(ok);
  });
});

describe('pickNode', () => {
  it('keeps a Node that is new enough', () => {
    expect(pickNode('v24.1.0', false)).toEqual({ use: 'current' });
  });
  it('uses the bootstrapped Node on an old one, installing it only when missing', () => {
    expect(pickNode('v20.20.2', false)).toEqual({ use: 'bootstrap', install: true });
    expect(pickNode('v20.20.2', true)).toEqual({ use: 'bootstrap', install: false });
  });
});

describe('resolveTool', () => {
  it('runs scripts as given and bins through their JS file', () => {
    expect(resolveTool(process.cwd(), 'scripts/test.mjs')).toBe('scripts/test.mjs');
    expect(resolveTool(process.cwd(), 'astro')).toMatch(/node_modules\/astro\/.*\.m?js$/);
  });
  it('says to run npm install when a tool is missing', () => {
    expect(() => resolveTool(process.cwd(), 'no-such-tool')).toThrow(/run npm install first/);
  });
});

// The machine's own Node, when it is too old (Debian's is 20): the launcher must re-run the
// script under the bootstrapped Node and put that Node first on PATH for the children.
const oldNode = ['/usr/bin/node', '/bin/node', '/usr/local/bin/node'].find(
  (p) => existsSync(p) && !supports(execFileSync(p, ['--version'], { encoding: 'utf8' }).trim()),
);
const bootstrapped = existsSync('.cache/node/node_modules/node/bin/node');
describe.skipIf(!oldNode || !bootstrapped)('the launcher on an old Node', () => {
  if (!oldNode) console.log('skipped: no Node older than 22.12 on this machine');
  it('runs the script under Node ≥ 22.12 and says so in one line', () => {
    const r = spawnSync(oldNode ?? 'node', ['scripts/with-node.mjs', 'test/fixtures/with-node/print-version.mjs'], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^with-node: Node v20\.\d+\.\d+ is older than 22\.12; running .* under Node v2[2-9]/);
    const script = /^script (v[\d.]+)$/.exec(lines[1] ?? '')?.[1] ?? '';
    const onPath = /^path (v[\d.]+)$/.exec(lines[2] ?? '')?.[1] ?? '';
    expect(supports(script), lines.join('\n')).toBe(true);
    expect(onPath).toBe(script);
  });
});
