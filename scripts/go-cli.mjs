#!/usr/bin/env node
// Thin wrapper: the CLI lives in src/runner/cli.ts (Node runs it with type stripping).
import { text } from 'node:stream/consumers';
import { main } from '../src/runner/cli.ts';
import { getEngine } from '../src/runner/index.ts';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => text(process.stdin),
  getEngine: (name) => getEngine(name),
});
