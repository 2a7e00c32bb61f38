#!/usr/bin/env node
// `npm test`: every gate, in order, stopping at the first that fails:
// type check, lint, unit/content/runner tests, production build, budgets, end-to-end tests.
// Ends with one summary line counting every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './lib/chromium.mjs';

// Runs a locally installed tool with the same Node that runs this script, so a
// bootstrapped Node 24 is used even when an older node is first on PATH.
const npx = ([bin, ...args]) => [process.execPath, [`node_modules/.bin/${bin}`, ...args]];

mkdirSync('.cache', { recursive: true });
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
const steps = [
  { name: 'type check (astro check)', cmd: ['astro', 'check'] },
  { name: 'type check (tsc)', cmd: ['tsc', '--noEmit'] },
  { name: 'lint (eslint)', cmd: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'format (prettier)', cmd: ['prettier', '--check', '.'] },
  // With Go present, the committed toolchain must be exactly what this Go builds.
  {
    name: 'toolchain matches public/go/manifest.json',
    node: ['scripts/build-toolchain.mjs', '--check'],
    needsGo: true,
  },
  { name: 'unit, content and runner tests', cmd: unit.args, report: unit.file },
  { name: 'production build', cmd: ['astro', 'build'] },
  { name: 'budgets', node: ['scripts/check-budgets.mjs'] },
  { name: 'a Chromium for the browser tests', run: ensureChromium },
  { name: 'end-to-end tests (Chromium)', cmd: e2e.args, report: e2e.file },
];

const started = Date.now();
let failedStep;
const goPresent = spawnSync('go', ['version']).status === 0;
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}`);
  if (step.needsGo && !goPresent) {
    console.log(`skipped: go not found (${step.name})`);
    continue;
  }
  let result;
  if (step.run) {
    const problem = step.run();
    if (problem) console.error(problem);
    result = { status: problem ? 1 : 0 };
  } else {
    const [command, args] = step.node ? [process.execPath, step.node] : npx(step.cmd);
    result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  }
  if (step.report) count(step.report);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    failedStep = step.name;
    console.error(`✖ ${step.name} failed after ${seconds}s`);
    break;
  }
  console.log(`✔ ${step.name} (${seconds}s)`);
}

console.log(
  `\nnpm test ${failedStep ? `stopped at: ${failedStep}` : 'finished'} in ${((Date.now() - started) / 1000).toFixed(0)}s`,
);
// A failed gate that is not a test runner still counts as one failure.
const failed = totals.failed + (failedStep && !steps.find((s) => s.name === failedStep)?.report ? 1 : 0);
console.log(`tests: ${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
