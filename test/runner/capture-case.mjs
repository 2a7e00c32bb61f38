#!/usr/bin/env node
// Prints what real Go does with a conformance case, natively and as js/wasm
// under Node, so you can write (or check) its case.yaml.
//
//   node test/runner/capture-case.mjs test/runner/cases/hello [more case dirs...]
//   node test/runner/capture-case.mjs --target native --json test/runner/cases/deadlock
//
// Needs `go` on PATH and Node >= 22. Reads kind/stdin/timeoutMs/run from the
// case.yaml when there is one; otherwise a folder with *_test.go files is a
// test case and anything else a run case.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { goToolchain, readCaseFiles, runWithGo } from './reference-go.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    target: { type: 'string', default: 'both' },
    json: { type: 'boolean', default: false },
  },
});

if (positionals.length === 0) {
  console.error('usage: capture-case.mjs [--target native|wasm|both] [--json] <case-dir>...');
  process.exit(2);
}
if (!goToolchain()) {
  console.error('capture-case: go not found on PATH; install Go to capture expectations.');
  process.exit(2);
}
const targets = values.target === 'both' ? ['native', 'wasm'] : [values.target];

for (const dir of positionals) {
  const { files, spec } = await loadCaseDir(dir);
  const results = {};
  for (const target of targets) {
    results[target] = await runWithGo(files, { ...spec, target });
  }
  if (values.json) {
    console.log(JSON.stringify({ case: path.basename(dir), spec, results }, null, 2));
    continue;
  }
  console.log(`# ${path.basename(dir)} (${spec.kind})`);
  for (const target of targets) console.log(YAML.stringify({ [target]: summarize(results[target]) }, { lineWidth: 0 }));
  if (targets.length === 2)
    console.log(`# differences: ${differences(results.native, results.wasm).join(', ') || 'none'}\n`);
}

/** Reads the Go files of a case and its run options. */
async function loadCaseDir(dir) {
  const files = await readCaseFiles(dir);
  const names = Object.keys(files);
  let raw = {};
  try {
    raw = YAML.parse(await readFile(path.join(dir, 'case.yaml'), 'utf8')) ?? {};
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  const kind = raw.kind ?? (names.some((n) => n.endsWith('_test.go')) ? 'test' : 'run');
  const { stdin, timeoutMs, run, bench, benchmem, benchtime } = raw;
  return { files, spec: { kind, stdin, timeoutMs, run, bench, benchmem, benchtime } };
}

/** The fields a case.yaml `expect` block talks about. */
function summarize(r) {
  return {
    status: r.status,
    exitCode: r.exitCode,
    truncated: r.truncated,
    stdout: r.truncated ? `${r.stdout.slice(0, 200)}… (${r.stdout.length} chars)` : r.stdout,
    stderr: r.stderr,
    ...(r.tests.length ? { tests: r.tests.map((t) => ({ name: t.name, status: t.status, output: t.output })) } : {}),
    ...(r.diagnostics.length ? { diagnostics: r.diagnostics } : {}),
    ...(r.benchmarks?.length ? { benchmarks: r.benchmarks } : {}),
    timings: r.timings,
  };
}

function differences(a, b) {
  const fields = ['status', 'exitCode', 'truncated', 'stdout', 'stderr'];
  const diff = fields.filter((f) => a[f] !== b[f]);
  const names = (r) => JSON.stringify(r.tests.map((t) => [t.name, t.status]));
  if (names(a) !== names(b)) diff.push('tests');
  if (JSON.stringify(a.diagnostics) !== JSON.stringify(b.diagnostics)) diff.push('diagnostics');
  const counts = (r) => JSON.stringify(r.benchmarks.map((x) => [x.name, x.iterations, x.bytesPerOp, x.allocsPerOp]));
  if (counts(a) !== counts(b)) diff.push('benchmarks');
  return diff;
}
