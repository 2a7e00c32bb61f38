#!/usr/bin/env node
// `npm test`: every gate — type check, lint, format, the toolchain check, unit/content/runner
// tests, production build, budgets, end-to-end tests — ending with one summary line counting
// every test that ran.
//
// The type checks run first, alone: every `astro sync` (the build's, and the content tests'
// broken-collection checks) rewrites .astro/ in place, and tsc must not read it half-written.
// Then three lanes run at once, because on a 2-core machine most gates wait on one thread or on
// child processes (Go, the wasm toolchain) and the whole run must fit in CI's time:
//   checks:  eslint → prettier → toolchain check
//   tests:   unit, content and runner tests
//   site:    astro build → budgets → Chromium → end-to-end tests
// A lane stops at its first failure; the other lanes finish, so one run reports every failing
// gate. Each gate's output is printed in one piece when it ends, so lanes do not interleave.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './lib/chromium.mjs';

// Runs a locally installed tool with the same Node that runs this script, so a
// bootstrapped Node 24 is used even when an older node is first on PATH.
const npx = ([bin, ...args]) => [process.execPath, [`node_modules/.bin/${bin}`, ...args]];

mkdirSync('.cache/test-logs', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function vitestJson(project) {
  const file = `.cache/vitest-${project}.json`;
  rmSync(file, { force: true });
  return {
    file,
    args: ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
  };
}

function count(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

const unit = vitestJson('unit');
const e2e = vitestJson('e2e');
const typeChecks = [
  { name: 'type check (astro check)', cmd: ['astro', 'check'] },
  { name: 'type check (tsc)', cmd: ['tsc', '--noEmit'] },
];
const lanes = [
  [
    { name: 'lint (eslint)', cmd: ['eslint', '.', '--max-warnings', '0'] },
    { name: 'format (prettier)', cmd: ['prettier', '--check', '.'] },
    // With Go present, the committed toolchain must be exactly what this Go builds.
    {
      name: 'toolchain matches public/go/manifest.json',
      node: ['scripts/build-toolchain.mjs', '--check'],
      needsGo: true,
    },
  ],
  [{ name: 'unit, content and runner tests', cmd: unit.args, report: unit.file }],
  [
    { name: 'production build', cmd: ['astro', 'build'] },
    { name: 'budgets', node: ['scripts/check-budgets.mjs'] },
    { name: 'a Chromium for the browser tests', run: ensureChromium },
    { name: 'end-to-end tests (Chromium)', cmd: e2e.args, report: e2e.file },
  ],
];

const goPresent = spawnSync('go', ['version']).status === 0;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };

/** Runs one gate with its output in a log file; resolves to its exit status. */
function runStep(step, log) {
  if (step.run) {
    const problem = step.run();
    if (problem) log.write(`${problem}\n`);
    return Promise.resolve(problem ? 1 : 0);
  }
  const [command, args] = step.node ? [process.execPath, step.node] : npx(step.cmd);
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', (err) => {
      log.write(`could not start ${step.name}: ${err.message}\n`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const started = Date.now();
const failures = [];
const durations = [];

async function runLane(steps, lane) {
  for (const step of steps) {
    if (step.needsGo && !goPresent) {
      console.log(`\n▶ ${step.name}\nskipped: go not found (${step.name})`);
      continue;
    }
    const t0 = Date.now();
    const logFile = `.cache/test-logs/${lane}-${step.name.replace(/[^a-z0-9]+/gi, '-')}.log`;
    const log = createWriteStream(logFile);
    const status = await runStep(step, log);
    await new Promise((resolve) => log.end(resolve));
    const failedBefore = totals.failed;
    if (step.report) count(step.report);
    // A test runner that exits non-zero without a failed test (it crashed) is one failure.
    if (status !== 0 && step.report && totals.failed === failedBefore) totals.failed++;
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    durations.push(`${step.name} ${seconds}s`);
    console.log(`\n▶ ${step.name}`);
    process.stdout.write(readFileSync(logFile, 'utf8'));
    if (status !== 0) {
      failures.push(step);
      console.error(`✖ ${step.name} failed after ${seconds}s`);
      const rest = steps.slice(steps.indexOf(step) + 1);
      if (rest.length) console.error(`  not run because of it: ${rest.map((s) => s.name).join(', ')}`);
      return;
    }
    console.log(`✔ ${step.name} (${seconds}s)`);
  }
}

await runLane(typeChecks, 'types');
await Promise.all(lanes.map((steps, i) => runLane(steps, i)));

const total = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\ngate times: ${durations.join(' · ')}`);
console.log(
  `npm test ${failures.length ? `failed at: ${failures.map((s) => s.name).join(', ')}` : 'finished'} in ${total}s`,
);
// A failed gate that is not a test runner still counts as one failure.
const failed = totals.failed + failures.filter((s) => !s.report).length;
console.log(`tests: ${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
