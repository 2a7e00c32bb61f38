import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goAssetHeaders, needsGoAssetHeaders } from '../../scripts/go-asset-headers.mjs';
import { readExerciseFolder } from '../../src/data/exercise-files';
import { toClientData } from '../../src/lib/exercise-client';
import { exerciseSchema } from '../../src/lib/schema/exercise';
import { buildStackBlitzProject } from '../../src/stackblitz/payload';

// What a StackBlitz WebContainer does with an exercise, on this machine: the
// payload is written to a folder, npm installs the pinned vitest, and
// `npm test` (vitest run) fetches the runner and the WebAssembly toolchain from
// the course origin (here a static server on 127.0.0.1 with the CORS headers).
// GO_MASTERY_ENGINE=wasm keeps the installed go out of it, as in a WebContainer.

const SLUG = 'greeting';
const exercise = toClientData(exerciseSchema.parse(readExerciseFolder(join('exercises', SLUG))));
const goTestNames = [...(exercise.tests['greeting_test.go'] ?? '').matchAll(/^func (Test\w+)\(/gm)].map((m) => m[1]);

/** The npm the current node came with (a bootstrapped Node may not be first on PATH). */
function npmCommand(): { cmd: string; pre: string[] } {
  const bundled = resolve(process.execPath, '..', '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
  return existsSync(bundled) ? { cmd: process.execPath, pre: [bundled] } : { cmd: 'npm', pre: [] };
}

/** Resolves true when the npm registry answers within a few seconds. */
async function registryReachable(): Promise<string | null> {
  const registry = process.env['npm_config_registry'] ?? 'https://registry.npmjs.org/';
  try {
    const res = await fetch(new URL('vitest', registry), { method: 'HEAD', signal: AbortSignal.timeout(10_000) });
    return res.ok ? null : `HTTP ${res.status} from ${registry}`;
  } catch (err) {
    return `${registry}: ${err instanceof Error ? err.message : String(err)}`;
  }
}

const unreachable = await registryReachable();
if (unreachable) console.log(`skipped: npm registry unreachable (${unreachable}); the StackBlitz harness needs npm install`);

/** Serves public/ like the course site: /go/* and /runner/* with the cross-origin headers. */
function servePublic(): Promise<Server> {
  const root = resolve('public');
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path);
    if (!file.startsWith(`${root}/`) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    if (needsGoAssetHeaders(path)) for (const [name, value] of Object.entries(goAssetHeaders)) res.setHeader(name, value);
    res.writeHead(200, { 'Content-Length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

interface Ran {
  code: number | null;
  output: string;
  ms: number;
}

/** Runs a command in dir with an environment free of the outer vitest's variables. */
function exec(cmd: string, args: string[], dir: string, extraEnv: Record<string, string> = {}): Promise<Ran> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'),
  );
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: dir, env: { ...env, ...extraEnv, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    child.on('close', (code) => done({ code, output, ms: performance.now() - started }));
  });
}

interface VitestReport {
  success: boolean;
  testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
}

describe.skipIf(unreachable !== null)(`the StackBlitz project of "${SLUG}", run like a WebContainer`, () => {
  let server: Server;
  let dir: string;
  let origin: string;
  const timings: string[] = [];

  beforeAll(async () => {
    server = await servePublic();
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), `gm-stackblitz-${SLUG}-`));
  });
  afterAll(() => {
    console.log(`stackblitz harness timings: ${timings.join(', ')}`);
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Writes the payload for the given learner files and runs `vitest run` with a JSON report. */
  async function grade(draft: Record<string, string>, label: string): Promise<{ ran: Ran; report: VitestReport }> {
    const { project } = buildStackBlitzProject(exercise, draft, origin);
    for (const [name, text] of Object.entries(project.files)) writeFileSync(join(dir, name), text);
    const report = join(dir, 'report.json');
    rmSync(report, { force: true });
    const vitest = join(dir, 'node_modules', 'vitest', 'vitest.mjs');
    const ran = await exec(
      process.execPath,
      [vitest, 'run', '--reporter=default', '--reporter=json', '--outputFile.json=report.json'],
      dir,
      { GO_MASTERY_ENGINE: 'wasm' },
    );
    timings.push(`${label} ${(ran.ms / 1000).toFixed(1)} s`);
    expect(existsSync(report), ran.output).toBe(true);
    return { ran, report: JSON.parse(readFileSync(report, 'utf8')) as VitestReport };
  }

  it('installs the pinned vitest with npm', async () => {
    const { project } = buildStackBlitzProject(exercise, {}, origin);
    writeFileSync(join(dir, 'package.json'), project.files['package.json'] ?? '');
    const npm = npmCommand();
    const ran = await exec(npm.cmd, [...npm.pre, 'install', '--no-audit', '--no-fund'], dir);
    timings.push(`npm install ${(ran.ms / 1000).toFixed(1)} s`);
    expect(ran.code, ran.output).toBe(0);
  }, 300_000);

  it('fails the starter, naming each Go test and printing got and want', async () => {
    const { ran, report } = await grade({}, 'starter');
    expect(ran.code, ran.output).not.toBe(0);
    expect(ran.output).toContain('Go tests run by the WebAssembly Go toolchain from');
    const results = report.testResults.flatMap((f) => f.assertionResults);
    const titles = results.map((r) => r.title);
    for (const name of goTestNames) expect(titles).toContain(name);
    const failed = results.filter((r) => r.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.some((r) => r.title.includes('/') && /want/.test(r.failureMessages.join('\n')))).toBe(true);
  }, 600_000);

  it('passes the solution, with the same tests', async () => {
    const { ran, report } = await grade(exercise.solution, 'solution');
    expect(ran.code, ran.output).toBe(0);
    expect(report.success).toBe(true);
    const results = report.testResults.flatMap((f) => f.assertionResults);
    for (const name of goTestNames) expect(results.map((r) => r.title)).toContain(name);
    expect(results.every((r) => r.status === 'passed')).toBe(true);
  }, 600_000);
});
