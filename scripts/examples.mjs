#!/usr/bin/env node
// Captures or checks the output of every lesson example with the real Go toolchain.
//   node scripts/examples.mjs capture   writes content/examples/part-NN/<name>/output.txt
//   node scripts/examples.mjs check     fails when gofmt, go vet or any output disagrees
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasGo, go, gofmt } from './lib/go.mjs';
import { committedOutput, EXAMPLES_ROOT, listExamples, runExample, sameOutput } from './lib/examples.mjs';

const mode = process.argv[2];
if (mode !== 'capture' && mode !== 'check') {
  console.error('usage: node scripts/examples.mjs capture|check');
  process.exit(2);
}
if (!hasGo()) {
  console.log('skipped: go not found (examples need the real Go toolchain)');
  process.exit(mode === 'capture' ? 1 : 0);
}

let failures = 0;
const unformatted = gofmt(['-l', '.'], { cwd: EXAMPLES_ROOT });
if (unformatted.code !== 0 || unformatted.stdout.trim() !== '') {
  console.error(`gofmt: these files need formatting or do not parse:\n${unformatted.output}`);
  failures++;
}
const vet = go(['vet', './...'], { cwd: EXAMPLES_ROOT });
if (vet.code !== 0) {
  console.error(`go vet failed:\n${vet.output}`);
  failures++;
}
for (const example of listExamples()) {
  const { output } = runExample(example);
  if (mode === 'capture') {
    writeFileSync(join(example.dir, 'output.txt'), output);
    console.log(`captured ${example.rel}`);
  } else if (!sameOutput(committedOutput(example), output)) {
    console.error(`${example.rel}: output changed; run npm run examples:capture and review the diff`);
    failures++;
  }
}
if (failures > 0) process.exit(1);
console.log(`${mode}: ${listExamples().length} examples ok`);
